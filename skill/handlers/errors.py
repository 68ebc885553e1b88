"""The one catch-all: any handler failure becomes a calm spoken apology."""

from __future__ import annotations

import logging

from ask_sdk_core.dispatch_components import AbstractExceptionHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_request_type
from ask_sdk_model import Response

from skill import content, speech

log = logging.getLogger(__name__)


class ApologyExceptionHandler(AbstractExceptionHandler):
    """Log the failure (type only, no user id or utterance) and apologise."""

    def can_handle(self, handler_input: HandlerInput, exception: Exception) -> bool:
        return True

    def handle(self, handler_input: HandlerInput, exception: Exception) -> Response:
        log.error(
            "handler failed for %s: %s",
            get_request_type(handler_input),
            type(exception).__name__,
            exc_info=(type(exception), exception, exception.__traceback__),
        )
        attributes = handler_input.attributes_manager.request_attributes
        words = attributes.get("content") or content.for_locale(None)
        ssml = speech.to_ssml(words.say("apology"))
        builder = handler_input.response_builder.speak(ssml)
        return builder.set_should_end_session(True).response
