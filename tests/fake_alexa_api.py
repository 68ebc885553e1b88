"""A local stand-in for Alexa's Settings and Reminders APIs: a real threaded HTTP server.

It speaks the real shapes: bearer-token auth, the device time zone as a JSON string,
reminder bodies validated strictly (400 with ``{"code", "message"}`` on a wrong shape),
``alertToken`` answers, and the list/delete endpoints. Tests can make it answer with an
error status, add a delay, or hang, to drive the client's failure paths.

Use it as the ``fake_alexa_api`` fixture (``pytest_plugins = ["tests.fake_alexa_api"]``),
or ``fake_alexa_api_https`` for TLS with a certificate from a throw-away CA (the fixture
also yields the one client context that trusts it), and point ``context.System`` at it::

    "apiEndpoint": fake_alexa_api.endpoint, "apiAccessToken": fake_alexa_api.token
"""

from __future__ import annotations

import json
import re
import secrets
import ssl
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from ipaddress import ip_address
from pathlib import Path
from typing import Any
from urllib.parse import unquote
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

_LOCAL_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?$")
_RULE_PART = re.compile(
    r"^(FREQ=(DAILY|WEEKLY)|BYHOUR=\d{1,2}|BYMINUTE=\d{1,2}|BYSECOND=\d{1,2}|INTERVAL=\d+"
    r"|BYDAY=(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*)$"
)
_LOCALE = re.compile(r"^[a-z]{2}-[A-Z]{2}$")
_TIME_ZONE_PATH = re.compile(r"^/v2/devices/([^/]+)/settings/System\.timeZone$")
_REMINDER_PATH = re.compile(r"^/v1/alerts/reminders/([^/]+)$")


class Invalid(Exception):
    """A request body the real API would refuse with 400."""


