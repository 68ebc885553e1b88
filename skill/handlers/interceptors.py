"""Cross-cutting work done around every request: locale strings, voice, logging."""

from __future__ import annotations

import logging

from ask_sdk_core.dispatch_components import (
    AbstractRequestInterceptor,
    AbstractResponseInterceptor,
)
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_locale, get_request_type, is_request_type
from ask_sdk_model import Response

from skill import content, night, speech
from skill.handlers.reply import USER_STATE, VOICE_PREFERENCE, user_state
from skill.store import VOICES

log = logging.getLogger("skill.requests")


class LocaleContentInterceptor(AbstractRequestInterceptor):
    """Give handlers the spoken strings for the request's locale (read once per process)."""

    def process(self, handler_input: HandlerInput) -> None:
        locale = getattr(handler_input.request_envelope.request, "locale", None)
        attributes = handler_input.attributes_manager.request_attributes
        attributes["content"] = content.for_locale(locale)
        attributes.setdefault("voice", speech.CALM)


class VoiceInterceptor(AbstractRequestInterceptor):
    """Soft and slow at night on the device's clock, or always/never if the parent chose so.

    The time zone lookup (see ``skill.night``) runs only for the "auto" preference and only
    for requests that will be answered with words.
    """

    def process(self, handler_input: HandlerInput) -> None:
        envelope = handler_input.request_envelope
        if envelope.session is None or is_request_type("SessionEndedRequest")(handler_input):
            return  # nothing will be spoken
        preference = _voice_preference(handler_input)
        soft = preference == "soft" or (preference == "auto" and night.is_night_now(handler_input))
        attributes = handler_input.attributes_manager.request_attributes
        attributes["voice"] = speech.SOFT if soft else speech.CALM


def _voice_preference(handler_input: HandlerInput) -> str:
    """The parent's stored voice preference, read from the database once per session.

    Later turns take it from the session, so a turn that needs nothing else stored costs no
    database read. What this request loaded wins, as it is fresher (or was just changed).
    """
    manager = handler_input.attributes_manager
    preference = manager.session_attributes.get(VOICE_PREFERENCE)
    if USER_STATE in manager.request_attributes or preference not in VOICES:
        preference = user_state(handler_input)["voice"]
        manager.session_attributes[VOICE_PREFERENCE] = preference
    return preference


class RequestLogInterceptor(AbstractRequestInterceptor):
    """Log what kind of request arrived, never who sent it or what they said."""

    def process(self, handler_input: HandlerInput) -> None:
        request = handler_input.request_envelope.request
        intent = getattr(getattr(request, "intent", None), "name", None)
        log.info(
            "request type=%s intent=%s locale=%s",
            get_request_type(handler_input),
            intent or "-",
            get_locale(handler_input) or "-",
        )


class SaveUserStateInterceptor(AbstractResponseInterceptor):
    """Store what this request changed about the parent, once, after the handler ran.

    A new session is saved even when nothing changed, so the store records the visit
    (``last_seen``) and the next launch can say "welcome back"; unless the stored visit is
    recent enough to stand for this one too (``skill.store.VISIT_RESOLUTION``).
    """

    def process(self, handler_input: HandlerInput, response: Response | None) -> None:
        state = handler_input.attributes_manager.request_attributes.get(USER_STATE)
        if state is None:
            return
        session = handler_input.request_envelope.session
        new_visit = session is not None and session.new and not state.visit_recorded()
        if state != state.base or new_visit:
            handler_input.attributes_manager.save_persistent_attributes()
