"""Daily repair reminders through Alexa's Reminders API: schedule, stop, and the consent steps.

"Remind me about repair every evening at eight" creates one reminder that Alexa speaks every
day at that time on the device's clock. Without the reminders permission (no consent token
in the request, or the API answers 401/403) Alexa is asked to get consent by voice
(``Connections.SendRequest`` named "AskFor"); the answer comes back as a
``Connections.Response`` whose token carries the time the parent asked for, because Alexa
echoes the token back unchanged. A refusal gets a kind sentence and the Alexa app's
permission card as the way back.

Alexa waits about 8 seconds for an answer, and the database may take its own share, so all
API calls of one answer share ``API_BUDGET`` seconds (each at most ``CALL_TIMEOUT``). Every
failure becomes one clear spoken sentence, never silence.
"""

from __future__ import annotations

import logging
import re
import time

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response
from ask_sdk_model.interfaces.connections import SendRequestDirective
from ask_sdk_model.ui import AskForPermissionsConsentCard

from skill import speech
from skill.alexa_api import (
    DEFAULT_TIMEOUT,
    REMINDERS_SCOPE,
    AlexaApi,
    AlexaApiError,
    ApiUnavailable,
    BadRequest,
    PermissionMissing,
    RateLimited,
)
from skill.handlers.reply import content_of, say, services_of, slot_value, user_state, voice_of
from skill.handlers.routing import IntentHandler, RequestTypeHandler

log = logging.getLogger(__name__)

DEFAULT_TIME = (20, 0)  # "remind me about repair every evening": 8 p.m.
API_BUDGET = 2.5  # seconds all Alexa API calls of one answer may take together
CALL_TIMEOUT = DEFAULT_TIMEOUT  # seconds one call may take
_MIN_CALL = 0.2  # a call with less time than this left is not started
ASK_FOR = "AskFor"
_TOKEN_PREFIX = "calm-cradle-reminder@"  # token of our AskFor request: prefix + "HH:MM"
# AMAZON.TIME resolves vague times to parts of the day; these are the hours we pick for them.
_PARTS_OF_DAY = {"MO": (9, 0), "AF": (14, 0), "EV": (20, 0), "NI": (21, 0)}
_CLOCK_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::\d{2})?")


def parse_time(value: str | None) -> tuple[int, int] | None:
    """An AMAZON.TIME value ("20:00", "07:30", "EV") as (hour, minute); None if unusable."""
    if not value:
        return None
    value = value.strip().upper()
    if value in _PARTS_OF_DAY:
        return _PARTS_OF_DAY[value]
    match = _CLOCK_TIME.fullmatch(value)
    if not match:
        return None
    hour, minute = int(match[1]), int(match[2])
    return (hour, minute) if hour <= 23 and minute <= 59 else None


def spoken_time(hour: int, minute: int) -> str:
    """ "8 p.m." or "7:30 a.m.", as a parent would say it."""
    suffix = "a.m." if hour < 12 else "p.m."
    clock_hour = hour % 12 or 12
    return f"{clock_hour} {suffix}" if minute == 0 else f"{clock_hour}:{minute:02d} {suffix}"


def has_consent(handler_input: HandlerInput) -> bool:
    """Whether the request says the parent granted this skill permissions (a consent token)."""
    system = handler_input.request_envelope.context.system
    permissions = getattr(system.user, "permissions", None)
    return bool(permissions and permissions.consent_token)


class ApiCalls:
    """Alexa API clients for one answer, all within one time budget."""

    def __init__(self, handler_input: HandlerInput, budget: float = API_BUDGET) -> None:
        self._envelope = handler_input.request_envelope
        self._deadline = time.monotonic() + budget

    def client(self) -> AlexaApi:
        """A client whose call ends by the deadline; ApiUnavailable when no time is left."""
        left = self._deadline - time.monotonic()
        if left < _MIN_CALL:
            raise ApiUnavailable("no time left for another Alexa API call in this answer")
        try:
            return AlexaApi.for_request(self._envelope, timeout=min(CALL_TIMEOUT, left))
        except ValueError as error:
            raise ApiUnavailable(f"unusable API endpoint: {error}") from None


def cancel_all(handler_input: HandlerInput) -> tuple[list[str], AlexaApiError | None]:
    """Delete every reminder this skill has for the parent, as Alexa lists them.

    Returns the deleted alert tokens and the error that stopped the work, if any. Listing
    (rather than trusting the stored ids) also finds reminders whose id was never saved,
    e.g. while the database was down.
    """
    calls = ApiCalls(handler_input)
    deleted: list[str] = []
    try:
        for reminder in calls.client().list_reminders():
            calls.client().delete_reminder(reminder.alert_token)
            deleted.append(reminder.alert_token)
    except AlexaApiError as error:
        log.warning("could not cancel reminders: %s", error)
        return deleted, error
    return deleted, None


def ask_permission(handler_input: HandlerInput, hour: int, minute: int) -> Response:
    """Let Alexa ask for the reminders permission by voice; the time rides in the token.

    ``shouldEndSession`` stays unset, as Amazon requires with this directive: Alexa runs the
    consent dialog and then sends the answer as a ``Connections.Response``.
    """
    words = content_of(handler_input)
    ssml = speech.to_ssml(words.say("reminder_ask_permission"), voice_of(handler_input))
    directive = SendRequestDirective(
        name=ASK_FOR,
        payload={
            "@type": "AskForPermissionsConsentRequest",
            "@version": "2",
            "permissionScopes": [{"permissionScope": REMINDERS_SCOPE, "consentLevel": "ACCOUNT"}],
        },
        token=f"{_TOKEN_PREFIX}{hour:02d}:{minute:02d}",
    )
    return handler_input.response_builder.speak(ssml).add_directive(directive).response


