"""The Alexa API client against a local server that speaks the real protocol."""

from __future__ import annotations

import copy
import http.client
import json
import socket
import threading
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote

import pytest
from ask_sdk_core.serialize import DefaultSerializer

from skill import alexa_api
from skill.alexa_api import (
    AlexaApi,
    AlexaApiError,
    ApiUnavailable,
    BadRequest,
    NotFound,
    PermissionMissing,
    RateLimited,
    Reminder,
    daily_reminder_body,
)

pytest_plugins = ["tests.fake_alexa_api"]

DEVICE = "amzn1.ask.device.AEXAMPLE/with+odd=chars"
# 03:30 UTC on 1 May is 20:30 on 30 April in Los Angeles (daylight time).
REQUEST_TIME = datetime(2024, 5, 1, 3, 30, 12, 345000, tzinfo=UTC)


@pytest.fixture
def api(fake_alexa_api):
    return AlexaApi(fake_alexa_api.endpoint, fake_alexa_api.token)


def no_chained_traceback(error: BaseException) -> bool:
    """Nothing from http.client or socket would be printed along with ``error``."""
    return error.__cause__ is None and (error.__context__ is None or error.__suppress_context__)


def create(api: AlexaApi, hour: int = 20, minute: int = 0) -> str:
    return api.create_daily_reminder(
        "Time for a calm breath together.", "en-US", hour, minute, "America/Los_Angeles",
        REQUEST_TIME,
    )  # fmt: skip


# --- time zone -------------------------------------------------------------------------------


def test_time_zone_of_a_device(api, fake_alexa_api):
    fake_alexa_api.time_zones[DEVICE] = "America/Los_Angeles"
    assert api.get_time_zone(DEVICE) == "America/Los_Angeles"
    method, path = fake_alexa_api.requests[-1]
    assert method == "GET"
    _, v2, devices, device, settings, name = path.split("/")  # the id stays one segment
    assert (v2, devices, unquote(device), settings, name) == (
        "v2",
        "devices",
        DEVICE,
        "settings",
        "System.timeZone",
    )


def test_time_zone_not_set_or_device_unknown(api, fake_alexa_api):
    fake_alexa_api.time_zones[DEVICE] = None
    assert api.get_time_zone(DEVICE) is None
    with pytest.raises(NotFound):
        api.get_time_zone("amzn1.ask.device.UNKNOWN")


def test_client_is_built_from_the_request_envelope(fake_alexa_api):
    fake_alexa_api.time_zones[DEVICE] = "Europe/Berlin"
    body = {
        "version": "1.0",
        "context": {
            "System": {
                "application": {"applicationId": "amzn1.ask.skill.test"},
                "user": {"userId": "amzn1.ask.account.TEST"},
                "device": {"deviceId": DEVICE, "supportedInterfaces": {}},
                "apiEndpoint": fake_alexa_api.endpoint,
                "apiAccessToken": fake_alexa_api.token,
            }
        },
        "request": {"type": "LaunchRequest", "requestId": "r", "timestamp": "2024-05-01T03:00:00Z"},
    }
    envelope = DefaultSerializer().deserialize(json.dumps(body), "ask_sdk_model.RequestEnvelope")
    assert AlexaApi.for_request(envelope).get_time_zone(DEVICE) == "Europe/Berlin"


# --- reminders -------------------------------------------------------------------------------


def test_daily_reminder_is_created_with_the_documented_body(api, fake_alexa_api):
    token = create(api, hour=20, minute=0)
    stored = fake_alexa_api.reminders[token]
    assert stored["status"] == "ON"
    assert stored["trigger"] == {
        "type": "SCHEDULED_ABSOLUTE",
        "scheduledTime": "2024-05-01T20:00:00.000",  # 20:00 already passed on 30 April
        "timeZoneId": "America/Los_Angeles",
        "recurrence": {
            "startDateTime": "2024-05-01T20:00:00.000",
            "recurrenceRules": ["FREQ=DAILY;BYHOUR=20;BYMINUTE=0;BYSECOND=0;INTERVAL=1"],
        },
    }
    assert stored["requestTime"] == "2024-04-30T20:30:12.345"
    assert stored["alertInfo"] == {
        "spokenInfo": {"content": [{"locale": "en-US", "text": "Time for a calm breath together."}]}
    }
    assert stored["pushNotification"] == {"status": "ENABLED"}


