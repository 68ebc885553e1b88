"""The built-in conversation moves: launch, help, stop, repeat, fallback, session end."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_locale
from ask_sdk_model import Response

from skill import safety
from skill.handlers.reply import (
    LAST_REPROMPT,
    LAST_SPEECH,
    content_of,
    say,
    session,
    silent,
    user_state,
)
from skill.handlers.routing import IntentHandler, RequestTypeHandler


class LaunchHandler(RequestTypeHandler):
    """"Open Calm Cradle": welcome (briefly, for a returning parent), keep listening."""

    request_types = ("LaunchRequest",)

    def handle(self, handler_input: HandlerInput) -> Response:
        return welcome(handler_input)


def welcome(handler_input: HandlerInput) -> Response:
    """The welcome (briefly, for a returning parent), then keep listening."""
    words = content_of(handler_input)
    greeting = "welcome_back" if _returning(handler_input) else "welcome"
    return say(handler_input, words.say(greeting), reprompt=words.say("launch_reprompt"))


def _returning(handler_input: HandlerInput) -> bool:
    """A new session of a parent the store has seen before ("go home" mid-session is not)."""
    new_session = getattr(handler_input.request_envelope.session, "new", False)
    return bool(new_session and user_state(handler_input)["last_seen"])


class NavigateHomeHandler(IntentHandler):
    """"Go home" returns to the start of the conversation."""

    intents = ("AMAZON.NavigateHomeIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        return welcome(handler_input)


class HelpHandler(IntentHandler):
    intents = ("AMAZON.HelpIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        words = content_of(handler_input)
        return say(handler_input, words.say("help"), reprompt=words.say("help_reprompt"))


class StopHandler(IntentHandler):
    """Stop and Cancel both end the conversation kindly."""

    intents = ("AMAZON.StopIntent", "AMAZON.CancelIntent")

    def handle(self, handler_input: HandlerInput) -> Response:
        return say(handler_input, content_of(handler_input).say("goodbye"))


class FallbackHandler(IntentHandler):
    intents = ("AMAZON.FallbackIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        words = content_of(handler_input)
        emergency = safety.resources(get_locale(handler_input) or "").emergency_say
        return say(
            handler_input,
            words.say("fallback", emergency=emergency),
            reprompt=words.say("fallback_reprompt"),
        )


class RepeatHandler(IntentHandler):
    """Say the last response again, word for word."""

    intents = ("AMAZON.RepeatIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        attributes = session(handler_input)
        last, reprompt = attributes.get(LAST_SPEECH), attributes.get(LAST_REPROMPT)
        if not last or not reprompt:
            words = content_of(handler_input)
            return say(
                handler_input, words.say("nothing_to_repeat"), reprompt=words.say("help_reprompt")
            )
        builder = handler_input.response_builder.speak(last).ask(reprompt)
        return builder.set_should_end_session(False).response


class SessionEndedHandler(RequestTypeHandler):
    """Alexa closed the session (silence, "stop" outside the skill, an error): nothing to say."""

    request_types = ("SessionEndedRequest",)

    def handle(self, handler_input: HandlerInput) -> Response:
        return silent(handler_input)


class UnknownIntentHandler(RequestTypeHandler):
    """An intent this code has no handler for: a calm reply and a tip on offer."""

    request_types = ("IntentRequest",)

    def handle(self, handler_input: HandlerInput) -> Response:
        words = content_of(handler_input)
        return say(
            handler_input,
            words.say("unknown_request"),
            reprompt=words.say("offer_reprompt"),
            offer="tip",
        )


class UnknownRequestHandler(AbstractRequestHandler):
    """Any other request type (playback events, new Alexa features): answer without words."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return True

    def handle(self, handler_input: HandlerInput) -> Response:
        return silent(handler_input)
