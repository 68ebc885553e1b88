"""A parent in danger comes first: emergency and crisis resources, before and instead of any tip."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_intent_name, get_locale
from ask_sdk_model import Response

from skill import safety
from skill.handlers.reply import say
from skill.handlers.routing import IntentHandler

# Intents the interaction model keeps for danger, so Alexa need not pass the words on.
CRISIS_INTENTS = {
    "EmergencyIntent": safety.EMERGENCY,
    "HarmThoughtsIntent": safety.HARM,
}


def speak_crisis(handler_input: HandlerInput, response: str) -> Response:
    """The locale's emergency number and crisis line; the session ends so the parent can call."""
    return say(handler_input, safety.speech(response, get_locale(handler_input) or ""))


class CrisisHandler(IntentHandler):
    intents = tuple(CRISIS_INTENTS)

    def handle(self, handler_input: HandlerInput) -> Response:
        return speak_crisis(handler_input, CRISIS_INTENTS[get_intent_name(handler_input)])
