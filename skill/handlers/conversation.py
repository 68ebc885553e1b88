"""The built-in conversation moves: launch, help, stop, repeat, fallback, session end."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_locale, is_intent_name, is_request_type
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


class LaunchHandler(AbstractRequestHandler):
    """"Open Calm Cradle": welcome (briefly, for a returning parent), keep listening."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_request_type("LaunchRequest")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        words = content_of(handler_input)
        greeting = "welcome_back" if _returning(handler_input) else "welcome"
        return say(handler_input, words.say(greeting), reprompt=words.say("launch_reprompt"))


def _returning(handler_input: HandlerInput) -> bool:
    """A new session of a parent the store has seen before ("go home" mid-session is not)."""
    new_session = getattr(handler_input.request_envelope.session, "new", False)
    return bool(new_session and user_state(handler_input)["last_seen"])


class NavigateHomeHandler(LaunchHandler):
    """"Go home" returns to the start of the conversation."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("AMAZON.NavigateHomeIntent")(handler_input)


class HelpHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("AMAZON.HelpIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        words = content_of(handler_input)
        return say(handler_input, words.say("help"), reprompt=words.say("help_reprompt"))


class StopHandler(AbstractRequestHandler):
    """Stop and Cancel both end the conversation kindly."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("AMAZON.StopIntent")(handler_input) or is_intent_name(
            "AMAZON.CancelIntent"
        )(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        return say(handler_input, content_of(handler_input).say("goodbye"))


class FallbackHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("AMAZON.FallbackIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        words = content_of(handler_input)
        emergency = safety.resources(get_locale(handler_input) or "").emergency_say
        return say(
            handler_input,
            words.say("fallback", emergency=emergency),
            reprompt=words.say("fallback_reprompt"),
        )


class RepeatHandler(AbstractRequestHandler):
    """Say the last response again, word for word."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("AMAZON.RepeatIntent")(handler_input)

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


class SessionEndedHandler(AbstractRequestHandler):
    """Alexa closed the session (silence, "stop" outside the skill, an error): nothing to say."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_request_type("SessionEndedRequest")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        return silent(handler_input)


class UnknownIntentHandler(AbstractRequestHandler):
    """An intent this code has no handler for: a calm reply and a tip on offer."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_request_type("IntentRequest")(handler_input)

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
