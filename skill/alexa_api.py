"""Alexa's Settings (device time zone) and Reminders APIs, over plain HTTP(S).

Each request carries its own API endpoint and short-lived access token
(``context.System.apiEndpoint``/``apiAccessToken``), so a client is made per request with
:meth:`AlexaApi.for_request`. Every call fits in one time budget (default 1.5 s for the
whole call: connect, send, wait, read), because Alexa gives the skill about 8 seconds to
answer and a reminder that cannot be set must still get a spoken reply.

Failures surface as a small hierarchy, never as raw socket or HTTP errors:
:class:`PermissionMissing` (401/403: ask for consent), :class:`RateLimited` (429),
:class:`ApiUnavailable` (5xx, timeouts, unreachable, unreadable answers) and
:class:`BadRequest` (400 and other refusals; :class:`NotFound` for 404).
"""

from __future__ import annotations

import contextlib
import http.client
import json
import ssl
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any
from urllib.parse import quote, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import certifi

DEFAULT_TIMEOUT = 1.5
MAX_RESPONSE_BYTES = 256 * 1024  # a full list of reminders is a few KB
REMINDERS_SCOPE = "alexa::alerts:reminders:skill:readwrite"
_LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}
_ALEXA_TIME = "%Y-%m-%dT%H:%M:%S.000"  # local wall time, no offset, as the API expects


class AlexaApiError(Exception):
    """An Alexa API call that did not succeed; the message is a short reason, never a token."""


class PermissionMissing(AlexaApiError):
    """401/403: the user has not granted the permission (or the token is not valid)."""


class RateLimited(AlexaApiError):
    """429: too many calls; try again later."""


class ApiUnavailable(AlexaApiError):
    """5xx, timeout, connection failure or an answer we cannot read."""


class BadRequest(AlexaApiError):
    """400 (or another 4xx): Alexa refused what we sent."""


class NotFound(BadRequest):
    """404: no such device or reminder."""


@dataclass(frozen=True)
class Reminder:
    """One of this skill's reminders for the user, as listed by the API."""

    alert_token: str
    status: str  # "ON" or "COMPLETED"


class AlexaApi:
    """Calls Alexa's APIs on behalf of the user of one request."""

    def __init__(
        self, api_endpoint: str, access_token: str, *, timeout: float = DEFAULT_TIMEOUT
    ) -> None:
        parts = urlsplit(api_endpoint)
        if parts.scheme not in ("https", "http") or not parts.hostname:
            raise ValueError("the API endpoint must be an http(s) URL")
        if parts.scheme == "http" and parts.hostname not in _LOOPBACK_HOSTS:
            raise ValueError("the access token is only sent over plain http to loopback")
        self._parts = parts
        self._token = access_token
        self.timeout = timeout

    @classmethod
    def for_request(cls, request_envelope: Any, *, timeout: float = DEFAULT_TIMEOUT) -> AlexaApi:
        """A client for the request's ``context.System`` endpoint and token."""
        system = request_envelope.context.system
        if not system.api_endpoint:
            raise ApiUnavailable("the request carries no API endpoint")
        return cls(system.api_endpoint, system.api_access_token or "", timeout=timeout)

    def get_time_zone(self, device_id: str) -> str | None:
        """The device's IANA time zone ("America/Los_Angeles"), None if it has none set."""
        path = f"/v2/devices/{quote(device_id, safe='')}/settings/System.timeZone"
        answer = self._call("GET", path)
        if answer is None or answer == "":
            return None
        if not isinstance(answer, str):
            raise ApiUnavailable("the time zone answer was not a string")
        return answer

    def create_daily_reminder(
        self,
        text: str,
        locale: str,
        hour: int,
        minute: int,
        time_zone: str,
        request_time: datetime,
    ) -> str:
        """Create a reminder spoken every day at ``hour:minute`` local time; return its id."""
        body = daily_reminder_body(text, locale, hour, minute, time_zone, request_time)
        answer = self._call("POST", "/v1/alerts/reminders", body)
        token = answer.get("alertToken") if isinstance(answer, dict) else None
        if not isinstance(token, str) or not token:
            raise ApiUnavailable("the reminder answer had no alertToken")
        return token

    def delete_reminder(self, alert_token: str) -> None:
        """Delete one of our reminders; one that is already gone counts as deleted."""
        with contextlib.suppress(NotFound):
            self._call("DELETE", f"/v1/alerts/reminders/{quote(alert_token, safe='')}")

    def list_reminders(self) -> list[Reminder]:
        """This skill's reminders for the user."""
        answer = self._call("GET", "/v1/alerts/reminders")
        alerts = answer.get("alerts") if isinstance(answer, dict) else None
        if not isinstance(alerts, list):
            raise ApiUnavailable("the reminder list had no alerts")
        return [
            Reminder(alert["alertToken"], str(alert.get("status", "")))
            for alert in alerts
            if isinstance(alert, dict) and isinstance(alert.get("alertToken"), str)
        ]

    def _call(self, method: str, path: str, body: dict | None = None) -> Any:
        """One HTTP exchange within the time budget; the parsed JSON answer (None if empty)."""
        deadline = time.monotonic() + self.timeout

        def remaining() -> float:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("time budget spent")
            return left

        parts = self._parts
        headers = {"Authorization": f"Bearer {self._token}", "Accept": "application/json"}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        connection: http.client.HTTPConnection | None = None
        try:
            if parts.scheme == "https":
                connection = http.client.HTTPSConnection(
                    parts.hostname, parts.port, timeout=remaining(), context=_tls_context()
                )
            else:
                connection = http.client.HTTPConnection(
                    parts.hostname, parts.port, timeout=remaining()
                )
            connection.connect()
            sock = connection.sock  # kept: http.client drops it once the answer is read
            connection.request(method, parts.path.rstrip("/") + path, body=data, headers=headers)
            sock.settimeout(remaining())
            response = connection.getresponse()
            raw = bytearray()
            while True:
                sock.settimeout(remaining())
                chunk = response.read1(64 * 1024)
                if not chunk:
                    break
                raw += chunk
                if len(raw) > MAX_RESPONSE_BYTES:
                    raise ApiUnavailable("the answer was too large")
        except TimeoutError:
            raise ApiUnavailable(f"{method} timed out after {self.timeout:g} s") from None
        except (OSError, http.client.HTTPException) as error:
            raise ApiUnavailable(f"{method} failed: {type(error).__name__}") from None
        finally:
            if connection is not None:
                connection.close()
        return _answer(response.status, bytes(raw))


