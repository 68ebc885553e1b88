"""The dispatcher's index asks fewer handlers, and picks exactly the one ask-sdk would.

``skill.handlers.routing`` skips the handlers whose declared intents or request types
cannot take a request; a handler whose ``can_handle`` took more than it declares would be
skipped wrongly. Every intent of the interaction model, each request type the skill knows
and a few it does not, with and without the offers that make "yes" and "no" mean
something else, must reach the handler ask-sdk's own mapper finds by asking every one.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ask_sdk_core.attributes_manager import AttributesManager
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_runtime.dispatch_components.request_components import (
    GenericRequestHandlerChain,
    GenericRequestMapper,
)

from skill import alexa_request, content
from skill.handlers import REQUEST_HANDLERS
from skill.handlers.memory import DELETE_DATA
from skill.handlers.moments import CHECKIN_CHOICE
from skill.handlers.reply import OFFER
from skill.handlers.routing import IndexedRequestMapper
from tests.alexa_signing import envelope, intent_request

MODEL = Path(__file__).resolve().parents[1] / "interaction_models" / "en-US.json"
INTENTS = [i["name"] for i in json.loads(MODEL.read_text())["interactionModel"]["languageModel"]
           ["intents"]] + ["SomeNewIntent"]
REQUESTS = [
    {"type": "LaunchRequest"},
    {"type": "SessionEndedRequest", "reason": "USER_INITIATED"},
    {"type": "AlexaSkillEvent.SkillDisabled"},
    {"type": "AlexaSkillEvent.SkillEnabled"},
    {"type": "Connections.Response", "name": "AskFor", "status": {"code": "200"}},
    {"type": "Connections.Response", "name": "Something", "status": {"code": "200"}},
    {"type": "AudioPlayer.PlaybackStarted", "token": "breathing", "offsetInMilliseconds": 0},
    *[intent_request(name) for name in INTENTS],
]


def handler_input(request: dict, offer: str | None) -> HandlerInput:
    data = envelope(request, session={OFFER: offer} if offer else {}, new_session=False)
    model = alexa_request.to_model(data)
    hi = HandlerInput(request_envelope=model, attributes_manager=AttributesManager(model))
    hi.attributes_manager.request_attributes["content"] = content.for_locale("en-US")
    return hi


@pytest.mark.parametrize("offer", [None, "tip", CHECKIN_CHOICE, DELETE_DATA])
def test_the_index_picks_the_handler_ask_sdk_would(offer):
    chains = [GenericRequestHandlerChain(request_handler=h()) for h in REQUEST_HANDLERS]
    theirs, ours = GenericRequestMapper(chains), IndexedRequestMapper(chains)
    for request in REQUESTS:
        hi = handler_input(request, offer)
        expected = theirs.get_request_handler_chain(hi)
        assert ours.get_request_handler_chain(hi) is expected, request
