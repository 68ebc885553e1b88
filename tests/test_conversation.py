"""The built-in conversation as a parent hears it, through full Alexa envelopes."""

from __future__ import annotations

import pytest

from skill import content
from tests.responses import assert_well_formed, ends_session, reprompt, spoken

WORDS = content.for_locale("en-US")


def test_launch_welcomes_by_name_and_keeps_listening(talk):
    reply = talk.launch()
    assert_well_formed(reply)
    assert "Calm Cradle" in spoken(reply)
    assert not ends_session(reply)
    assert reprompt(reply) and reprompt(reply) not in spoken(reply)


def test_welcome_is_one_breath(talk):
    for _ in range(5):
        assert len(spoken(talk.launch()).split()) <= 45


@pytest.mark.parametrize(
    ("intent", "dialog"), [("AMAZON.HelpIntent", "help"), ("AMAZON.FallbackIntent", "fallback")]
)
def test_help_and_fallback_guide_the_parent_and_keep_listening(talk, intent, dialog):
    talk.launch()
    reply = talk.intent(intent)
    assert_well_formed(reply)
    assert not ends_session(reply)
    said = [v.format(emergency="9 1 1") for v in WORDS.variants(dialog)]
    assert spoken(reply) in said
    assert reprompt(reply) not in spoken(reply)


@pytest.mark.parametrize("intent", ["AMAZON.StopIntent", "AMAZON.CancelIntent"])
def test_stop_and_cancel_say_goodbye_and_end(talk, intent):
    talk.launch()
    reply = talk.intent(intent)
    assert_well_formed(reply)
    assert ends_session(reply)
    assert spoken(reply) in WORDS.variants("goodbye")


def test_navigate_home_returns_to_the_welcome(talk):
    talk.launch()
    talk.intent("TipIntent")
    reply = talk.intent("AMAZON.NavigateHomeIntent")
    assert spoken(reply) in WORDS.variants("welcome")
    assert not ends_session(reply)


def test_repeat_says_the_last_answer_again(talk):
    talk.launch()
    tip = talk.intent("TipIntent")
    again = talk.intent("AMAZON.RepeatIntent")
    assert spoken(again) == spoken(tip)
    assert not ends_session(again)


def test_repeat_with_nothing_said_yet_explains(talk):
    reply = talk.intent("AMAZON.RepeatIntent")
    assert spoken(reply) in WORDS.variants("nothing_to_repeat")


def test_session_ended_request_gets_no_speech(talk):
    talk.launch()
    reply = talk.send({"type": "SessionEndedRequest", "reason": "EXCEEDED_MAX_REPROMPTS"})
    assert "outputSpeech" not in reply["response"]


def test_tips_never_repeat_within_a_session_until_all_were_heard(talk):
    talk.launch()
    topics = []
    for _ in range(len(WORDS.guidance)):
        talk.intent("TipIntent")
        topics.append(talk.attributes["last_topic"])
    assert sorted(topics) == sorted(WORDS.guidance)
    reply = talk.intent("TipIntent")
    assert any(line in spoken(reply) for line in WORDS.variants("all_tips_heard"))


def test_tip_is_spoken_from_the_catalog_with_an_offer(talk):
    reply = talk.intent("TipIntent")
    topic = WORDS.guidance[talk.attributes["last_topic"]]
    assert any(answer in spoken(reply) for answer in topic.answers)
    assert any(offer in spoken(reply) for offer in WORDS.variants("offer_more"))
    assert not ends_session(reply)


def test_yes_after_a_tip_tells_more_then_no_ends_gently(talk):
    talk.intent("TipIntent")
    topic = WORDS.guidance[talk.attributes["last_topic"]]
    more = talk.intent("AMAZON.YesIntent")
    assert topic.more in spoken(more)
    assert any(offer in spoken(more) for offer in WORDS.variants("offer_another_tip"))
    done = talk.intent("AMAZON.NoIntent")
    assert ends_session(done)
    assert spoken(done) in WORDS.variants("no_thanks")


def test_yes_after_the_more_offer_gives_a_new_tip(talk):
    talk.intent("TipIntent")
    first = talk.attributes["last_topic"]
    talk.intent("TellMeMoreIntent")
    talk.intent("AMAZON.YesIntent")
    assert talk.attributes["last_topic"] != first


def test_yes_with_nothing_offered_asks_what_they_would_like(talk):
    talk.launch()
    reply = talk.intent("AMAZON.YesIntent")
    assert spoken(reply) in WORDS.variants("yes_without_offer")
    assert not ends_session(reply)


def test_next_moves_on_to_another_tip(talk):
    talk.intent("TipIntent")
    first = talk.attributes["last_topic"]
    talk.intent("AMAZON.NextIntent")
    assert talk.attributes["last_topic"] != first


def test_unknown_intent_gets_a_calm_answer_not_an_error(talk):
    reply = talk.intent("SomethingNewIntent")
    assert_well_formed(reply)
    assert spoken(reply) in WORDS.variants("unknown_request")
    assert not ends_session(reply)


@pytest.mark.parametrize(
    "request_type",
    ["AudioPlayer.PlaybackStopped", "PlaybackController.PlayCommandIssued", "Alexa.Presentation.X"],
)
def test_unknown_request_types_get_a_valid_quiet_response(talk, request_type):
    reply = talk.send({"type": request_type})
    assert_well_formed(reply)
    assert "outputSpeech" not in reply["response"]


def test_handler_failure_is_a_spoken_apology_without_a_stack_trace(app, talk, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("user-123 secret detail")

    monkeypatch.setattr("skill.handlers.guidance.speak_tip", broken)
    reply = talk.intent("TipIntent")
    assert spoken(reply) in WORDS.variants("apology")
    assert ends_session(reply)
    assert "secret detail" not in str(reply)


def test_requests_are_logged_without_user_ids(talk, caplog):
    caplog.set_level("INFO")
    talk.intent("TipIntent")
    assert "TipIntent" in caplog.text
    assert "amzn1.ask.account" not in caplog.text
