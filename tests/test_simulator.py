"""Running Calm Cradle without an Echo: NLU, envelopes, conversations and the CLI around them."""

from __future__ import annotations

import io
import json
from datetime import datetime
from pathlib import Path

import pytest
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import RequestEnvelope
from flask import Flask, request

from skill.cli import main
from skill.cli.check_dialogs import read_dialogs, run_dialog
from skill.interaction_model import load_model
from skill.simulator import envelopes
from skill.simulator.conversation import Conversation, SimulatorError
from skill.simulator.nlu import NLU, parse_time

GOLDEN = Path(__file__).parent / "dialogs" / "golden.jsonl"


SMALL_MODEL = {
    "interactionModel": {
        "languageModel": {
            "invocationName": "calm cradle",
            "intents": [
                {"name": "AMAZON.CancelIntent", "samples": []},
                {"name": "AMAZON.StopIntent", "samples": []},
                {"name": "AMAZON.FallbackIntent", "samples": []},
                {"name": "TipIntent", "samples": ["give me a tip", "a tip please"]},
                {"name": "BreathingIntent", "samples": ["breathe with me"]},
                {
                    "name": "QuestionIntent",
                    "slots": [{"name": "Query", "type": "AMAZON.SearchQuery"}],
                    "samples": ["tell me about {Query}", "my baby {Query}"],
                },
                {
                    "name": "ScheduleReminderIntent",
                    "slots": [{"name": "Time", "type": "AMAZON.TIME"}],
                    "samples": ["remind me at {Time}", "remind me every day at {Time}"],
                },
                {
                    "name": "MoodIntent",
                    "slots": [{"name": "Mood", "type": "MOOD"}],
                    "samples": ["i feel {Mood}"],
                },
            ],
            "types": [
                {"name": "MOOD", "values": [{"name": {"value": "tired", "synonyms": ["worn out"]}}]}
            ],
        }
    }
}


@pytest.fixture(scope="module")
def nlu() -> NLU:
    return NLU(SMALL_MODEL)


# --- NLU ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    ["open calm cradle", "Alexa, open Calm Cradle.", "alexa ask calm cradle", "start calm cradle"],
)
def test_naming_the_skill_alone_launches_it(nlu, said):
    match = nlu.match(said)
    assert (match.request_type, match.intent, match.invoked) == ("LaunchRequest", None, True)
    assert match.label == "LaunchRequest"


@pytest.mark.parametrize(
    "said",
    [
        "ask calm cradle to give me a tip",
        "Alexa, tell calm cradle give me a tip",
        "ask calm cradle for a tip please",
        "give me a tip using calm cradle",
        "open calm cradle and give me a tip",
    ],
)
def test_invocation_phrases_are_stripped_from_one_shot_requests(nlu, said):
    match = nlu.match(said)
    assert (match.intent, match.invoked, match.how) == ("TipIntent", True, "exact")


def test_words_without_the_skill_name_continue_the_session(nlu):
    match = nlu.match("Give me a TIP!")
    assert (match.intent, match.invoked, match.how) == ("TipIntent", False, "exact")


def test_search_query_captures_the_words_after_its_carrier_phrase(nlu):
    match = nlu.match("ask calm cradle to tell me about sleep and crying")
    assert match.intent == "QuestionIntent"
    assert match.slots == {"Query": "sleep and crying"}


def test_a_search_query_without_its_carrier_phrase_is_not_captured(nlu):
    assert nlu.match("sleep regression at four months").intent == "AMAZON.FallbackIntent"


@pytest.mark.parametrize(
    "typed",
    ["im worried she wont settle", "i'm worried she won't settle", "I am worried she will not"
     " settle"],
)
def test_a_contraction_is_heard_the_same_with_or_without_its_apostrophe(typed):
    """Speech has no apostrophes: "im" and "i'm" sound alike, so both match the sample."""
    model = json.loads(json.dumps(SMALL_MODEL))
    intents = model["interactionModel"]["languageModel"]["intents"]
    question = next(i for i in intents if i["name"] == "QuestionIntent")
    question["samples"].append("i'm worried {Query}")
    match = NLU(model).match(f"ask calm cradle {typed}")
    assert (match.intent, match.slots) == ("QuestionIntent", {"Query": "she will not settle"})


