"""What Calm Cradle remembers, as a parent notices it across sessions, and how it forgets.

Voice preference, welcome back, tips that do not repeat across sessions, "delete my data"
and the skill-disabled event, through full Alexa envelopes against the real app on a SQLite
file. Erasure is checked in the database itself, by the user's keyed hash.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3

import pytest

from skill import content
from tests.alexa_signing import USER_ID
from tests.night_device import NY_NIGHT, is_soft
from tests.responses import assert_well_formed, ends_session, reprompt, spoken

pytest_plugins = ["tests.fake_alexa_api", "tests.night_fixtures"]

WORDS = content.for_locale("en-US")
SECRET = "test-secret"  # the USER_ID_SECRET of the night fixtures' app


def stored_row(tmp_path) -> dict | None:
    """The user's row, read straight from the app's SQLite file by the keyed hash of the id."""
    key = hmac.new(SECRET.encode(), USER_ID.encode(), hashlib.sha256).hexdigest()
    with sqlite3.connect(tmp_path / "calm-cradle.sqlite") as db:
        db.row_factory = sqlite3.Row
        row = db.execute("SELECT * FROM user_state WHERE user_key = ?", (key,)).fetchone()
        assert USER_ID not in json.dumps([list(r) for r in db.execute("SELECT * FROM user_state")])
    return dict(row) if row else None


def said(data, dialog: str) -> bool:
    return spoken(data) in WORDS.variants(dialog)


# --- voice preference -------------------------------------------------------------------------


def test_softer_voice_is_confirmed_softly_and_kept_in_later_sessions(device, new_session, tmp_path):
    assert not is_soft(device.launch())  # daytime: the calm voice
    reply = device.intent("SofterVoiceIntent")
    assert_well_formed(reply)
    assert said(reply, "voice_soft")
    assert is_soft(reply)  # confirmed in the new voice
    assert not ends_session(reply)
    assert stored_row(tmp_path)["voice"] == "soft"

    later = new_session()
    assert is_soft(later.launch())
    assert is_soft(later.intent("TipIntent"))


def test_speak_normally_keeps_the_usual_voice_even_at_night(
    device, new_session, device_clock, tmp_path
):
    device_clock.now = NY_NIGHT
    assert is_soft(device.launch())  # automatic night softness
    reply = device.intent("NormalVoiceIntent")
    assert said(reply, "voice_normal")
    assert not is_soft(reply)
    assert stored_row(tmp_path)["voice"] == "normal"

    device_clock.advance(3600)
    assert not is_soft(new_session().intent("TipIntent"))


# --- welcome back -----------------------------------------------------------------------------


def test_a_returning_parent_gets_a_short_different_welcome(device, new_session):
    first = device.launch()
    assert said(first, "welcome")
    again = new_session().launch()
    assert_well_formed(again)
    assert said(again, "welcome_back")
    assert not ends_session(again) and reprompt(again)
    longest_back = max(len(line.split()) for line in WORDS.variants("welcome_back"))
    shortest_first = min(len(line.split()) for line in WORDS.variants("welcome"))
    assert longest_back < shortest_first / 2
    assert not set(WORDS.variants("welcome_back")) & set(WORDS.variants("welcome"))


# --- tips across sessions ---------------------------------------------------------------------


def test_tips_do_not_repeat_across_sessions_until_all_were_heard(device, new_session):
    heard = []
    for _ in range(5):
        device.intent("TipIntent")
        heard.append(device.attributes["last_topic"])

    later = new_session()
    for _ in range(len(WORDS.guidance) - len(heard)):
        reply = later.intent("TipIntent")
        assert not any(line in spoken(reply) for line in WORDS.variants("all_tips_heard"))
        heard.append(later.attributes["last_topic"])
    assert sorted(heard) == sorted(WORDS.guidance)  # every tip once, none twice

    next_round = new_session()
    reply = next_round.intent("TipIntent")
    assert any(line in spoken(reply) for line in WORDS.variants("all_tips_heard"))
    round_two = [next_round.attributes["last_topic"]]
    for _ in range(3):
        next_round.intent("TipIntent")
        round_two.append(next_round.attributes["last_topic"])
    assert round_two[0] != heard[-1]  # never starting with the tip just heard
    assert len(set(round_two)) == len(round_two)  # the new round remembers again


def test_a_topic_asked_about_is_not_offered_again_as_a_tip(device, new_session):
    device.intent("CryingIntent")
    later = new_session()
    topics = []
    for _ in range(len(WORDS.guidance) - 1):
        later.intent("TipIntent")
        topics.append(later.attributes["last_topic"])
    assert "crying" not in topics


# --- delete my data ---------------------------------------------------------------------------


def test_delete_data_asks_first_and_no_keeps_everything(device, new_session, tmp_path):
    device.intent("SofterVoiceIntent")
    ask = device.intent("DeleteDataIntent")
    assert_well_formed(ask)
    assert said(ask, "delete_confirm")
    assert spoken(ask).startswith("Are you sure?")
    assert not ends_session(ask)
    assert reprompt(ask) in WORDS.variants("delete_reprompt")

    kept = device.intent("AMAZON.NoIntent")
    assert said(kept, "delete_kept")
    assert stored_row(tmp_path)["voice"] == "soft"
    assert said(new_session().launch(), "welcome_back")


def test_delete_data_yes_erases_the_row_and_the_parent_starts_fresh(device, new_session, tmp_path):
    device.intent("TipIntent")
    device.intent("SofterVoiceIntent")
    assert stored_row(tmp_path) is not None

    device.intent("DeleteDataIntent")
    done = device.intent("AMAZON.YesIntent")
    assert_well_formed(done)
    assert said(done, "delete_done")
    assert ends_session(done)
    assert stored_row(tmp_path) is None  # and not written back after the answer

    fresh = new_session()
    welcome = fresh.launch()
    assert said(welcome, "welcome")  # a stranger again
    assert not is_soft(welcome)


def test_yes_without_the_delete_question_erases_nothing(device, tmp_path):
    device.intent("SofterVoiceIntent")
    device.intent("TipIntent")  # a tip offer replaces nothing but its own
    device.intent("AMAZON.YesIntent")
    assert stored_row(tmp_path)["voice"] == "soft"


# --- skill events -----------------------------------------------------------------------------


def test_disabling_the_skill_erases_everything_without_a_word(device, tmp_path):
    device.intent("SofterVoiceIntent")
    assert stored_row(tmp_path) is not None
    reply = device.send(
        {
            "type": "AlexaSkillEvent.SkillDisabled",
            "body": {"userInformationPersistenceStatus": "NOT_PERSISTED"},
            "eventCreationTime": "2024-05-02T15:00:00Z",
            "eventPublishingTime": "2024-05-02T15:00:01Z",
        }
    )
    assert_well_formed(reply)
    assert "outputSpeech" not in reply["response"]
    assert stored_row(tmp_path) is None


@pytest.mark.parametrize(
    "event",
    [
        {"type": "AlexaSkillEvent.SkillEnabled"},
        {
            "type": "AlexaSkillEvent.SkillPermissionAccepted",
            "body": {"acceptedPermissions": [{"scope": "alexa::alerts:reminders:skill:readwrite"}]},
        },
        {
            "type": "AlexaSkillEvent.SkillPermissionChanged",
            "body": {"acceptedPermissions": []},
        },
    ],
    ids=lambda event: event["type"].rsplit(".", 1)[1],
)
def test_other_skill_events_are_handled_quietly_and_store_nothing(device, tmp_path, event):
    reply = device.send(event)
    assert_well_formed(reply)
    assert "outputSpeech" not in reply["response"]
    assert not (tmp_path / "calm-cradle.sqlite").exists() or stored_row(tmp_path) is None