def test_a_later_time_today_rings_today():
    body = daily_reminder_body("x", "en-GB", 21, 45, "America/Los_Angeles", REQUEST_TIME)
    assert body["trigger"]["scheduledTime"] == "2024-04-30T21:45:00.000"
    assert body["trigger"]["recurrence"]["recurrenceRules"] == [
        "FREQ=DAILY;BYHOUR=21;BYMINUTE=45;BYSECOND=0;INTERVAL=1"
    ]


def test_reminders_are_listed_and_deleted(api, fake_alexa_api):
    first, second = create(api, 20, 0), create(api, 6, 30)
    assert sorted(api.list_reminders(), key=lambda r: r.alert_token) == sorted(
        [Reminder(first, "ON"), Reminder(second, "ON")], key=lambda r: r.alert_token
    )
    api.delete_reminder(first)
    assert api.list_reminders() == [Reminder(second, "ON")]
    assert ("DELETE", f"/v1/alerts/reminders/{first}") in fake_alexa_api.requests
    api.delete_reminder(first)  # the parent already removed it in the Alexa app: fine
    assert api.list_reminders() == [Reminder(second, "ON")]


def test_reminders_without_permission(api, fake_alexa_api):
    fake_alexa_api.reminders_permission = False
    with pytest.raises(PermissionMissing):
        create(api)
    assert fake_alexa_api.reminders == {}


def test_wrong_token_is_refused(fake_alexa_api):
    fake_alexa_api.time_zones[DEVICE] = "Europe/Berlin"
    stranger = AlexaApi(fake_alexa_api.endpoint, "not-the-token")
    with pytest.raises(PermissionMissing) as refused:
        stranger.get_time_zone(DEVICE)
    assert "not-the-token" not in str(refused.value)


def test_bad_time_zone_or_time_never_reaches_the_api(api, fake_alexa_api):
    with pytest.raises(BadRequest, match="time zone"):
        api.create_daily_reminder("x", "en-US", 20, 0, "Mars/Olympus_Mons", REQUEST_TIME)
    with pytest.raises(ValueError):
        api.create_daily_reminder("x", "en-US", 24, 0, "Europe/Berlin", REQUEST_TIME)
    assert fake_alexa_api.requests == []


# --- error mapping ---------------------------------------------------------------------------

OPERATIONS = {
    "time zone": lambda api: api.get_time_zone(DEVICE),
    "create": create,
    "delete": lambda api: api.delete_reminder("some-token"),
    "list": lambda api: api.list_reminders(),
}


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, BadRequest),
        (401, PermissionMissing),
        (403, PermissionMissing),
        (429, RateLimited),
        (500, ApiUnavailable),
        (503, ApiUnavailable),
    ],
)
def test_error_statuses_become_one_of_our_errors(api, fake_alexa_api, operation, status, error):
    fake_alexa_api.time_zones[DEVICE] = "Europe/Berlin"
    fake_alexa_api.fail_with(status, times=1)
    with pytest.raises(error) as raised:
        OPERATIONS[operation](api)
    assert str(status) in str(raised.value)
    assert no_chained_traceback(raised.value)
    OPERATIONS[operation](api)  # the next call goes through again


def test_a_hung_api_times_out_within_the_budget(fake_alexa_api):
    fake_alexa_api.hang()
    api = AlexaApi(fake_alexa_api.endpoint, fake_alexa_api.token, timeout=0.3)
    for operation in OPERATIONS.values():
        with pytest.raises(ApiUnavailable, match="timed out") as raised:
            operation(api)
        assert no_chained_traceback(raised.value)


def test_a_slow_answer_within_the_budget_is_fine_and_one_beyond_it_is_not(fake_alexa_api):
    fake_alexa_api.time_zones[DEVICE] = "Europe/Berlin"
    fake_alexa_api.delay = 0.2
    assert AlexaApi(fake_alexa_api.endpoint, fake_alexa_api.token).get_time_zone(DEVICE)
    with pytest.raises(ApiUnavailable):
        AlexaApi(fake_alexa_api.endpoint, fake_alexa_api.token, timeout=0.1).get_time_zone(DEVICE)


def test_unreachable_api():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # nothing listens here once closed
    with pytest.raises(ApiUnavailable) as raised:
        AlexaApi(f"http://127.0.0.1:{port}", "token").list_reminders()
    assert no_chained_traceback(raised.value)


