"""A sick database, as a parent would notice it: the skill still answers, forgets, then recovers.

Through the real app and a real database made unreachable while the app runs: a SQLite file
whose folder disappears (a volume that went away), and a PostgreSQL database that refuses
connections. Nothing is mocked; only the device_clock and the Settings API (a local server) are
the test's.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass

import pytest
import sqlalchemy as sa

from skill import content, create_app
from tests.alexa_signing import USER_ID, Clock
from tests.night_device import LOCAL_BASE, NY_DAY, Device, is_soft
from tests.responses import assert_well_formed, spoken

pytest_plugins = ["tests.db", "tests.fake_alexa_api", "tests.night_fixtures"]

WORDS = content.for_locale("en-US")


@dataclass
class Outage:
    """A database URL and a way to make it unreachable for the length of a block."""

    url: str
    down: Callable[[], AbstractContextManager[None]]


@pytest.fixture
def sqlite_outage(tmp_path) -> Outage:
    folder = tmp_path / "data"
    folder.mkdir()

    @contextmanager
    def down() -> Iterator[None]:
        folder.rename(tmp_path / "data-elsewhere")
        folder.write_text("a file where the data folder was")
        try:
            yield
        finally:
            folder.unlink()
            (tmp_path / "data-elsewhere").rename(folder)

    return Outage(f"sqlite:///{folder / 'calm-cradle.sqlite'}", down)


@pytest.fixture
def postgresql_outage(postgres_admin) -> Iterator[Outage]:
    with postgres_admin.database() as url:
        name = sa.make_url(url).database

        @contextmanager
        def down() -> Iterator[None]:
            postgres_admin.execute(
                f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false',
                f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'",
            )
            try:
                yield
            finally:
                postgres_admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')

        yield Outage(url, down)


@pytest.fixture(params=["sqlite", "postgresql"])
def outage(request) -> Outage:
    return request.getfixturevalue(f"{request.param}_outage")


@pytest.fixture
def new_session(outage, settings_api):
    """``new_session()``: a new Alexa session of the same parent, on the app using ``outage``."""
    app = create_app(
        {
            "TESTING": True,
            "ALEXA_VERIFY": False,
            "DATABASE_URL": outage.url,
            "USER_ID_SECRET": "test-secret",
            "RANDOM": random.Random(1234),
            "PUBLIC_BASE_URL": LOCAL_BASE,
            "CLOCK": Clock(NY_DAY),  # daytime: the calm voice unless the parent chose soft
        }
    )
    client = app.test_client()
    yield lambda: Device(client, settings_api.endpoint)
    app.extensions["store"].dispose()


def store_warnings(caplog) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "skill.store" and r.levelno >= logging.WARNING]


def said(data, dialog: str) -> bool:
    return spoken(data) in WORDS.variants(dialog)


def test_the_skill_answers_while_the_database_is_down_and_remembers_again_after(
    outage, new_session, caplog
):
    caplog.set_level(logging.INFO, logger="skill.store")
    before = new_session()
    assert said(before.launch(), "welcome")
    before.intent("SofterVoiceIntent")

    with outage.down():
        down = new_session()
        launch = down.launch()
        assert_well_formed(launch)
        assert said(launch, "welcome")  # it just forgets: the first welcome again
        assert not is_soft(launch)
        topics = []
        for _ in range(4):
            tip = down.intent("TipIntent")
            assert_well_formed(tip)
            assert spoken(tip)
            topics.append(down.attributes["last_topic"])
        assert len(set(topics)) == len(topics)  # no repeats within the conversation
        assert said(down.intent("NormalVoiceIntent"), "voice_normal")
        assert said(down.intent("DeleteDataIntent"), "delete_confirm")
        assert said(down.intent("AMAZON.YesIntent"), "delete_failed")  # the truth, not silence

    after = new_session()
    welcome = after.launch()
    assert said(welcome, "welcome_back")  # nothing was erased or overwritten while down
    assert is_soft(welcome)  # the preference stored before the outage
    after.intent("NormalVoiceIntent")
    assert not is_soft(new_session().launch())  # and new changes are remembered again

    warnings = store_warnings(caplog)
    assert len(warnings) == 1, [r.getMessage() for r in warnings]  # one per failure burst
    assert "database unavailable" in warnings[0].getMessage()
    assert any("available again" in r.getMessage() for r in caplog.records)
    assert USER_ID not in caplog.text


def test_delete_my_data_works_once_the_database_is_back(outage, new_session):
    new_session().intent("SofterVoiceIntent")
    with outage.down():
        talk = new_session()
        talk.intent("DeleteDataIntent")
        assert said(talk.intent("AMAZON.YesIntent"), "delete_failed")
    talk = new_session()
    talk.intent("DeleteDataIntent")
    assert said(talk.intent("AMAZON.YesIntent"), "delete_done")
    assert said(new_session().launch(), "welcome")  # forgotten for real now