def test_time_slot_is_parsed_into_alexa_time(nlu):
    match = nlu.match("remind me every day at eight in the evening")
    assert (match.intent, match.slots) == ("ScheduleReminderIntent", {"Time": "20:00"})


def test_words_that_are_not_a_time_do_not_fill_a_time_slot(nlu):
    match = nlu.match("remind me at the usual place")
    assert match.intent != "ScheduleReminderIntent"


def test_custom_slot_types_only_take_their_values(nlu):
    assert nlu.match("I feel worn out").slots == {"Mood": "worn out"}
    assert nlu.match("I feel purple").intent != "MoodIntent"


@pytest.mark.parametrize(
    ("said", "alexa_time"),
    [
        ("eight pm", "20:00"),
        ("8 pm", "20:00"),
        ("8pm", "20:00"),
        ("eight p.m.", "20:00"),
        ("seven thirty", "07:30"),
        ("seven thirty pm", "19:30"),
        ("eight in the evening", "20:00"),
        ("20:00", "20:00"),
        ("7:15 am", "07:15"),
        ("half past eight", "08:30"),
        ("quarter to nine at night", "20:45"),
        ("ten past seven in the morning", "07:10"),
        ("seven oh five", "07:05"),
        ("twelve am", "00:00"),
        ("twelve pm", "12:00"),
        ("eleven at night", "23:00"),
        ("nine o'clock", "09:00"),
        ("noon", "12:00"),
        ("midnight", "00:00"),
        ("tonight", "EV"),
    ],
)
def test_parse_time(said, alexa_time):
    assert parse_time(said) == alexa_time


@pytest.mark.parametrize(
    "said", ["banana", "eight bananas", "thirteen pm", "25:00", "seven ninety"]
)
def test_parse_time_rejects_non_times(said):
    assert parse_time(said) is None


def test_close_wording_falls_to_the_nearest_intent(nlu):
    match = nlu.match("could you give me a little tip")
    assert (match.intent, match.how) == ("TipIntent", "fuzzy")


def test_unrelated_words_become_the_fallback_intent(nlu):
    match = nlu.match("purple monkey dishwasher")
    assert (match.intent, match.how) == ("AMAZON.FallbackIntent", "fallback")


def test_one_shared_word_among_unknown_ones_is_not_a_match():
    """Words no sample uses count against a match: "order more nappies" is not "tell me more"."""
    nlu = NLU(load_model())
    assert nlu.match("order more nappies").intent == "AMAZON.FallbackIntent"
    assert nlu.match("tell me a bit more").intent == "TellMeMoreIntent"


def test_builtin_intents_understand_alexas_own_phrases(nlu):
    assert nlu.match("cancel").intent == "AMAZON.CancelIntent"
    assert nlu.match("never mind").intent == "AMAZON.CancelIntent"
    assert nlu.match("stop").intent == "AMAZON.StopIntent"


def test_builtins_missing_from_the_model_are_not_understood(nlu):
    assert nlu.match("yes").intent == "AMAZON.FallbackIntent"


def test_declared_slots_are_sent_even_when_empty():
    model = json.loads(json.dumps(SMALL_MODEL))
    model["interactionModel"]["languageModel"]["intents"][3]["slots"] = [
        {"name": "Topic", "type": "AMAZON.SearchQuery"}
    ]
    match = NLU(model).match("give me a tip")
    assert match.slots == {"Topic": None} and match.filled_slots == {}


def test_real_model_routes_a_crisis_to_its_own_intent_or_to_triage():
    nlu = NLU(load_model())
    assert nlu.match("Alexa, ask calm cradle my baby is not breathing").intent == "EmergencyIntent"
    match = nlu.match("Alexa, ask calm cradle my baby has gone all floppy and grey")
    assert match.intent == "QuestionIntent"
    assert "floppy" in match.slots["Query"]


def test_a_bare_health_worry_reaches_the_clinician_redirect_not_the_fallback(app):
    """A fragment at 3am ("cough at night again") fits no carrier phrase, so no slot takes it."""
    turn = Conversation(app).say("alexa ask calm cradle cough at night again")
    assert turn.intent == "HealthQuestionIntent"
    assert "doctor or nurse" in turn.speech_text
    assert turn.reprompt and not turn.session_ended  # a calm tip is offered


# --- envelopes ----------------------------------------------------------------------------