@pytest.mark.parametrize(
    ("body", "reason"),
    [(b"<html>gateway error page</html>", "not JSON"), (b"[" + b"1," * 200_000 + b"1]", "large")],
)
def test_unreadable_answers(body, reason):
    class Garbage(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Garbage)
    threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True).start()
    try:
        with pytest.raises(ApiUnavailable, match=reason):
            AlexaApi(f"http://127.0.0.1:{server.server_address[1]}", "t").list_reminders()
    finally:
        server.shutdown()
        server.server_close()


def test_https_is_verified_against_trusted_roots(fake_alexa_api_https, monkeypatch):
    fake, client_tls = fake_alexa_api_https
    fake.time_zones[DEVICE] = "Asia/Tokyo"
    api = AlexaApi(fake.endpoint, fake.token)
    assert fake.endpoint.startswith("https://")
    with pytest.raises(ApiUnavailable, match="SSLCertVerificationError") as refused:
        api.get_time_zone(DEVICE)  # our test CA is not among the real roots
    assert no_chained_traceback(refused.value)
    assert fake.requests == []  # the token never left the client

    monkeypatch.setattr(alexa_api, "_tls_context", lambda: client_tls)
    assert api.get_time_zone(DEVICE) == "Asia/Tokyo"


def test_errors_share_one_base_and_plain_http_is_only_for_loopback():
    assert all(issubclass(e, AlexaApiError) for e in (PermissionMissing, RateLimited, BadRequest))
    assert issubclass(ApiUnavailable, AlexaApiError) and issubclass(NotFound, BadRequest)
    with pytest.raises(ValueError, match="loopback"):
        AlexaApi("http://api.amazonalexa.com", "token")


# --- the fake refuses what the real API refuses ---------------------------------------------


def _post(fake, body) -> tuple[int, dict]:
    connection = http.client.HTTPConnection("127.0.0.1", int(fake.endpoint.rsplit(":", 1)[1]))
    connection.request(
        "POST",
        "/v1/alerts/reminders",
        body=json.dumps(body),
        headers={"Authorization": f"Bearer {fake.token}", "Content-Type": "application/json"},
    )
    response = connection.getresponse()
    answer = json.loads(response.read() or b"{}")
    connection.close()
    return response.status, answer


GOOD = daily_reminder_body("Breathe.", "en-US", 20, 0, "America/Los_Angeles", REQUEST_TIME)


def _without(path: str) -> dict:
    body = copy.deepcopy(GOOD)
    *parents, last = path.split(".")
    node = body
    for key in parents:
        node = node[key]
    del node[last]
    return body


def _with(path: str, value) -> dict:
    body = copy.deepcopy(GOOD)
    *parents, last = path.split(".")
    node = body
    for key in parents:
        node = node[key]
    node[last] = value
    return body


@pytest.mark.parametrize(
    "body",
    [
        _without("alertInfo"),
        _without("requestTime"),
        _without("trigger.type"),
        _with("trigger.type", "SCHEDULED_SOMETIME"),
        _with("trigger.scheduledTime", "2024-05-01T20:00:00Z"),  # must be local, no zone
        _with("trigger.timeZoneId", "Pacific Time"),
        _with("trigger.recurrence.recurrenceRules", ["EVERY DAY AT 8"]),
        _with("trigger.recurrence.recurrenceRules", ["FREQ=DAILY;BYHOUR=25"]),
        _with("trigger.recurrence.recurrenceRules", []),
        _with("trigger.recurrence.startDateTime", "tonight"),
        _with("alertInfo.spokenInfo.content", []),
        _with("alertInfo.spokenInfo.content", [{"locale": "english", "text": "Breathe."}]),
        _with("alertInfo.spokenInfo.content", [{"locale": "en-US", "text": " "}]),
        _with("pushNotification.status", "LOUD"),
        _with("extra", True),
        ["not", "an", "object"],
    ],
)
def test_the_fake_refuses_malformed_reminders_like_the_real_api(fake_alexa_api, body):
    status, answer = _post(fake_alexa_api, body)
    assert status == 400
    assert answer["code"] == "INVALID_REQUEST" and answer["message"]
    assert fake_alexa_api.reminders == {}


def test_the_fake_accepts_the_documented_shape(fake_alexa_api):
    status, answer = _post(fake_alexa_api, GOOD)
    assert status == 200
    assert set(answer) == {"alertToken", "createdTime", "updatedTime", "status", "version", "href"}
    assert answer["alertToken"] in fake_alexa_api.reminders