class FakeAlexaApi:
    """The server and the state it answers from; all attributes may be changed by tests."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.token = "fake-api-token-" + secrets.token_hex(8)
        self.time_zones: dict[str, str | None] = {}  # device id -> zone (None: not set)
        self.reminders: dict[str, dict[str, Any]] = {}  # alertToken -> stored reminder
        self.reminders_permission = True  # False: reminder calls get 401, as without consent
        self.requests: list[tuple[str, str]] = []  # (method, path) of every call received
        self.delay = 0.0  # seconds to wait before answering
        self._failure: tuple[int, int | None] | None = None  # (status, remaining count)
        self._hanging = False
        self._release = threading.Event()
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        if tls is not None:
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True)
        self._server.daemon_threads = True
        self._server.fake = self  # type: ignore[attr-defined]
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )

    @property
    def endpoint(self) -> str:
        host, port = self._server.server_address[:2]
        scheme = "https" if isinstance(self._server.socket, ssl.SSLSocket) else "http"
        return f"{scheme}://{host}:{port}"

    def fail_with(self, status: int | None, times: int | None = None) -> None:
        """Answer the next ``times`` calls (all, if None) with ``status``; None stops it."""
        with self._lock:
            self._failure = None if status is None else (status, times)

    def hang(self) -> None:
        """Accept calls but never answer them (until the server stops)."""
        self._hanging = True

    def start(self) -> FakeAlexaApi:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._release.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

    def __enter__(self) -> FakeAlexaApi:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # -- what the handler asks

    def _forced_status(self) -> int | None:
        with self._lock:
            if self._failure is None:
                return None
            status, left = self._failure
            if left is not None:
                self._failure = (status, left - 1) if left > 1 else None
            return status

    def answer(self, method: str, path: str, headers: Any, body: bytes) -> tuple[int | None, Any]:
        """(status, JSON body or None) for one call, as Alexa would answer it.

        A None status means: say nothing and drop the connection (a hung call).
        """
        self.requests.append((method, path))
        if self._hanging:
            self._release.wait()
            return None, None
        if self.delay:
            time.sleep(self.delay)
        if headers.get("Authorization") != f"Bearer {self.token}":
            return 401, _error("UNAUTHORIZED", "missing or invalid access token")
        forced = self._forced_status()
        if forced is not None:
            return forced, _error(f"HTTP_{forced}", "forced by the test")

        zone_match = _TIME_ZONE_PATH.match(path)
        if zone_match and method == "GET":
            device = unquote(zone_match.group(1))
            if device not in self.time_zones:
                return 404, _error("DEVICE_NOT_FOUND", "unknown device")
            zone = self.time_zones[device]
            return (204, None) if zone is None else (200, zone)

        if path.startswith("/v1/alerts/reminders") and not self.reminders_permission:
            return 401, _error("UNAUTHORIZED", "the user has not granted reminders permission")
        if path == "/v1/alerts/reminders" and method == "POST":
            if headers.get("Content-Type", "").split(";")[0] != "application/json":
                return 415, _error("UNSUPPORTED_MEDIA_TYPE", "send application/json")
            try:
                reminder = validate_reminder(json.loads(body or b"null"))
            except (Invalid, ValueError) as problem:
                return 400, _error("INVALID_REQUEST", str(problem))
            return 200, self._store(reminder)
        if path == "/v1/alerts/reminders" and method == "GET":
            alerts = list(self.reminders.values())
            return 200, {"totalCount": str(len(alerts)), "alerts": alerts, "links": None}
        token_match = _REMINDER_PATH.match(path)
        if token_match and method == "DELETE":
            if self.reminders.pop(unquote(token_match.group(1)), None) is None:
                return 404, _error("NOT_FOUND", "no such reminder")
            return 200, None
        return 404, _error("NOT_FOUND", f"no {method} {path}")

    def _store(self, reminder: dict[str, Any]) -> dict[str, Any]:
        token = str(uuid.uuid4())
        now = datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
        self.reminders[token] = {
            "alertToken": token,
            "createdTime": now,
            "updatedTime": now,
            "status": "ON",
            "version": "1",
            **reminder,
        }
        return {
            "alertToken": token,
            "createdTime": now,
            "updatedTime": now,
            "status": "ON",
            "version": "1",
            "href": f"/v1/alerts/reminders/{token}",
        }


def _error(code: str, message: str) -> dict[str, str]:
    return {"code": code, "message": message}


def validate_reminder(body: Any) -> dict[str, Any]:
    """Check a create-reminder body the way the real API does; return it or raise Invalid."""
    _object(body, "body", required={"requestTime", "trigger", "alertInfo"},
            allowed={"pushNotification"})  # fmt: skip
    _timestamp(body["requestTime"], "requestTime")

    trigger = body["trigger"]
    _object(trigger, "trigger", required={"type"},
            allowed={"scheduledTime", "offsetInSeconds", "timeZoneId", "recurrence"})  # fmt: skip
    if trigger["type"] == "SCHEDULED_ABSOLUTE":
        if "scheduledTime" not in trigger and "recurrence" not in trigger:
            raise Invalid("trigger.scheduledTime is required")
        if "scheduledTime" in trigger:
            _local_time(trigger["scheduledTime"], "trigger.scheduledTime")
        if "offsetInSeconds" in trigger:
            raise Invalid("trigger.offsetInSeconds is only for SCHEDULED_RELATIVE")
    elif trigger["type"] == "SCHEDULED_RELATIVE":
        offset = trigger.get("offsetInSeconds")
        if not isinstance(offset, int) or isinstance(offset, bool) or offset <= 0:
            raise Invalid("trigger.offsetInSeconds must be a positive integer")
    else:
        raise Invalid(f"trigger.type {trigger['type']!r} is not supported")
    if "timeZoneId" in trigger:
        try:
            ZoneInfo(trigger["timeZoneId"])
        except (ZoneInfoNotFoundError, ValueError, TypeError):
            raise Invalid("trigger.timeZoneId is not a time zone") from None
    if "recurrence" in trigger:
        _recurrence(trigger["recurrence"])

    alert_info = body["alertInfo"]
    _object(alert_info, "alertInfo", required={"spokenInfo"})
    _object(alert_info["spokenInfo"], "alertInfo.spokenInfo", required={"content"})
    content = alert_info["spokenInfo"]["content"]
    if not isinstance(content, list) or not content:
        raise Invalid("alertInfo.spokenInfo.content must be a non-empty list")
    for item in content:
        _object(item, "spokenInfo.content[]", required={"locale", "text"}, allowed={"ssml"})
        if not isinstance(item["locale"], str) or not _LOCALE.match(item["locale"]):
            raise Invalid("spokenInfo.content[].locale must look like en-US")
        if not isinstance(item["text"], str) or not item["text"].strip():
            raise Invalid("spokenInfo.content[].text must be non-empty text")

    if "pushNotification" in body:
        _object(body["pushNotification"], "pushNotification", required={"status"})
        if body["pushNotification"]["status"] not in ("ENABLED", "DISABLED"):
            raise Invalid("pushNotification.status must be ENABLED or DISABLED")
    return body


def _object(value: Any, name: str, required: set[str], allowed: set[str] = frozenset()) -> None:
    if not isinstance(value, dict):
        raise Invalid(f"{name} must be an object")
    missing = required - set(value)
    unknown = set(value) - required - allowed
    if missing:
        raise Invalid(f"{name} is missing {sorted(missing)}")
    if unknown:
        raise Invalid(f"{name} has unknown fields {sorted(unknown)}")


def _timestamp(value: Any, name: str) -> None:
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except (AttributeError, ValueError):
        raise Invalid(f"{name} must be an ISO 8601 date-time") from None


def _local_time(value: Any, name: str) -> None:
    if not isinstance(value, str) or not _LOCAL_TIME.match(value):
        raise Invalid(f"{name} must be a local date-time like 2024-05-01T20:00:00.000")
    _timestamp(value, name)


def _recurrence(recurrence: Any) -> None:
    _object(recurrence, "trigger.recurrence", required={"recurrenceRules"},
            allowed={"startDateTime", "endDateTime"})  # fmt: skip
    for key in ("startDateTime", "endDateTime"):
        if key in recurrence:
            _local_time(recurrence[key], f"trigger.recurrence.{key}")
    rules = recurrence["recurrenceRules"]
    if not isinstance(rules, list) or not rules:
        raise Invalid("trigger.recurrence.recurrenceRules must be a non-empty list")
    for rule in rules:
        parts = rule.rstrip(";").split(";") if isinstance(rule, str) else [""]
        if not parts[0].startswith("FREQ=") or not all(_RULE_PART.match(p) for p in parts):
            raise Invalid(f"recurrence rule {rule!r} is not an RFC 5545 rule we accept")
        fields = dict(part.split("=", 1) for part in parts)
        limits = {"BYHOUR": 23, "BYMINUTE": 59, "BYSECOND": 59}
        if any(int(fields[key]) > top for key, top in limits.items() if key in fields):
            raise Invalid(f"recurrence rule {rule!r} has a time out of range")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        fake: FakeAlexaApi = self.server.fake  # type: ignore[attr-defined]
        status, answer = fake.answer(self.command, self.path, self.headers, body)
        if status is None:
            self.close_connection = True
            return
        data = b"" if answer is None else json.dumps(answer).encode()
        self.send_response(status)
        if data:
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_DELETE = do_PUT = _serve

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: tests read ``FakeAlexaApi.requests`` instead."""