def test_intent_envelope_is_what_alexa_sends():
    device = envelopes.Device(application_id="amzn1.ask.skill.test")
    session = envelopes.Session(attributes={"last_topic": "crying"})
    env = envelopes.intent_request(device, session, "en-GB", "QuestionIntent", {"Query": "why"})
    request = env["request"]
    assert request["type"] == "IntentRequest" and request["locale"] == "en-GB"
    assert request["intent"]["slots"] == {
        "Query": {"name": "Query", "value": "why", "confirmationStatus": "NONE"}
    }
    datetime.strptime(request["timestamp"], "%Y-%m-%dT%H:%M:%SZ")
    assert env["session"]["new"] is True
    assert env["session"]["attributes"] == {"last_topic": "crying"}
    system = env["context"]["System"]
    assert system["application"]["applicationId"] == "amzn1.ask.skill.test"
    assert system["user"]["userId"] == env["session"]["user"]["userId"] == device.user_id
    assert system["device"]["deviceId"] == device.device_id
    assert system["apiEndpoint"] == envelopes.DEFAULT_API_ENDPOINT and system["apiAccessToken"]
    parsed = DefaultSerializer().deserialize(json.dumps(env), RequestEnvelope)
    assert parsed.request.intent.slots["Query"].value == "why"


def test_every_request_has_a_fresh_id_and_sessions_differ():
    device = envelopes.Device()
    session = envelopes.Session()
    first = envelopes.launch_request(device, session, "en-US")
    second = envelopes.session_ended_request(device, session, "en-US", "EXCEEDED_MAX_REPROMPTS")
    assert first["request"]["requestId"] != second["request"]["requestId"]
    assert second["request"]["reason"] == "EXCEEDED_MAX_REPROMPTS"
    assert envelopes.Session().session_id != session.session_id
    assert envelopes.Device().user_id != device.user_id


# --- conversations against the real app --------------------------------------------------


def test_launch_welcomes_by_name_and_keeps_listening(app):
    conversation = Conversation(app)
    turn = conversation.say("open calm cradle")
    assert turn.intent == "LaunchRequest"
    assert "Calm Cradle" in turn.speech_text
    assert "<" not in turn.speech_text
    assert turn.reprompt and not turn.session_ended and conversation.in_session


def test_session_attributes_carry_to_the_next_turn(app):
    conversation = Conversation(app)
    welcome = conversation.say("open calm cradle")
    again = conversation.say("say that again")  # Repeat reads what was said from the session
    assert again.intent == "AMAZON.RepeatIntent"
    assert again.speech_text == welcome.speech_text


def test_stop_ends_the_session_and_the_next_words_start_a_new_one(app):
    conversation = Conversation(app)
    conversation.say("open calm cradle")
    stop = conversation.say("stop")
    assert stop.session_ended and not conversation.in_session
    again = conversation.say("say that again")  # new session: nothing to repeat
    assert again.speech_text != stop.speech_text


@pytest.mark.parametrize(
    ("said", "intent"),
    [("nah thanks", "AMAZON.NoIntent"), ("no i'm good", "AMAZON.NoIntent"),
     ("nah stop", "AMAZON.StopIntent")],
)
def test_a_casual_no_after_an_answer_closes_gently_instead_of_being_asked(app, said, intent):
    """ "nah" is also a carrier phrase; a decline must not be answered as a question."""
    conversation = Conversation(app)
    conversation.say("ask calm cradle why does my baby cry")
    turn = conversation.say(said)
    assert turn.intent == intent
    assert turn.session_ended
    assert "9 1 1" not in turn.speech_text


def test_bad_ssml_from_the_app_is_reported():
    broken = Flask("broken")

    @broken.post("/alexa")
    def alexa():
        speech = {"type": "SSML", "ssml": "<speak>a & b</speak>"}
        return {"version": "1.0", "response": {"outputSpeech": speech}}

    with pytest.raises(SimulatorError, match="reject this SSML"):
        Conversation(broken).say("open calm cradle")


