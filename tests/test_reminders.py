"""Daily repair reminders as a parent hears them, against a local Reminders API server.

The server (tests.fake_alexa_api) speaks the real protocol and validates reminder bodies the
way Alexa does; the skill's own HTTP client reaches it through ``context.System.apiEndpoint``.
Consent is what Alexa puts in the request (``context.System.user.permissions``), the answer
to a voice consent request arrives as a ``Connections.Response``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3
from typing import Any

import pytest

from skill import content
from skill.alexa_api import REMINDERS_SCOPE
from tests.alexa_signing import DEVICE_ID, USER_ID
from tests.night_device import Device
from tests.responses import assert_well_formed, ends_session, spoken

pytest_plugins = ["tests.fake_alexa_api", "tests.night_fixtures"]

WORDS = content.for_locale("en-US")
SECRET = "test-secret"  # the USER_ID_SECRET of the night fixtures' app
REMINDERS_PATH = "/v1/alerts/reminders"


class Echo(Device):
    """An Echo whose parent may have granted Calm Cradle permissions (a consent token)."""

    def __init__(self, client: Any, api_endpoint: str, consent: bool) -> None:
        super().__init__(client, api_endpoint)
        self.consent = consent

    def envelope(self, request: dict[str, Any], **envelope_args: Any) -> dict[str, Any]:
        body = super().envelope(request, **envelope_args)
        if self.consent:
            body["context"]["System"]["user"]["permissions"] = {"consentToken": "consent-token"}
        return body

    def permission_answer(self, status: str, token: str, code: str = "200") -> dict[str, Any]:
        """Alexa's Connections.Response after its consent dialog."""
        return self.send(
            {
                "type": "Connections.Response",
                "name": "AskFor",
                "status": {"code": code, "message": "OK" if code == "200" else "error"},
                "token": token,
                "payload": {
                    "permissionScopes": [
                        {"permissionScope": REMINDERS_SCOPE, "consentLevel": "ACCOUNT"}
                    ],
                    "status": status,
                },
            }
        )


@pytest.fixture
def api(settings_api):
    """The fake Alexa API; the device lives in Tokyo, far from the locale's default zone."""
    settings_api.time_zones[DEVICE_ID] = "Asia/Tokyo"
    return settings_api


@pytest.fixture
def echo(device_client, api):
    """Start a session on an Echo: ``echo()`` with consent, ``echo(consent=False)`` without."""

    def start(consent: bool = True) -> Echo:
        return Echo(device_client, api.endpoint, consent)

    return start


def stored_reminders(tmp_path) -> list[str] | None:
    """The reminder ids in the user's row, read from the database by the keyed user hash."""
    key = hmac.new(SECRET.encode(), USER_ID.encode(), hashlib.sha256).hexdigest()
    with sqlite3.connect(tmp_path / "calm-cradle.sqlite") as db:
        row = db.execute("SELECT reminders FROM user_state WHERE user_key = ?", (key,)).fetchone()
    return json.loads(row[0]) if row else None


def said(data, dialog: str, **fmt: str) -> bool:
    return spoken(data) in [line.format(**fmt) for line in WORDS.variants(dialog)]


def ask_for(data) -> dict[str, Any] | None:
    """The voice consent request in a response, if there is one."""
    for directive in data["response"].get("directives") or []:
        if directive["type"] == "Connections.SendRequest" and directive["name"] == "AskFor":
            return directive
    return None


def reminder_calls(api) -> list[tuple[str, str]]:
    return [call for call in api.requests if call[1].startswith(REMINDERS_PATH)]


# --- creating -----------------------------------------------------------------------------------


def test_a_daily_reminder_is_created_at_the_hour_asked_in_the_device_zone(echo, api, tmp_path):
    reply = echo().intent("ScheduleReminderIntent", Time="20:00")
    assert_well_formed(reply)
    assert said(reply, "reminder_set", time="8 p.m.")
    assert ends_session(reply)

    (token, reminder), *others = api.reminders.items()
    assert not others
    trigger = reminder["trigger"]
    assert trigger["type"] == "SCHEDULED_ABSOLUTE"
    assert trigger["timeZoneId"] == "Asia/Tokyo"
    assert trigger["scheduledTime"].endswith("T20:00:00.000")
    assert trigger["recurrence"]["recurrenceRules"] == [
        "FREQ=DAILY;BYHOUR=20;BYMINUTE=0;BYSECOND=0;INTERVAL=1"
    ]
    (spoken_info,) = reminder["alertInfo"]["spokenInfo"]["content"]
    assert spoken_info["locale"] == "en-US"
    assert spoken_info["text"] in WORDS.variants("reminder_message")
    assert "repair" in spoken_info["text"]
    assert stored_reminders(tmp_path) == [token]


