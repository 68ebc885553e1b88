"""The app as Alexa reaches it in production (verification on, trusting the test CA), and a spy
that proves whether any skill handler ran for a request."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from flask import Flask

from skill import config, content
from skill.handlers import REQUEST_HANDLERS
from skill.handlers.errors import ApologyExceptionHandler
from skill.verification import RequestVerifier
from tests.alexa_signing import SKILL_ID
from tests.conftest import make_app

CAP = config.DEFAULTS["MAX_CONTENT_LENGTH"]  # the default body size cap, in bytes
# The whole body of every rejection: nothing an attacker could learn from.
REJECTED = {"error": "bad request"}
TOO_LARGE = {"error": "request too large"}


def signed_app(tmp_path: Path, verifier: RequestVerifier, **settings: Any) -> Flask:
    """The real app on a throw-away SQLite file, verifying every request with ``verifier``."""
    return make_app(tmp_path, ALEXA_SKILL_ID=SKILL_ID, ALEXA_VERIFIER=verifier, **settings)


def stored_users(app: Flask) -> int:
    """How many parents the app's database remembers (0 before the table exists)."""
    engine = sa.create_engine(app.config["DATABASE_URL"])
    try:
        if not sa.inspect(engine).has_table("user_state"):
            return 0
        with engine.connect() as conn:
            return conn.execute(sa.text("SELECT COUNT(*) FROM user_state")).scalar_one()
    finally:
        engine.dispose()


def welcome_lines(locale: str = "en-US") -> set[str]:
    """Every wording of the first-launch welcome."""
    return set(content.for_locale(locale).variants("welcome"))


class HandlerSpy:
    """Records each call the skill makes into any of its handlers, the apology handler included.

    Patches the handler classes, so it sees every route into the skill, not just one call site.
    """

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[str] = []
        for cls in (*REQUEST_HANDLERS, ApologyExceptionHandler):
            for name in ("can_handle", "handle"):
                if name in vars(cls):
                    monkeypatch.setattr(cls, name, self._recording(cls, vars(cls)[name]))

    def _recording(self, cls: type, method: Any) -> Any:
        @functools.wraps(method)
        def recorded(handler: Any, *args: Any, **kwargs: Any) -> Any:
            self.calls.append(f"{cls.__name__}.{method.__name__}")
            return method(handler, *args, **kwargs)

        return recorded

    @property
    def ran(self) -> bool:
        return bool(self.calls)

    def clear(self) -> None:
        self.calls.clear()
