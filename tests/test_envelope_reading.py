"""The skill reads every envelope into exactly the models ask-sdk's own serializer makes,
and writes every response exactly as ask-sdk's serializer does.

``skill.alexa_request`` reads envelopes with a faster subclass of ask-sdk's serializer
(class lookups and key tables kept, ISO 8601 timestamps read by the stdlib); handlers must
see the same request either way, whatever Alexa sends: slots with entity resolutions,
session ends with errors, requests without a session, skill events, keys ask-sdk's model
does not know.
"""

from __future__ import annotations

import copy
import json

import pytest
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import RequestEnvelope, Response, ResponseEnvelope
from ask_sdk_model.interfaces.audioplayer import AudioItem, PlayBehavior, PlayDirective, Stream
from ask_sdk_model.ui import Reprompt, SimpleCard, SsmlOutputSpeech

from skill import alexa_request
from tests.alexa_signing import envelope, intent_request

RESOLVED = {
    "resolutionsPerAuthority": [{
        "authority": "amzn1.er-authority.echo-sdk.amzn1.ask.skill.1.Topic",
        "status": {"code": "ER_SUCCESS_MATCH"},
        "values": [{"value": {"name": "crying", "id": "crying"}}],
    }]
}


def question_with_resolutions() -> dict:
    request = intent_request("QuestionIntent", {"Query": "why does my baby cry"})
    request["intent"]["slots"]["Query"]["resolutions"] = RESOLVED
    return envelope(request, session={"last_topic": "crying", "tips_heard": ["repair"]},
                    new_session=False)


def with_unknown_keys() -> dict:
    data = envelope(intent_request("TipIntent"))
    data["somethingNew"] = {"nested": [1, 2]}
    data["context"]["System"]["newSystemField"] = "x"
    data["context"]["Viewport"] = {"shape": "ROUND", "pixelWidth": 480, "someNewKey": True}
    data["request"]["intent"]["newIntentField"] = 3
    return data


ENVELOPES = {
    "launch": lambda: envelope({"type": "LaunchRequest"}),
    "question with resolutions": question_with_resolutions,
    "session ended with an error": lambda: envelope({
        "type": "SessionEndedRequest",
        "reason": "ERROR",
        "error": {"type": "INVALID_RESPONSE", "message": "bad SSML"},
    }, new_session=False),
    "audio player, no session": lambda: envelope({
        "type": "AudioPlayer.PlaybackStarted", "token": "breathing", "offsetInMilliseconds": 0,
    }),
    "skill disabled event": lambda: envelope({
        "type": "AlexaSkillEvent.SkillDisabled",
        "body": {"userInformationPersistenceStatus": "NOT_PERSISTED"},
        "eventCreationTime": "2024-05-02T15:00:00Z",
        "eventPublishingTime": "2024-05-02T15:00:01Z",
    }),
    "unknown keys": with_unknown_keys,
    "odd timestamp": lambda: {**envelope({"type": "LaunchRequest"}), "request": {
        "type": "LaunchRequest", "requestId": "r", "timestamp": "May 2 2024 3pm", "locale": "en-US",
    }},
}


@pytest.mark.parametrize("make", ENVELOPES.values(), ids=ENVELOPES.keys())
def test_the_models_equal_ask_sdks_own(make):
    data = make()
    sent = copy.deepcopy(data)
    theirs = DefaultSerializer().deserialize(json.dumps(data), RequestEnvelope)
    ours = alexa_request.to_model(data)
    assert ours == theirs
    assert type(ours.request) is type(theirs.request)
    assert data == sent  # the envelope itself is left as it came


def test_twice_read_gives_the_same_models():
    data = question_with_resolutions()
    assert alexa_request.to_model(data) == alexa_request.to_model(data)


def test_responses_are_written_as_ask_sdk_writes_them():
    speech = SsmlOutputSpeech(ssml="<speak>Breathe in.</speak>")
    stream = Stream(token="breathing", url="https://example.org/a.mp3", offset_in_milliseconds=0)
    response = ResponseEnvelope(
        version="1.0",
        session_attributes={"offer": "tip", "tips_heard": ["crying"], "nested": {"a": [1, None]}},
        response=Response(
            output_speech=speech,
            card=SimpleCard(title="Calm Cradle", content="Breathe in."),
            reprompt=Reprompt(output_speech=speech),
            directives=[PlayDirective(play_behavior=PlayBehavior.REPLACE_ALL,
                                      audio_item=AudioItem(stream=stream))],
            should_end_session=None,
        ),
    )
    theirs = DefaultSerializer().serialize(response)
    assert alexa_request._serializer.serialize(response) == theirs
    assert json.dumps(alexa_request._serializer.serialize(response)) == json.dumps(theirs)
