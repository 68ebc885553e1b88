"""What each way of running the app sets up for itself: forked workers, and Lambda containers."""

from __future__ import annotations

import logging
import os
import random

from skill import create_app
from skill import lambda_handler as entry
from tests.alexa_signing import SKILL_ID, envelope

pytest_plugins = ["tests.db"]


def draw_in_child(rng: random.Random) -> float:
    """What a forked child (a gunicorn worker) draws first from ``rng``."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: report and leave at once, running nothing of pytest's
        os.write(write, repr(rng.random()).encode())
        os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    with os.fdopen(read) as pipe:
        return float(pipe.read())


def test_forked_workers_do_not_pick_the_same_variants(sqlite_url):
    app = create_app({"ALEXA_VERIFY": False, "DATABASE_URL": sqlite_url})
    rng = app.extensions["calm_cradle"].rng
    children = {draw_in_child(rng) for _ in range(3)}
    assert len(children) == 3  # each worker reseeded
    assert rng.random() not in children  # and none repeats the parent's sequence
    app.extensions["store"].dispose()


def test_an_injected_random_source_is_left_as_it_is(sqlite_url):
    app = create_app(
        {"ALEXA_VERIFY": False, "DATABASE_URL": sqlite_url, "RANDOM": random.Random(7)}
    )
    assert draw_in_child(app.extensions["calm_cradle"].rng) == random.Random(7).random()
    app.extensions["store"].dispose()


def test_the_lambda_app_takes_no_http_requests_and_does_not_warn_about_it(
    sqlite_url, monkeypatch, caplog
):
    monkeypatch.setenv("ALEXA_SKILL_ID", SKILL_ID)
    monkeypatch.setenv("DATABASE_URL", sqlite_url)
    monkeypatch.setenv("USER_ID_SECRET", "lambda-test-secret")
    monkeypatch.delenv("ALEXA_VERIFY", raising=False)
    entry.lambda_app.cache_clear()
    try:
        with caplog.at_level(logging.WARNING):
            app = entry.lambda_app()
        assert "ALEXA_VERIFY" not in caplog.text  # the HTTP endpoint's warning would mislead
        reply = app.test_client().post("/alexa", json=envelope({"type": "LaunchRequest"}))
        assert reply.status_code == 400  # not even from loopback: events come via the handler
        app.extensions["store"].dispose()
    finally:
        entry.lambda_app.cache_clear()


def test_an_http_app_with_verification_off_still_warns(sqlite_url, caplog):
    with caplog.at_level(logging.WARNING):
        app = create_app({"ALEXA_VERIFY": False, "DATABASE_URL": sqlite_url})
    assert "ALEXA_VERIFY is off" in caplog.text
    app.extensions["store"].dispose()
