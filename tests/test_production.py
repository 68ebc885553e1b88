"""`calm-cradle serve --production` as an operator runs it: gunicorn, real sockets, real signals.

Verification-on cannot be exercised end to end here: the server is a subprocess, so a
verifier trusting the tests' own CA cannot be injected, and the real one would fetch
Amazon's certificate. With verification on, these tests cover the startup guard and the
refusal of unsigned requests; signed requests are covered in-process by test_endpoint.py.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import sqlalchemy as sa

from skill import alexa_request
from skill.production import MAX_WORKERS, default_workers
from tests.alexa_signing import API_ACCESS_TOKEN, DEVICE_ID, SKILL_ID, USER_ID, envelope
from tests.responses import spoken
from tests.test_serve import free_port, wait_until_up

REPO = Path(__file__).resolve().parents[1]


def production(*args: str, env: dict[str, str], tmp_path: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "skill", "serve", "--production", *args],
        cwd=REPO,
        env={
            **os.environ,
            "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite'}",
            "USER_ID_SECRET": "production-test-secret",
            **env,
        },
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def stop(process: subprocess.Popen) -> tuple[str, str]:
    """SIGTERM, as a service manager stops it; the server's (stdout, stderr)."""
    process.send_signal(signal.SIGTERM)
    return process.communicate(timeout=30)


def post(url: str, body: bytes, headers: dict[str, str]) -> tuple[int, dict]:
    request = urllib.request.Request(url, data=body, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as reply:
            return reply.status, json.load(reply)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)


def test_production_server_welcomes_logs_no_ids_and_stops_cleanly(tmp_path, fake_alexa_api):
    fake_alexa_api.token = API_ACCESS_TOKEN
    fake_alexa_api.time_zones[DEVICE_ID] = "America/New_York"
    port = free_port()
    process = production("--port", str(port), "--workers", "2",
                         env={"ALEXA_VERIFY": "0"}, tmp_path=tmp_path)
    try:
        url = f"http://127.0.0.1:{port}"
        wait_until_up(url, process)
        body = json.dumps(
            envelope({"type": "LaunchRequest"}, api_endpoint=fake_alexa_api.endpoint)
        ).encode()
        # A careless caller (or proxy) might put ids in the query string or a header.
        status, reply = post(
            f"{url}/alexa?userId={USER_ID}",
            body,
            {"Content-Type": "application/json", "X-Alexa-User": USER_ID},
        )
    finally:
        stdout, stderr = stop(process)

    assert status == 200
    assert "Calm Cradle" in spoken(reply)
    assert process.returncode == 0, stderr
    access_lines = [line for line in stdout.splitlines() if "/alexa" in line]
    assert access_lines, f"no access log line for /alexa in {stdout!r}"
    assert all('"POST /alexa" 200' in line for line in access_lines)
    for secret in (USER_ID, DEVICE_ID, API_ACCESS_TOKEN, "userId"):
        assert secret not in stdout + stderr, f"{secret} was logged"
    assert "Shutting down" in stderr


def test_production_with_verification_refuses_unsigned_requests(tmp_path):
    port = free_port()
    process = production("--port", str(port), "--workers", "1",
                         env={"ALEXA_VERIFY": "1", "ALEXA_SKILL_ID": SKILL_ID}, tmp_path=tmp_path)
    try:
        url = f"http://127.0.0.1:{port}"
        wait_until_up(url, process)
        body = json.dumps(envelope({"type": "LaunchRequest"})).encode()
        status, reply = post(f"{url}/alexa", body, {"Content-Type": "application/json"})
    finally:
        _, stderr = stop(process)
    assert status == 400
    assert reply == {"error": "bad request"}
    assert process.returncode == 0, stderr


@pytest.mark.parametrize(
    ("args", "env", "message"),
    [
        (["--host", "127.0.0.1"], {"ALEXA_VERIFY": "1", "ALEXA_SKILL_ID": ""}, "ALEXA_SKILL_ID"),
        (["--host", "0.0.0.0"], {"ALEXA_VERIFY": "0"}, "ALEXA_VERIFY=0 is only allowed"),
        (["--host", "127.0.0.1", "--workers", "0"], {"ALEXA_VERIFY": "0"}, "At least one worker"),
        (["--host", "127.0.0.1"], {"ALEXA_VERIFY": "0", "WEB_CONCURRENCY": "lots"},
         "WEB_CONCURRENCY must be a number"),
    ],
    ids=["verification without a skill id", "unverified on a public address", "no workers",
         "unreadable WEB_CONCURRENCY"],
)
def test_production_refuses_unsafe_setups_before_listening(tmp_path, args, env, message):
    process = production(*args, "--port", str(free_port()), env=env, tmp_path=tmp_path)
    stdout, stderr = process.communicate(timeout=30)
    assert process.returncode == 2
    assert message in stderr
    assert "Listening" not in stderr + stdout
    assert "Traceback" not in stderr


def test_production_refuses_a_store_setting_the_app_cannot_use(tmp_path):
    """PostgreSQL without USER_ID_SECRET: said in one line before any worker starts."""
    process = production(
        "--port", str(free_port()),
        env={"ALEXA_VERIFY": "0", "USER_ID_SECRET": "",
             "DATABASE_URL": "postgresql+psycopg://postgres@127.0.0.1:5432/test"},
        tmp_path=tmp_path,
    )
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 2
    assert "USER_ID_SECRET" in stderr
    assert "Traceback" not in stderr


def test_worker_count_follows_web_concurrency_else_cpus():
    assert default_workers({"WEB_CONCURRENCY": "3"}) == 3
    assert 3 <= default_workers({}) <= MAX_WORKERS


def test_warm_up_answers_for_nobody_and_leaves_no_trace(app, caplog):
    """The pre-fork warm-up stores no user and logs nothing: no failure, no Alexa API call."""
    with caplog.at_level(logging.INFO):
        alexa_request.warm_up(app.extensions["alexa_skill"], app.extensions["calm_cradle"])
    store = app.extensions["store"]
    with store.engine.connect() as conn:
        tables = sa.inspect(conn).get_table_names()
        users = conn.execute(sa.text("SELECT count(*) FROM user_state")).scalar() if (
            "user_state" in tables) else 0
    assert users == 0
    assert caplog.records == []