def permission_card(handler_input: HandlerInput, dialog: str) -> Response:
    """Say ``dialog`` and end, with the Alexa app card that lets the parent allow reminders."""
    say(handler_input, content_of(handler_input).say(dialog))
    card = AskForPermissionsConsentCard(permissions=[REMINDERS_SCOPE])
    return handler_input.response_builder.set_card(card).response


def schedule(handler_input: HandlerInput, hour: int, minute: int, *, may_ask: bool) -> Response:
    """Create the daily reminder in the device's time zone and remember its id.

    A new time replaces the parent's earlier reminder, when the time budget allows. On a
    permission error Alexa is asked for consent if ``may_ask``, else the card is sent.
    """
    words = content_of(handler_input)
    services = services_of(handler_input)
    envelope = handler_input.request_envelope
    calls = ApiCalls(handler_input)
    zone = services.time_zones.zone_for(envelope)  # the Settings API, or the locale's zone
    try:
        token = calls.client().create_daily_reminder(
            words.say("reminder_message", services.rng),
            words.locale,
            hour,
            minute,
            zone.key,
            envelope.request.timestamp,
        )
    except PermissionMissing:
        if may_ask:
            return ask_permission(handler_input, hour, minute)
        return permission_card(handler_input, "reminder_permission_card")
    except AlexaApiError as error:
        log.warning("could not create a reminder: %s", error)
        return say(handler_input, words.say(_create_error_dialog(error)))
    state = user_state(handler_input)
    earlier = list(state["reminders"])
    state.add_reminder(token)
    try:
        for old in earlier:
            calls.client().delete_reminder(old)
            state.remove_reminder(old)
    except AlexaApiError as error:  # kept in the list, so "stop my reminders" still finds it
        log.warning("could not replace an earlier reminder: %s", error)
    return say(handler_input, words.say("reminder_set", time=spoken_time(hour, minute)))


def _create_error_dialog(error: AlexaApiError) -> str:
    if isinstance(error, RateLimited):
        return "reminder_busy"
    if isinstance(error, BadRequest):
        return "reminder_refused"
    return "reminder_unavailable"


class ScheduleReminderHandler(IntentHandler):
    """ "Remind me about repair every evening at eight": a daily repair reminder.

    No time given means the evening default (8 p.m.), said back in the confirmation so the
    parent can change it; a time Alexa could not resolve is asked for again.
    """

    intents = ("ScheduleReminderIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        value = slot_value(handler_input, "Time")
        chosen = parse_time(value) if value else DEFAULT_TIME
        if chosen is None:
            words = content_of(handler_input)
            return say(
                handler_input,
                words.say("reminder_time_unclear"),
                reprompt=words.say("reminder_time_reprompt"),
            )
        hour, minute = chosen
        if not has_consent(handler_input):
            return ask_permission(handler_input, hour, minute)
        return schedule(handler_input, hour, minute, may_ask=True)


class PermissionAnswerHandler(RequestTypeHandler):
    """Alexa's answer to our AskFor: ACCEPTED sets the reminder, anything else is kind."""

    request_types = ("Connections.Response",)

    def can_handle(self, handler_input: HandlerInput) -> bool:
        asked = handler_input.request_envelope.request
        return super().can_handle(handler_input) and asked.name == ASK_FOR

    def handle(self, handler_input: HandlerInput) -> Response:
        request = handler_input.request_envelope.request
        code = getattr(request.status, "code", None)
        answer = (request.payload or {}).get("status")
        if str(code) != "200":
            log.warning("the permission request failed with status %s", code)
            return permission_card(handler_input, "reminder_permission_card")
        if answer != "ACCEPTED":  # DENIED or NOT_ANSWERED
            return permission_card(handler_input, "reminder_denied")
        asked = parse_time((request.token or "").removeprefix(_TOKEN_PREFIX))
        hour, minute = asked or DEFAULT_TIME
        return schedule(handler_input, hour, minute, may_ask=False)


class StopRemindersHandler(IntentHandler):
    """ "Stop my reminders": cancel every reminder of this skill and forget their ids."""

    intents = ("StopRemindersIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        words = content_of(handler_input)
        state = user_state(handler_input)
        if not has_consent(handler_input):
            dialog = "reminder_stop_permission" if state["reminders"] else "reminder_none"
            return say(handler_input, words.say(dialog))
        deleted, error = cancel_all(handler_input)
        if error is None:
            had_any = bool(deleted or state["reminders"])
            state["reminders"] = []  # the rest were already gone from Alexa
            return say(handler_input, words.say("reminder_stopped" if had_any else "reminder_none"))
        for token in deleted:
            state.remove_reminder(token)
        if isinstance(error, PermissionMissing):
            return say(handler_input, words.say("reminder_stop_permission"))
        dialog = "reminder_busy" if isinstance(error, RateLimited) else "reminder_stop_failed"
        return say(handler_input, words.say(dialog))
