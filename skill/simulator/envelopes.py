"""The JSON envelopes an Echo would send, built for the local simulator.

Field names and nesting follow Alexa's request format, so the app handles a simulated turn
exactly as it handles a real one (ask-sdk deserialises both the same way).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

LOCAL_SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000"
# Nothing listens here: locally the Alexa APIs fail fast and the skill takes its fallbacks.
DEFAULT_API_ENDPOINT = "http://127.0.0.1:9"


def _id(prefix: str) -> str:
    return f"{prefix}.{uuid.uuid4()}"


@dataclass(frozen=True)
class Device:
    """The simulated Echo and its owner: the ids Alexa would put in ``context.System``."""

    application_id: str = LOCAL_SKILL_ID
    user_id: str = field(default_factory=lambda: _id("amzn1.ask.account"))
    device_id: str = field(default_factory=lambda: _id("amzn1.ask.device"))
    api_endpoint: str = DEFAULT_API_ENDPOINT
    api_access_token: str = field(default_factory=lambda: _id("local.simulator.token"))


@dataclass
class Session:
    """One Alexa session: its id, whether the next request is its first, and its attributes."""

    session_id: str = field(default_factory=lambda: _id("amzn1.echo-api.session"))
    new: bool = True
    attributes: dict[str, Any] = field(default_factory=dict)


def launch_request(device: Device, session: Session, locale: str) -> dict[str, Any]:
    """ "Alexa, open calm cradle"."""
    return _envelope(device, session, _request("LaunchRequest", locale))


def intent_request(
    device: Device,
    session: Session,
    locale: str,
    intent: str,
    slots: Mapping[str, str | None],
) -> dict[str, Any]:
    """An utterance Alexa understood as ``intent``; unfilled slots are sent without a value."""
    slot_objects = {}
    for name, value in slots.items():
        slot: dict[str, Any] = {"name": name, "confirmationStatus": "NONE"}
        if value is not None:
            slot["value"] = value
        slot_objects[name] = slot
    request = _request("IntentRequest", locale)
    request["intent"] = {"name": intent, "confirmationStatus": "NONE", "slots": slot_objects}
    return _envelope(device, session, request)


def session_ended_request(
    device: Device, session: Session, locale: str, reason: str = "USER_INITIATED"
) -> dict[str, Any]:
    """The session closing without a response (user left, silence, or an error)."""
    return _envelope(device, session, _request("SessionEndedRequest", locale, reason=reason))


def _request(kind: str, locale: str, **fields: Any) -> dict[str, Any]:
    return {
        "type": kind,
        "requestId": _id("amzn1.echo-api.request"),
        "timestamp": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "locale": locale,
        **fields,
    }


def _envelope(device: Device, session: Session, request: dict[str, Any]) -> dict[str, Any]:
    application = {"applicationId": device.application_id}
    user = {"userId": device.user_id}
    return {
        "version": "1.0",
        "session": {
            "new": session.new,
            "sessionId": session.session_id,
            "application": application,
            "attributes": dict(session.attributes),
            "user": user,
        },
        "context": {
            "System": {
                "application": application,
                "user": user,
                # A screenless Echo; the manifest declares no extra interfaces.
                "device": {"deviceId": device.device_id, "supportedInterfaces": {}},
                "apiEndpoint": device.api_endpoint,
                "apiAccessToken": device.api_access_token,
            },
        },
        "request": request,
    }