def test_without_a_time_the_evening_default_is_set_and_said(echo, api):
    reply = echo().intent("ScheduleReminderIntent")
    assert said(reply, "reminder_set", time="8 p.m.")
    (reminder,) = api.reminders.values()
    assert "BYHOUR=20;BYMINUTE=0" in reminder["trigger"]["recurrence"]["recurrenceRules"][0]


@pytest.mark.parametrize(
    ("value", "rule", "time"),
    [("07:30", "BYHOUR=7;BYMINUTE=30", "7:30 a.m."), ("EV", "BYHOUR=20;BYMINUTE=0", "8 p.m.")],
)
def test_alexa_time_values_become_the_reminder_time(echo, api, value, rule, time):
    reply = echo().intent("ScheduleReminderIntent", Time=value)
    assert said(reply, "reminder_set", time=time)
    (reminder,) = api.reminders.values()
    assert rule in reminder["trigger"]["recurrence"]["recurrenceRules"][0]


def test_a_time_that_cannot_be_used_is_asked_for_again(echo, api):
    reply = echo().intent("ScheduleReminderIntent", Time="25:99")
    assert_well_formed(reply)
    assert said(reply, "reminder_time_unclear")
    assert not ends_session(reply)
    assert reminder_calls(api) == []


def test_a_new_time_replaces_the_earlier_reminder(echo, api, tmp_path):
    echo().intent("ScheduleReminderIntent", Time="20:00")
    reply = echo().intent("ScheduleReminderIntent", Time="21:00")
    assert said(reply, "reminder_set", time="9 p.m.")
    ((token, reminder),) = api.reminders.items()
    assert "BYHOUR=21" in reminder["trigger"]["recurrence"]["recurrenceRules"][0]
    assert stored_reminders(tmp_path) == [token]


# --- consent --------------------------------------------------------------------------------------


def test_without_consent_alexa_is_asked_by_voice(echo, api):
    reply = echo(consent=False).intent("ScheduleReminderIntent", Time="20:00")
    assert_well_formed(reply)
    assert said(reply, "reminder_ask_permission")
    directive = ask_for(reply)
    assert directive is not None
    assert directive["payload"] == {
        "@type": "AskForPermissionsConsentRequest",
        "@version": "2",
        "permissionScopes": [{"permissionScope": REMINDERS_SCOPE, "consentLevel": "ACCOUNT"}],
    }
    assert reply["response"].get("shouldEndSession") in (None, True)
    assert "reprompt" not in reply["response"]
    assert reminder_calls(api) == []  # no call that is bound to fail


@pytest.mark.parametrize("status", [401, 403])
def test_an_api_refusing_permission_leads_to_the_consent_request(echo, api, status):
    api.fail_with(status)
    reply = echo().intent("ScheduleReminderIntent", Time="20:00")
    assert ask_for(reply) is not None
    assert api.reminders == {}


def test_accepted_consent_creates_the_reminder_at_the_time_first_asked(echo, api, tmp_path):
    asking = echo(consent=False)
    first = asking.intent("ScheduleReminderIntent", Time="07:30")
    token = ask_for(first)["token"]
    asking.consent = True  # Alexa's consent dialog succeeded
    reply = asking.permission_answer("ACCEPTED", token)
    assert_well_formed(reply)
    assert said(reply, "reminder_set", time="7:30 a.m.")
    ((alert_token, reminder),) = api.reminders.items()
    assert "BYHOUR=7;BYMINUTE=30" in reminder["trigger"]["recurrence"]["recurrenceRules"][0]
    assert stored_reminders(tmp_path) == [alert_token]


@pytest.mark.parametrize("status", ["DENIED", "NOT_ANSWERED"])
def test_declined_consent_is_answered_kindly_with_the_permission_card(echo, api, status):
    asking = echo(consent=False)
    token = ask_for(asking.intent("ScheduleReminderIntent", Time="20:00"))["token"]
    reply = asking.permission_answer(status, token)
    assert_well_formed(reply)
    assert said(reply, "reminder_denied")
    assert ends_session(reply)
    assert reply["response"]["card"] == {
        "type": "AskForPermissionsConsent",
        "permissions": [REMINDERS_SCOPE],
    }
    assert ask_for(reply) is None
    assert reminder_calls(api) == []