def _answer(status: int, raw: bytes) -> Any:
    if 200 <= status < 300:
        if not raw.strip():
            return None
        try:
            return json.loads(raw)
        except ValueError:
            raise ApiUnavailable(f"{status} answer was not JSON") from None
    reason = f"HTTP {status}{_error_message(raw)}"
    if status in (401, 403):
        raise PermissionMissing(reason)
    if status == 429:
        raise RateLimited(reason)
    if status == 404:
        raise NotFound(reason)
    if 400 <= status < 500:
        raise BadRequest(reason)
    raise ApiUnavailable(reason)


def _error_message(raw: bytes) -> str:
    """Alexa's ``{"code", "message"}`` error body, shortened, if there is one."""
    try:
        error = json.loads(raw)
    except ValueError:
        return ""
    if not isinstance(error, dict):
        return ""
    words = [str(error[key]) for key in ("code", "message") if error.get(key)]
    return f": {' '.join(words)[:200]}" if words else ""


@cache
def _tls_context() -> ssl.SSLContext:
    return ssl.create_default_context(cafile=certifi.where())


def daily_reminder_body(
    text: str, locale: str, hour: int, minute: int, time_zone: str, request_time: datetime
) -> dict[str, Any]:
    """The Reminders API body for a reminder every day at ``hour:minute`` in ``time_zone``.

    It first rings at the next such time after ``request_time`` (the Alexa request's
    timestamp, so tests and replays are deterministic).
    """
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise ValueError(f"not a time of day: {hour}:{minute}")
    try:
        zone = ZoneInfo(time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise BadRequest(f"unknown time zone {time_zone!r}") from None
    if request_time.tzinfo is None:
        request_time = request_time.replace(tzinfo=UTC)
    local_now = request_time.astimezone(zone).replace(tzinfo=None)
    first = local_now.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if first <= local_now:
        first += timedelta(days=1)
    start = first.strftime(_ALEXA_TIME)
    return {
        "requestTime": local_now.strftime("%Y-%m-%dT%H:%M:%S.")
        + f"{local_now.microsecond // 1000:03d}",
        "trigger": {
            "type": "SCHEDULED_ABSOLUTE",
            "scheduledTime": start,
            "timeZoneId": time_zone,
            "recurrence": {
                "startDateTime": start,
                "recurrenceRules": [
                    f"FREQ=DAILY;BYHOUR={hour};BYMINUTE={minute};BYSECOND=0;INTERVAL=1"
                ],
            },
        },
        "alertInfo": {"spokenInfo": {"content": [{"locale": locale, "text": text}]}},
        "pushNotification": {"status": "ENABLED"},
    }