def local_tls(folder: Path) -> tuple[ssl.SSLContext, ssl.SSLContext]:
    """A server context for 127.0.0.1 signed by a fresh test CA, and a client trusting it."""
    now = datetime.now(UTC)

    def certificate(subject, issuer, key, signer, *extensions):
        builder = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(issuer)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(minutes=5))
            .not_valid_after(now + timedelta(days=1))
        )
        for extension, critical in extensions:
            builder = builder.add_extension(extension, critical=critical)
        return builder.sign(signer, hashes.SHA256())

    def name(common_name: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])

    ca_key = ec.generate_private_key(ec.SECP256R1())
    leaf_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = name("Calm Cradle test CA")
    authority = (x509.BasicConstraints(ca=True, path_length=0), True)
    ca = certificate(ca_name, ca_name, ca_key, ca_key, authority)
    loopback = (x509.SubjectAlternativeName([x509.IPAddress(ip_address("127.0.0.1"))]), False)
    leaf = certificate(name("127.0.0.1"), ca_name, leaf_key, ca_key, loopback)
    pem = serialization.Encoding.PEM
    (folder / "ca.pem").write_bytes(ca.public_bytes(pem))
    (folder / "leaf.pem").write_bytes(leaf.public_bytes(pem))
    (folder / "leaf.key").write_bytes(
        leaf_key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(folder / "leaf.pem", folder / "leaf.key")
    client = ssl.create_default_context(cafile=str(folder / "ca.pem"))
    return server, client


@pytest.fixture
def fake_alexa_api() -> Iterator[FakeAlexaApi]:
    """A fresh fake Alexa API server on 127.0.0.1, stopped after the test."""
    with FakeAlexaApi() as api:
        yield api


@pytest.fixture
def fake_alexa_api_https(tmp_path) -> Iterator[tuple[FakeAlexaApi, ssl.SSLContext]]:
    """The fake over HTTPS, and the only client TLS context that trusts its certificate."""
    server_tls, client_tls = local_tls(tmp_path)
    with FakeAlexaApi(tls=server_tls) as api:
        yield api, client_tls
