"""Shared fixtures in the Flask tutorial's shape: app, client, runner, plus a talking helper."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from flask import Flask

from skill import create_app, safety
from tests.alexa_signing import AlexaSigner, Clock, envelope, intent_request, make_signer

pytest_plugins = ["tests.db", "tests.fake_alexa_api"]


def make_app(tmp_path: Path, **settings: Any) -> Flask:
    """The real app on a throw-away SQLite file with fixed chance; ``settings`` override."""
    return create_app(
        {
            "TESTING": True,
            "DATABASE_URL": f"sqlite:///{tmp_path / 'calm-cradle.sqlite'}",
            "USER_ID_SECRET": "test-secret",
            "RANDOM": random.Random(1234),
            **settings,
        }
    )


@pytest.fixture
def app(tmp_path):
    """Verification off: tests reach the app through the test client, on loopback."""
    return make_app(tmp_path, ALEXA_VERIFY=False)


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


class Talk:
    """One Alexa conversation against the app: carries session attributes between turns."""

    def __init__(self, client, locale: str = "en-US", api_endpoint: str | None = None) -> None:
        self.client = client
        self.locale = locale
        self.api_endpoint = api_endpoint
        self.attributes: dict[str, Any] = {}
        self.new = True

    def envelope(self, request: dict[str, Any], **envelope_args: Any) -> dict[str, Any]:
        """The envelope this device sends; subclasses add what their Echo carries."""
        if self.api_endpoint:
            envelope_args.setdefault("api_endpoint", self.api_endpoint)
        return envelope(
            request,
            locale=self.locale,
            session=self.attributes,
            new_session=self.new,
            **envelope_args,
        )

    def send(self, request: dict[str, Any], **envelope_args: Any) -> dict[str, Any]:
        reply = self.client.post("/alexa", json=self.envelope(request, **envelope_args))
        assert reply.status_code == 200, reply.data
        data = reply.get_json()
        self.new = False
        self.attributes = data.get("sessionAttributes") or {}
        return data

    def launch(self) -> dict[str, Any]:
        return self.send({"type": "LaunchRequest"})

    def intent(self, name: str, **slots: str) -> dict[str, Any]:
        return self.send(intent_request(name, slots))


@pytest.fixture
def talk(client):
    return Talk(client)


@pytest.fixture
def signer() -> AlexaSigner:
    """Signs requests as Alexa would, with a certificate chain from the tests' own CA."""
    return make_signer()


@pytest.fixture
def clock() -> Clock:
    """A settable clock shared by the signed requests and the verifier."""
    return Clock()


@pytest.fixture
def rules_only(monkeypatch):
    """Triage by the hand-written rules alone: the learned check can never reach its threshold."""
    monkeypatch.setattr(safety, "DANGER_THRESHOLD", 1.1)