def test_accepted_but_still_refused_sends_the_card_instead_of_asking_again(echo, api):
    api.reminders_permission = False
    reply = echo().permission_answer("ACCEPTED", "calm-cradle-reminder@20:00")
    assert said(reply, "reminder_permission_card")
    assert reply["response"]["card"]["type"] == "AskForPermissionsConsent"
    assert ask_for(reply) is None


def test_a_failed_consent_dialog_is_explained_with_the_card(echo, api):
    reply = echo().permission_answer("ACCEPTED", "calm-cradle-reminder@20:00", code="500")
    assert said(reply, "reminder_permission_card")
    assert reply["response"]["card"]["type"] == "AskForPermissionsConsent"
    assert api.reminders == {}


# --- API errors -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "dialog"),
    [
        (429, "reminder_busy"),
        (500, "reminder_unavailable"),
        (503, "reminder_unavailable"),
        (400, "reminder_refused"),
    ],
)
def test_each_api_error_is_a_clear_spoken_sentence(echo, api, status, dialog):
    api.fail_with(status)
    reply = echo().intent("ScheduleReminderIntent", Time="20:00")
    assert_well_formed(reply)
    assert said(reply, dialog)
    assert ends_session(reply)


def test_an_api_that_never_answers_is_a_spoken_sentence_too(echo, api, tmp_path):
    api.hang()
    reply = echo().intent("ScheduleReminderIntent", Time="20:00")
    assert said(reply, "reminder_unavailable")
    assert not stored_reminders(tmp_path)


# --- stopping -------------------------------------------------------------------------------------


def test_stop_my_reminders_deletes_them_through_the_api_and_forgets_their_ids(echo, api, tmp_path):
    echo().intent("ScheduleReminderIntent", Time="20:00")
    (token,) = api.reminders
    reply = echo().intent("StopRemindersIntent")
    assert_well_formed(reply)
    assert said(reply, "reminder_stopped")
    assert api.reminders == {}
    assert ("DELETE", f"{REMINDERS_PATH}/{token}") in api.requests
    assert stored_reminders(tmp_path) == []


def test_stop_also_finds_reminders_whose_id_was_never_stored(echo, api, tmp_path):
    echo().intent("ScheduleReminderIntent", Time="20:00")
    with sqlite3.connect(tmp_path / "calm-cradle.sqlite") as db:
        db.execute("UPDATE user_state SET reminders = '[]'")  # e.g. saved while the DB was down
    reply = echo().intent("StopRemindersIntent")
    assert said(reply, "reminder_stopped")
    assert api.reminders == {}


def test_stop_with_no_reminders_says_so(echo, api):
    assert said(echo().intent("StopRemindersIntent"), "reminder_none")
    assert said(echo(consent=False).intent("StopRemindersIntent"), "reminder_none")


@pytest.mark.parametrize(
    ("status", "dialog"),
    [(500, "reminder_stop_failed"), (429, "reminder_busy"), (403, "reminder_stop_permission")],
)
def test_a_failed_stop_is_spoken_and_the_ids_are_kept(echo, api, tmp_path, status, dialog):
    echo().intent("ScheduleReminderIntent", Time="20:00")
    (token,) = api.reminders
    api.fail_with(status)
    reply = echo().intent("StopRemindersIntent")
    assert said(reply, dialog)
    assert stored_reminders(tmp_path) == [token]


# --- deleting the parent's data -------------------------------------------------------------------


def test_delete_my_data_also_cancels_the_reminders(echo, api, tmp_path):
    echo().intent("ScheduleReminderIntent", Time="20:00")
    talk = echo()
    talk.intent("DeleteDataIntent")
    reply = talk.intent("AMAZON.YesIntent")
    assert said(reply, "delete_done")
    assert api.reminders == {}
    assert stored_reminders(tmp_path) is None


def test_delete_my_data_says_when_reminders_could_not_be_cancelled(echo, api, tmp_path):
    echo().intent("ScheduleReminderIntent", Time="20:00")
    talk = echo()
    talk.intent("DeleteDataIntent")
    api.fail_with(503)
    reply = talk.intent("AMAZON.YesIntent")
    assert said(reply, "delete_done_reminders_left")
    assert stored_reminders(tmp_path) is None  # the stored data is gone all the same