def test_turn_reports_audio_card_and_reprompt_and_end_closes_the_session():
    """Against a recording double of the app, so every response field can be set at will."""
    seen = []
    recorder = Flask("recorder")
    clip = "https://calm.example.org/audio/breathing.mp3"

    @recorder.post("/alexa")
    def alexa():
        seen.append(request.get_json())
        ssml = f'<speak>Breathe <audio src="{clip}"/> out &amp; rest.</speak>'
        play = {
            "type": "AudioPlayer.Play",
            "playBehavior": "REPLACE_ALL",
            "audioItem": {
                "stream": {"url": clip + "?loop", "token": "t", "offsetInMilliseconds": 0}
            },
        }
        return {
            "version": "1.0",
            "sessionAttributes": {"turns": len(seen)},
            "response": {
                "outputSpeech": {"type": "SSML", "ssml": ssml},
                "reprompt": {"outputSpeech": {"type": "PlainText", "text": "Still there?"}},
                "card": {"type": "Simple", "title": "Calm Cradle", "content": "Breathe"},
                "directives": [play],
                "shouldEndSession": False,
            },
        }

    conversation = Conversation(recorder)
    turn = conversation.say("open calm cradle")
    assert turn.speech_text == "Breathe out & rest."
    assert turn.audio_urls == [clip, clip + "?loop"]
    assert turn.reprompt == "Still there?"
    assert turn.card == {"type": "Simple", "title": "Calm Cradle", "content": "Breathe"}
    conversation.say("breathe with me")
    conversation.end()
    assert [r["request"]["type"] for r in seen] == [
        "LaunchRequest",
        "IntentRequest",
        "SessionEndedRequest",
    ]
    assert [r["session"]["new"] for r in seen] == [True, False, False]
    assert seen[1]["session"]["attributes"] == {"turns": 1}
    assert seen[2]["request"]["reason"] == "USER_INITIATED"
    assert len({r["session"]["sessionId"] for r in seen}) == 1
    assert not conversation.in_session


def test_http_errors_from_the_app_are_reported():
    broken = Flask("broken")

    @broken.post("/alexa")
    def alexa():
        return {"error": "bad request"}, 400

    with pytest.raises(SimulatorError, match="HTTP 400"):
        Conversation(broken).say("open calm cradle")


# --- command line -------------------------------------------------------------------------


@pytest.fixture
def local_database(tmp_path, monkeypatch):
    """The CLI builds its own app from the environment: point it at a throw-away database."""
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'cli.sqlite'}")
    monkeypatch.setenv("USER_ID_SECRET", "test-secret")


def test_say_prints_intent_and_answer(local_database, capsys):
    assert main(["say", "open", "calm", "cradle"]) == 0
    out = capsys.readouterr().out
    assert "[LaunchRequest]" in out and "Alexa: " in out and "Calm Cradle" in out


def test_say_shows_slots(local_database, capsys):
    assert main(["say", "remind me every day at eight pm"]) == 0
    assert "[ScheduleReminderIntent Time='20:00']" in capsys.readouterr().out


def test_chat_keeps_the_session_until_stop(local_database, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("open calm cradle\nsay that again\nstop\n"))
    assert main(["chat"]) == 0
    out = capsys.readouterr().out
    assert out.count("Calm Cradle") >= 2  # welcome, then the welcome repeated
    assert out.index("[AMAZON.StopIntent]") < out.index("[session ended]")


def test_golden_dialogs_pass(app):
    dialogs = read_dialogs(GOLDEN).values()
    failures = [failure for steps in dialogs for failure in run_dialog(app, steps, "en-US")]
    assert failures == [], "\n".join(failures)


def test_check_dialogs_reports_a_failing_dialog(local_database, tmp_path, capsys):
    golden = tmp_path / "wrong.jsonl"
    golden.write_text(
        json.dumps(
            {
                "dialog": "wrong",
                "say": "open calm cradle",
                "expect_end": True,
                "expect_phrases": ["zebra"],
                "expect_intent": "TipIntent",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    assert main(["check-dialogs", str(golden)]) == 1
    out = capsys.readouterr().out
    assert "FAIL  wrong.jsonl: wrong" in out
    assert f"{golden}:1" in out
    assert "understood as LaunchRequest, expected TipIntent" in out
    assert '"zebra" not in the answer' in out
    assert "session stayed open, expected it to end" in out


def test_check_dialogs_rejects_a_malformed_file(tmp_path, capsys):
    golden = tmp_path / "typo.jsonl"
    typo = {"dialog": "x", "say": "hi", "expect_intnet": "TipIntent"}
    golden.write_text(json.dumps(typo) + "\n", encoding="utf-8")
    assert main(["check-dialogs", str(golden)]) == 2
    assert f"{golden}:1: unknown key(s) expect_intnet" in capsys.readouterr().out
