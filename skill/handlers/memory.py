"""What Calm Cradle remembers, under the parent's control: voice preference and deletion.

"Make your voice softer" / "speak normally" set the stored voice preference; "delete my
data" asks once, then erases everything stored and cancels the skill's reminders; disabling
the skill (``AlexaSkillEvent.SkillDisabled``) erases everything without a word.
"""

from __future__ import annotations

import logging

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill.handlers.interceptors import VoiceInterceptor
from skill.handlers.reminders import cancel_all, has_consent
from skill.handlers.reply import (
    OFFER,
    USER_STATE,
    content_of,
    say,
    services_of,
    session,
    silent,
    user_state,
)
from skill.handlers.routing import IntentHandler, RequestTypeHandler
from skill.store import UserAttributes

log = logging.getLogger(__name__)

DELETE_DATA = "delete_data"  # OFFER while "are you sure?" waits for yes or no
QUIET_EVENTS = (
    "AlexaSkillEvent.SkillEnabled",
    "AlexaSkillEvent.SkillPermissionAccepted",
    "AlexaSkillEvent.SkillPermissionChanged",
)


def set_voice(handler_input: HandlerInput, preference: str, dialog: str) -> Response:
    """Store the voice preference and confirm it in that voice."""
    user_state(handler_input)["voice"] = preference
    VoiceInterceptor().process(handler_input)  # the same rule, applied to the new preference
    words = content_of(handler_input)
    return say(handler_input, words.say(dialog), reprompt=words.say("launch_reprompt"))


def erase_user(handler_input: HandlerInput) -> bool:
    """Erase everything stored about the request's user; False if the database was unreachable.

    What this request loaded is dropped too, so the save after the handler cannot write it
    back (ask-sdk's ``delete_persistent_attributes`` would hide whether the erase worked).
    """
    manager = handler_input.attributes_manager
    user_id = handler_input.request_envelope.context.system.user.user_id
    erased = services_of(handler_input).store.erase_user(user_id)
    if erased:
        manager.request_attributes.pop(USER_STATE, None)
        manager.persistent_attributes = UserAttributes()
    return erased


class SofterVoiceHandler(IntentHandler):
    """ "Make your voice softer": soft and slow from now on, day and night."""

    intents = ("SofterVoiceIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        return set_voice(handler_input, "soft", "voice_soft")


class NormalVoiceHandler(IntentHandler):
    """ "Speak normally": the usual calm voice from now on, at night too."""

    intents = ("NormalVoiceIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        return set_voice(handler_input, "normal", "voice_normal")


class DeleteDataHandler(IntentHandler):
    """ "Delete my data": ask once before erasing anything."""

    intents = ("DeleteDataIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        words = content_of(handler_input)
        return say(
            handler_input,
            words.say("delete_confirm"),
            reprompt=words.say("delete_reprompt"),
            offer=DELETE_DATA,
        )


class DeleteDataAnswerHandler(IntentHandler):
    """Yes erases everything and cancels the skill's reminders; no keeps it all.

    The store is erased first, so that when the database is unreachable nothing else is
    touched and the parent hears that nothing was deleted. Reminders are found by asking
    Alexa for them, so their ids are not needed once the row is gone.
    """

    intents = ("AMAZON.YesIntent", "AMAZON.NoIntent")

    def can_handle(self, handler_input: HandlerInput) -> bool:
        offered = session(handler_input).get(OFFER) == DELETE_DATA
        return super().can_handle(handler_input) and offered

    def handle(self, handler_input: HandlerInput) -> Response:
        words = content_of(handler_input)
        if is_intent_name("AMAZON.NoIntent")(handler_input):
            return say(handler_input, words.say("delete_kept"))
        if not erase_user(handler_input):
            return say(handler_input, words.say("delete_failed"))
        if has_consent(handler_input):
            _, error = cancel_all(handler_input)
            if error is not None:
                return say(handler_input, words.say("delete_done_reminders_left"))
        return say(handler_input, words.say("delete_done"))


class SkillDisabledHandler(RequestTypeHandler):
    """The parent disabled the skill: erase everything stored about them. No speech.

    This request carries no session. The Reminders API is not called: the permissions that
    would allow it end when the skill is disabled.
    """

    request_types = ("AlexaSkillEvent.SkillDisabled",)

    def handle(self, handler_input: HandlerInput) -> Response:
        if not erase_user(handler_input):
            log.warning("could not erase a user who disabled the skill: database unavailable")
        return silent(handler_input)


class QuietSkillEventHandler(RequestTypeHandler):
    """Skill enabled, permission accepted or changed: nothing to store, nothing to say."""

    request_types = QUIET_EVENTS

    def handle(self, handler_input: HandlerInput) -> Response:
        return silent(handler_input)
