"""Shared fixtures in the Flask tutorial's shape: app, client, runner, plus a talking helper."""

from __future__ import annotations

import random
from typing import Any

import pytest

from skill import create_app
from tests.alexa_signing import envelope, intent_request

pytest_plugins = ["tests.db", "tests.fake_alexa_api"]


@pytest.fixture
def app(tmp_path):
    """The real app on a throw-away SQLite file, verification off (tests reach it on loopback)."""
    return create_app(
        {
            "TESTING": True,
            "ALEXA_VERIFY": False,
            "DATABASE_URL": f"sqlite:///{tmp_path / 'calm-cradle.sqlite'}",
            "USER_ID_SECRET": "test-secret",
            "RANDOM": random.Random(1234),
        }
    )


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


class Talk:
    """One Alexa conversation against the app: carries session attributes between turns."""

    def __init__(self, client, locale: str = "en-US") -> None:
        self.client = client
        self.locale = locale
        self.attributes: dict[str, Any] = {}
        self.new = True

    def send(self, request: dict[str, Any], **envelope_args: Any) -> dict[str, Any]:
        body = envelope(
            request,
            locale=self.locale,
            session=self.attributes,
            new_session=self.new,
            **envelope_args,
        )
        reply = self.client.post("/alexa", json=body)
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
