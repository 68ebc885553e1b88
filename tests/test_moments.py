"""The soothing moments as a parent hears them, through full Alexa envelopes.

Breathing, repair reminders and the night-feed check-in, played as audio when the app is
public over https and spoken with pauses in local mode; the check-in's count and choice,
by day and at night.
"""

from __future__ import annotations

import re

import pytest

from skill import content, speech
from skill.audio_library import library
from skill.handlers.moments import ordinal
from tests.night_device import HTTPS_BASE, NY_NIGHT, played, ssml
from tests.responses import assert_well_formed, ends_session, reprompt, spoken

pytest_plugins = ["tests.fake_alexa_api", "tests.night_fixtures"]

WORDS = content.for_locale("en-US")
PROMPTS = library()
REPAIRS = {p.name for p in PROMPTS.family("repair")}
AFFIRMATIONS = {p.name for p in PROMPTS.family("night-feed")}


def said_any(data, dialog: str, **fmt: str) -> bool:
    """Whether the response speaks one wording of a dialog line."""
    return any(line.format(**fmt) in spoken(data) for line in WORDS.variants(dialog))


def assert_plays_within_limits(client, data) -> None:
    """Alexa's audio rules, and every clip really served by this app as MP3."""
    assert_well_formed(data)
    sources = speech.audio_sources(ssml(data))
    assert len(sources) <= speech.MAX_AUDIO_TAGS
    assert sum(PROMPTS.for_prompt(name).duration for name in played(data)) <= 240
    for url, name in zip(sources, played(data), strict=True):
        assert url.startswith(f"{HTTPS_BASE}/audio/")
        reply = client.get(url.removeprefix(HTTPS_BASE))
        assert reply.status_code == 200
        assert reply.mimetype == "audio/mpeg"
        assert reply.data == PROMPTS.path_of(PROMPTS.for_prompt(name)).read_bytes()


def spoken_prompt(data) -> str | None:
    """Which prompt a local-mode response speaks, judged by its words."""
    text = spoken(data)
    for name in PROMPTS.names():
        segments = PROMPTS.for_prompt(name).segments
        if all(segment.text in text for segment in segments):
            return name
    return None


# --- breathing -------------------------------------------------------------------------------


@pytest.mark.parametrize("base_url", [HTTPS_BASE])
def test_breathing_plays_the_rendered_clip(device, device_client):
    reply = device.intent("BreathingIntent")
    assert_plays_within_limits(device_client, reply)
    assert played(reply) == ["breathing"]
    assert "Breathe in" not in spoken(reply)  # the clip says it, not Alexa's voice
    assert "Breathe in" in reply["response"]["card"]["content"]  # the words stay readable


def test_breathing_is_spoken_with_its_pauses_in_local_mode(device):
    reply = device.intent("BreathingIntent")
    assert_well_formed(reply)
    assert speech.audio_sources(ssml(reply)) == []
    assert spoken_prompt(reply) == "breathing"
    pauses = [p for p in (s.pause for s in PROMPTS.for_prompt("breathing").segments) if p]
    breaks = [int(ms) / 1000 for ms in re.findall(r'<break time="(\d+)ms"/>', ssml(reply))]
    assert breaks == pauses


def test_breathing_by_day_offers_a_tip_and_yes_gives_one(device):
    reply = device.intent("BreathingIntent")
    assert not ends_session(reply)
    assert said_any(reply, "moment_after")
    assert reprompt(reply)
    tip = device.intent("AMAZON.YesIntent")
    topic = WORDS.guidance[device.attributes["last_topic"]]
    assert any(answer in spoken(tip) for answer in topic.answers)


def test_breathing_at_night_ends_with_a_soft_goodnight(device, device_clock):
    device_clock.now = NY_NIGHT
    reply = device.intent("BreathingIntent")
    assert spoken_prompt(reply) == "breathing"
    assert said_any(reply, "night_goodnight")
    assert ends_session(reply)


# --- fill your own cup -----------------------------------------------------------------------


@pytest.mark.parametrize("base_url", [HTTPS_BASE])
def test_self_care_reminder_plays_the_empty_cup_clip(device, device_client):
    reply = device.intent("SelfCareReminderIntent")
    assert_plays_within_limits(device_client, reply)
    assert played(reply) == ["empty-cup"]
    assert not ends_session(reply)


def test_self_care_reminder_is_spoken_in_local_mode(device):
    assert spoken_prompt(device.intent("SelfCareReminderIntent")) == "empty-cup"


# --- repair reminders ------------------------------------------------------------------------


@pytest.mark.parametrize("base_url", [HTTPS_BASE])
def test_repair_reminders_rotate_through_all_before_repeating_across_sessions(
    new_session, device_client
):
    first = new_session()
    first.launch()
    heard = []
    for _ in range(len(REPAIRS) - 1):
        reply = first.intent("RepairReminderIntent")
        assert_plays_within_limits(device_client, reply)
        heard += played(reply)
    second = new_session()  # a new session the next day: the store remembers
    heard += played(second.intent("RepairReminderIntent"))
    assert sorted(heard) == sorted(REPAIRS)

    next_round = [played(second.intent("RepairReminderIntent"))[0] for _ in REPAIRS]
    assert sorted(next_round) == sorted(REPAIRS)
    assert next_round[0] != heard[-1]  # a new round never starts with the one just heard


