"""Racing requests for one user never lose an update, on SQLite and on PostgreSQL.

Each round, every writer loads the user's attributes, waits at a barrier until all of them
have read the same row, then counts a check-in, adds its own heard id and saves. A store
that overwrote instead of merging would keep one increment per round; these tests demand
all of them, with writers as threads and as forked processes (as gunicorn workers are).
"""

from __future__ import annotations

import multiprocessing
import threading
from concurrent.futures import ThreadPoolExecutor

from skill.store import Store

pytest_plugins = ["tests.db"]

SECRET = "concurrency-secret"
DAY = "2024-05-01"
BARRIER_TIMEOUT = 15


def race(store: Store, user: str, writer: int, rounds: int, barrier, merge: bool = True) -> int:
    """One writer's share of the race; returns how many of its saves were refused."""
    refused = 0
    for round_ in range(rounds):
        attributes = store.load(user)
        barrier.wait(BARRIER_TIMEOUT)
        attributes.count_checkin(DAY)
        attributes.mark_heard(f"writer{writer}-round{round_}")
        if not store.save(user, attributes if merge else dict(attributes)):
            refused += 1
    return refused


def race_threads(store: Store, user: str, writers: int, rounds: int, merge: bool = True) -> None:
    barrier = threading.Barrier(writers)
    with ThreadPoolExecutor(writers) as pool:
        jobs = [pool.submit(race, store, user, n, rounds, barrier, merge) for n in range(writers)]
        assert [job.result() for job in jobs] == [0] * writers


def expected_heard(writers: int, rounds: int) -> set[str]:
    return {f"writer{w}-round{r}" for w in range(writers) for r in range(rounds)}


def test_threads_never_lose_an_update(database_url, request):
    writers, rounds = 8, 20
    user = f"amzn1.ask.account.{request.node.name}"
    store = Store.from_url(database_url, SECRET)
    race_threads(store, user, writers, rounds)

    final = store.load(user)
    assert final.checkins_on(DAY) == writers * rounds
    assert set(final["heard"]) == expected_heard(writers, rounds)
    store.dispose()


def test_the_race_does_lose_updates_when_saves_overwrite(sqlite_url):
    """The harness itself can fail: plain dicts carry no base, so saves overwrite."""
    writers, rounds = 4, 5
    store = Store.from_url(sqlite_url, SECRET)
    race_threads(store, "amzn1.ask.account.overwriter", writers, rounds, merge=False)
    assert store.load("amzn1.ask.account.overwriter").checkins_on(DAY) < writers * rounds
    store.dispose()


def _forked_writer(store: Store, user: str, writer: int, rounds: int, barrier) -> None:
    raise SystemExit(race(store, user, writer, rounds, barrier))


def _instance_writer(url: str, user: str, writer: int, rounds: int, barrier) -> None:
    raise SystemExit(race(Store.from_url(url, SECRET), user, writer, rounds, barrier))


def test_forked_workers_sharing_a_store_never_lose_an_update(database_url, request):
    writers, rounds = 4, 15
    user = f"amzn1.ask.account.{request.node.name}"
    store = Store.from_url(database_url, SECRET)
    assert store.save(user, store.load(user))  # the parent holds pooled connections at fork
    run_writers("fork", _forked_writer, (store, user), writers, rounds)

    final = store.load(user)  # and they still work after the children used theirs
    assert final.checkins_on(DAY) == writers * rounds
    assert set(final["heard"]) == expected_heard(writers, rounds)
    store.dispose()


def test_separate_instances_never_lose_an_update(database_url, request):
    writers, rounds = 3, 10
    user = f"amzn1.ask.account.{request.node.name}"
    run_writers("spawn", _instance_writer, (database_url, user), writers, rounds)

    store = Store.from_url(database_url, SECRET)
    final = store.load(user)
    assert final.checkins_on(DAY) == writers * rounds
    assert set(final["heard"]) == expected_heard(writers, rounds)
    store.dispose()


def run_writers(start_method: str, target, args: tuple, writers: int, rounds: int) -> None:
    """Run ``writers`` processes of ``target(*args, writer, rounds, barrier)``; all must succeed."""
    context = multiprocessing.get_context(start_method)
    barrier = context.Barrier(writers)
    processes = [
        context.Process(target=target, args=(*args, n, rounds, barrier)) for n in range(writers)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join(60)
    assert [process.exitcode for process in processes] == [0] * writers
