"""`calm-cradle serve` as its operator meets it: a real HTTP server, and its guards."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.alexa_signing import envelope
from tests.responses import spoken

REPO = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(*args: str, env: dict[str, str], tmp_path: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "skill", "serve", *args],
        cwd=REPO,
        env={**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite'}", **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_until_up(url: str, process: subprocess.Popen) -> None:
    for _ in range(200):
        if process.poll() is not None:
            raise AssertionError(process.stderr.read())
        try:
            urllib.request.urlopen(url + "/healthz", timeout=1)
            return
        except OSError:
            time.sleep(0.05)
    raise AssertionError("server did not come up")


def test_local_server_answers_a_launch_request_with_a_welcome(tmp_path):
    port = free_port()
    process = serve("--port", str(port), env={"ALEXA_VERIFY": "0"}, tmp_path=tmp_path)
    try:
        url = f"http://127.0.0.1:{port}"
        wait_until_up(url, process)
        body = json.dumps(envelope({"type": "LaunchRequest"})).encode()
        request = urllib.request.Request(
            url + "/alexa", data=body, headers={"Content-Type": "application/json"}
        )
        reply = json.load(urllib.request.urlopen(request, timeout=5))
        assert "Welcome" in spoken(reply) or "Calm Cradle" in spoken(reply)
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=10)
    assert "curl" in stderr, "serve prints an example request to try"


@pytest.mark.parametrize(
    ("args", "env", "message"),
    [
        (["--host", "0.0.0.0"], {"ALEXA_VERIFY": "0"}, "ALEXA_VERIFY=0 is only allowed"),
        (["--host", "127.0.0.1"], {"ALEXA_VERIFY": "1", "ALEXA_SKILL_ID": ""}, "ALEXA_SKILL_ID"),
    ],
    ids=["unverified on a public address", "verification without a skill id"],
)
def test_serve_refuses_unsafe_setups_with_a_clear_message(tmp_path, args, env, message):
    process = serve(*args, "--port", str(free_port()), env=env, tmp_path=tmp_path)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 2
    assert message in stderr
