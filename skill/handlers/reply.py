"""Helpers every handler uses to speak, remember what it said, and read the request.

Kept apart from the handlers so each handler stays a few lines: it decides *what* to say,
these functions decide *how* it goes out (voice, SSML, card, session state for Repeat/Yes).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response
from ask_sdk_model.ui import SimpleCard

from skill import speech
from skill.content import LocaleContent
from skill.services import Services
from skill.store import UserAttributes

CARD_TITLE = "Calm Cradle"

# Session attribute names: what "yes", "repeat" and "tell me more" refer back to.
OFFER = "offer"  # "tip" | "more" | a handler-specific choice, or absent
LAST_TOPIC = "last_topic"
LAST_SPEECH = "last_speech"
LAST_REPROMPT = "last_reprompt"
TIPS_HEARD = "tips_heard"
VOICE_PREFERENCE = "voice_preference"  # the stored preference, read once per session
# Request attribute holding the loaded UserAttributes (saved by SaveUserStateInterceptor).
USER_STATE = "user_state"


def content_of(handler_input: HandlerInput) -> LocaleContent:
    """The spoken strings for this request's locale (set by an interceptor)."""
    return handler_input.attributes_manager.request_attributes["content"]


def voice_of(handler_input: HandlerInput) -> speech.Voice:
    """Calm by day, soft at night or when the parent asked (set by an interceptor)."""
    return handler_input.attributes_manager.request_attributes.get("voice", speech.CALM)


def services_of(handler_input: HandlerInput) -> Services:
    """The app's long-lived collaborators, passed to ask-sdk as the invocation context."""
    return handler_input.context


def user_state(handler_input: HandlerInput) -> UserAttributes:
    """What Calm Cradle remembers about this parent across sessions, loaded on first use.

    Empty (and never raising) when the database is unavailable: the skill just forgets.
    """
    attributes = handler_input.attributes_manager.request_attributes
    if USER_STATE not in attributes:
        attributes[USER_STATE] = handler_input.attributes_manager.persistent_attributes
    return attributes[USER_STATE]


def session(handler_input: HandlerInput) -> dict[str, Any]:
    """This conversation's attributes (empty for requests that carry no session)."""
    if handler_input.request_envelope.session is None:
        return {}
    return handler_input.attributes_manager.session_attributes


def slot_value(handler_input: HandlerInput, name: str) -> str | None:
    """A slot's spoken value, or None when the slot is missing or empty."""
    intent = getattr(handler_input.request_envelope.request, "intent", None)
    slots = getattr(intent, "slots", None) or {}
    slot = slots.get(name)
    value = getattr(slot, "value", None)
    return value.strip() if isinstance(value, str) and value.strip() else None


def say(
    handler_input: HandlerInput,
    parts: Sequence[speech.Part] | str,
    *,
    reprompt: Sequence[speech.Part] | str | None = None,
    offer: str | None = None,
    card: str | None = None,
) -> Response:
    """Speak and keep the microphone open (a reprompt is required), or end when reprompt is None.

    Remembers what was said so "repeat" can say it again, and what was offered so "yes"
    knows what it is agreeing to.
    """
    voice = voice_of(handler_input)
    ssml = speech.to_ssml(parts, voice)
    builder = handler_input.response_builder.speak(ssml)
    builder.set_card(SimpleCard(title=CARD_TITLE, content=card or speech.to_text(parts)))
    attributes = session(handler_input)
    if reprompt is None:
        builder.set_should_end_session(True)
        return builder.response
    reprompt_ssml = speech.to_ssml(reprompt, voice)
    builder.ask(reprompt_ssml)
    builder.set_should_end_session(False)
    attributes[LAST_SPEECH] = ssml
    attributes[LAST_REPROMPT] = reprompt_ssml
    if offer:
        attributes[OFFER] = offer
    else:
        attributes.pop(OFFER, None)
    return builder.response


def silent(handler_input: HandlerInput) -> Response:
    """No speech: for requests Alexa sends without expecting words (session ended, playback)."""
    return handler_input.response_builder.response
