"""How often answering a parent touches the database, counted on the real database engine.

Every spoken answer needs the parent's voice preference; reading it once per session, not
writing a visit already on record, and saving a change in one statement when nobody else
wrote in between keep most turns to one read and one write, or none at all, while the
parent hears exactly what they heard before. Counted with a SQLAlchemy event listener on
the app's own engine: a real SQLite file (and PostgreSQL for the store's own rows).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from skill import content
from skill import store as store_module
from skill.store import Store
from tests.alexa_signing import USER_ID
from tests.night_device import is_soft
from tests.responses import spoken

pytest_plugins = ["tests.db", "tests.fake_alexa_api", "tests.night_fixtures"]

WORDS = content.for_locale("en-US")
DAY = "2024-05-01"


@contextmanager
def counted(engine: Engine) -> Iterator[list[str]]:
    """The first word (SELECT, UPDATE, BEGIN...) of every statement sent during the block."""
    sent: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:
        sent.append(statement.split(None, 1)[0].upper())

    sa.event.listen(engine, "before_cursor_execute", record)
    try:
        yield sent
    finally:
        sa.event.remove(engine, "before_cursor_execute", record)


@pytest.fixture
def statements(device_app) -> Iterator[list[str]]:
    """What the app sends to its SQLite file from here on."""
    with counted(device_app.extensions["store"].engine) as sent:
        yield sent


def said(data, dialog: str) -> bool:
    return spoken(data) in WORDS.variants(dialog)


# --- the voice preference, once per session -------------------------------------------------


def test_later_turns_take_the_voice_preference_from_the_session(device, new_session, statements):
    reply = device.intent("SofterVoiceIntent")
    assert said(reply, "voice_soft") and is_soft(reply)
    assert "SELECT" in statements and "UPDATE" in statements  # read once, the change stored

    statements.clear()
    for turn in ("AMAZON.HelpIntent", "BreathingIntent", "AMAZON.RepeatIntent"):
        assert is_soft(device.intent(turn)), turn  # still the parent's chosen voice
    assert statements == []  # and not one statement for it

    later = new_session()
    assert is_soft(later.intent("AMAZON.HelpIntent"))
    assert statements == ["SELECT"]  # a new session reads the stored preference again


def test_a_turn_that_needs_stored_state_still_reads_it(device, statements):
    device.intent("AMAZON.HelpIntent")
    statements.clear()
    heard = set()
    for _ in range(3):
        device.intent("TipIntent")
        heard.add(device.attributes["last_topic"])
    assert len(heard) == 3  # no repeats: each tip turn saw what the one before stored
    assert statements.count("SELECT") == 3


# --- the visit, recorded to the hour ---------------------------------------------------------


def test_a_parent_back_within_the_hour_is_welcomed_back_without_a_write(
    new_session, statements
):
    assert said(new_session().launch(), "welcome")
    assert "INSERT" in statements  # the first visit creates the parent's row

    statements.clear()
    assert said(new_session().launch(), "welcome_back")
    assert statements == ["SELECT"]  # the visit an hour covers is already on record


def test_a_visit_after_a_longer_gap_is_recorded(device_app, new_session, statements):
    store = device_app.extensions["store"]
    new_session().launch()
    long_ago = datetime.now(UTC) - store_module.VISIT_RESOLUTION - timedelta(minutes=5)
    with store.engine.begin() as conn:
        conn.execute(store_module.user_state.update().values(last_seen=long_ago))

    statements.clear()
    assert said(new_session().launch(), "welcome_back")
    assert "UPDATE" in statements
    last_seen = datetime.fromisoformat(store.load(USER_ID)["last_seen"])
    assert datetime.now(UTC) - last_seen < timedelta(minutes=1)


# --- saving in one statement when nobody else wrote --------------------------------------------


@pytest.fixture
def store(database_url) -> Iterator[Store]:
    built = Store.from_url(database_url, "round-trip-secret")
    yield built
    built.dispose()


def test_a_save_with_no_other_write_since_the_load_is_one_update(store, request):
    user = f"{USER_ID}.{request.node.name}"
    first = store.load(user)
    first.mark_heard("crying#1")
    assert store.save(user, first)  # a new parent: the row is created under the lock

    with counted(store.engine) as sent:
        again = store.load(user)
        again.mark_heard("spoiling#2")
        again.count_checkin(DAY)
        assert store.save(user, again)
    assert sent == ["SELECT", "UPDATE"]

    stored = store.load(user)
    assert stored["heard"] == ["crying#1", "spoiling#2"]
    assert stored.checkins_on(DAY) == 1


def test_a_save_after_another_write_falls_back_to_merging_under_the_lock(store, request):
    user = f"{USER_ID}.{request.node.name}"
    seed = store.load(user)
    seed.mark_heard("old#1")
    store.save(user, seed)
    mine, theirs = store.load(user), store.load(user)
    theirs.mark_heard("repair#1")
    theirs.count_checkin(DAY)
    store.save(user, theirs)  # another device wrote after this request read

    mine.mark_heard("soothing#2")
    mine.count_checkin(DAY)
    mine["voice"] = "soft"
    with counted(store.engine) as sent:
        assert store.save(user, mine)
    assert sent.count("UPDATE") == 2 and "SELECT" in sent  # tried, then re-read and merged

    stored = store.load(user)
    assert stored["heard"] == ["old#1", "repair#1", "soothing#2"]
    assert stored.checkins_on(DAY) == 2  # both increments landed
    assert stored["voice"] == "soft"
