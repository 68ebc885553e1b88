"""What the store costs per request, on SQLite and PostgreSQL, alone and under contention.

Run: .venv/bin/python bench/bench_store.py

One request's worth is a load plus a merging save (what the interceptors do). Baseline is
one trivial ``SELECT 1`` through the same pool, the floor any database call pays. The
contention rows run 8 threads at once, on 8 different users and then all on one user,
whose saves queue on that user's row lock (on SQLite, on the one database write lock).
PostgreSQL rows are skipped when no server answers on 127.0.0.1:5432.
"""

from __future__ import annotations

import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from skill.store import Store  # noqa: E402
from tests.db import find_postgres_admin, throwaway_postgres_database  # noqa: E402

SECRET = "bench-secret"
THREADS = 8


def request_cycle(store: Store, user: str, n: int) -> None:
    attributes = store.load(user)
    attributes.count_checkin("2024-05-01")
    attributes.mark_heard(f"item-{n % 150}")
    store.save(user, attributes)


def ping(store: Store) -> None:
    with store.engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1").scalar()


def per_call_ms(call, count: int) -> float:
    start = time.perf_counter()
    for n in range(count):
        call(n)
    return (time.perf_counter() - start) / count * 1000


def throughput(store: Store, users: list[str], per_thread: int) -> float:
    """Requests per second with one thread per entry of ``users``."""

    def work(user: str) -> None:
        for n in range(per_thread):
            request_cycle(store, user, n)

    start = time.perf_counter()
    with ThreadPoolExecutor(len(users)) as pool:
        list(pool.map(work, users))
    return len(users) * per_thread / (time.perf_counter() - start)


def measure(name: str, url: str, count: int) -> None:
    store = Store.from_url(url, SECRET)
    request_cycle(store, "warm-up", 0)  # schema and pool ready
    baseline = per_call_ms(lambda n: ping(store), count)
    cycle = per_call_ms(lambda n: request_cycle(store, "single", n), count)
    spread = throughput(store, [f"user-{t}" for t in range(THREADS)], count // THREADS)
    same = throughput(store, ["shared"] * THREADS, count // THREADS)
    assert store.load("single").checkins_on("2024-05-01") == count
    assert store.load("shared").checkins_on("2024-05-01") == THREADS * (count // THREADS)
    store.dispose()
    rows = [
        ("baseline SELECT 1", f"{baseline:7.3f} ms"),
        ("load + save (one request)", f"{cycle:7.3f} ms  ({cycle / baseline:.1f}x baseline)"),
        (f"{THREADS} threads, {THREADS} users", f"{spread:7.0f} requests/s"),
        (f"{THREADS} threads, one user", f"{same:7.0f} requests/s (no update lost)"),
    ]
    print(f"{name}:")
    for label, value in rows:
        print(f"  {label:<28} {value}")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        measure("SQLite (WAL)", f"sqlite:///{Path(folder) / 'bench.sqlite'}", 800)
    admin, reason = find_postgres_admin()
    if admin is None:
        print(f"PostgreSQL: skipped ({reason})")
        return
    with throwaway_postgres_database(admin) as url:
        measure("PostgreSQL", url, 800)


if __name__ == "__main__":
    main()