def test_repair_reminder_is_spoken_in_local_mode(device):
    reply = device.intent("RepairReminderIntent")
    assert spoken_prompt(reply) in REPAIRS
    assert "Jessica Stern" in spoken(reply)


# --- night-feed check-in ---------------------------------------------------------------------


@pytest.mark.parametrize("base_url", [HTTPS_BASE])
def test_night_feed_affirms_counts_from_the_second_and_offers_one_choice(
    new_session, device_client, device_clock
):
    device_clock.now = NY_NIGHT
    replies = []
    for _ in range(3):  # three feeds, each its own session
        device_clock.advance(20 * 60)
        replies.append(new_session().intent("NightFeedCheckInIntent"))
    for reply in replies:
        assert_plays_within_limits(device_client, reply)
        assert said_any(reply, "moment_checkin_offer")
        assert reprompt(reply) in WORDS.variants("moment_checkin_reprompt")
        assert not ends_session(reply)
    affirmations = [played(reply) for reply in replies]
    assert all(len(clips) == 1 for clips in affirmations)
    assert len({clips[0] for clips in affirmations}) == 3  # rotating, no repeats
    assert {clips[0] for clips in affirmations} <= AFFIRMATIONS
    assert "check-in" not in spoken(replies[0])
    assert said_any(replies[1], "night_checkin_count", ordinal="second")
    assert said_any(replies[2], "night_checkin_count", ordinal="third")


def test_a_night_that_crosses_midnight_counts_as_one(new_session, device_clock):
    device_clock.now = NY_NIGHT.replace(hour=3, minute=30)  # 23:30 in New York
    assert "check-in" not in spoken(new_session().intent("NightFeedCheckInIntent"))
    device_clock.advance(3 * 3600)  # 02:30 the next day, same night
    after_midnight = new_session().intent("NightFeedCheckInIntent")
    assert said_any(after_midnight, "night_checkin_count", ordinal="second")
    device_clock.advance(20 * 3600)  # 22:30 the next evening: a new night
    assert "check-in" not in spoken(new_session().intent("NightFeedCheckInIntent"))


def test_a_day_check_in_counts_today_not_tonight(device, new_session):
    device.intent("NightFeedCheckInIntent")
    again = new_session().intent("NightFeedCheckInIntent")
    assert said_any(again, "moment_checkin_count", ordinal="second")


@pytest.mark.parametrize("answer", ["BreathingIntent", "AMAZON.YesIntent"])
def test_breathing_chosen_at_night_plays_and_ends(device, device_clock, answer):
    device_clock.now = NY_NIGHT
    device.intent("NightFeedCheckInIntent")
    reply = device.intent(answer)
    assert spoken_prompt(reply) == "breathing"
    assert said_any(reply, "night_goodnight")
    assert ends_session(reply)


def test_tip_chosen_at_night_is_the_last_word(device, device_clock):
    device_clock.now = NY_NIGHT
    device.intent("NightFeedCheckInIntent")
    reply = device.intent("TipIntent")
    topic = WORDS.guidance[device.attributes["last_topic"]]
    assert any(answer in spoken(reply) for answer in topic.answers)
    assert said_any(reply, "night_goodnight")
    assert not said_any(reply, "offer_more")
    assert ends_session(reply)


def test_quiet_chosen_at_night_is_a_soft_goodnight(device, device_clock):
    device_clock.now = NY_NIGHT
    device.intent("NightFeedCheckInIntent")
    reply = device.intent("AMAZON.NoIntent")
    assert spoken(reply) in WORDS.variants("night_quiet")
    assert ends_session(reply)


@pytest.mark.parametrize("answer", ["BreathingIntent", "AMAZON.YesIntent"])
def test_breathing_chosen_by_day_keeps_the_conversation_open(device, answer):
    device.intent("NightFeedCheckInIntent")
    reply = device.intent(answer)
    assert spoken_prompt(reply) == "breathing"
    assert said_any(reply, "moment_after")
    assert not ends_session(reply)


def test_tip_chosen_by_day_offers_more(device):
    device.intent("NightFeedCheckInIntent")
    reply = device.intent("TipIntent")
    topic = WORDS.guidance[device.attributes["last_topic"]]
    assert any(answer in spoken(reply) for answer in topic.answers)
    assert said_any(reply, "offer_more")
    assert not ends_session(reply)


def test_quiet_chosen_by_day_closes_gently(device):
    device.intent("NightFeedCheckInIntent")
    reply = device.intent("AMAZON.NoIntent")
    assert spoken(reply) in WORDS.variants("moment_quiet")
    assert ends_session(reply)


def test_no_without_a_check_in_is_the_usual_no(device):
    device.intent("TipIntent")
    reply = device.intent("AMAZON.NoIntent")
    assert spoken(reply) in WORDS.variants("no_thanks")


def test_repeat_after_a_check_in_says_it_again(device):
    first = device.intent("NightFeedCheckInIntent")
    again = device.intent("AMAZON.RepeatIntent")
    assert spoken(again) == spoken(first)


@pytest.mark.parametrize(("number", "word"), [(2, "second"), (3, "third"), (8, "eighth"),
                                              (11, "11th"), (12, "12th"), (21, "21st"),
                                              (22, "22nd"), (113, "113th")])  # fmt: skip
def test_ordinals(number, word):
    assert ordinal(number) == word
