"""POST /alexa: the skill endpoint, and the only door from the internet to the skill.

Every request is checked before any skill logic runs: size (413, ``MAX_CONTENT_LENGTH``),
content type (400), Amazon's signature (400), then the envelope's shape (400). Rejections
get one generic body; the short reason goes to the log only. A request that passed goes to
ask-sdk and always gets an answer, never a 500: fields ask-sdk's model does not know (new
request types, new enum values) are read past, and a failure outside the handlers becomes
a spoken apology.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import re
from typing import Any

from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import RequestEnvelope
from ask_sdk_model.request import Request
from flask import Blueprint, Flask, Response, current_app, jsonify, request
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

from skill import content, speech
from skill.verification import VerificationError, default_verifier

log = logging.getLogger(__name__)
bp = Blueprint("alexa", __name__)
_serializer = DefaultSerializer()

# Headers a reverse proxy or tunnel (nginx, ngrok) adds: behind one, every client looks local.
_PROXY_HEADERS = ("Forwarded", "X-Forwarded-For", "X-Real-IP")
# BCP 47 as Alexa uses it ("en-US"); anything else is not from Alexa and never reaches a loader.
_LOCALE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}")
# What the handlers read from a request; enough to answer when ask-sdk refuses the rest.
_CORE_REQUEST_KEYS = ("type", "requestId", "timestamp", "locale")


class BadRequest(Exception):
    """The request is not a well-formed, verified Alexa envelope (message: a short log reason)."""


def init_app(app: Flask) -> None:
    """Attach the request verifier and the endpoint; refuse to verify without a skill id.

    Verification is on when ``ALEXA_VERIFY`` is true or a verifier is supplied. It needs
    ``ALEXA_SKILL_ID``: without it any skill's signed requests would be accepted.
    """
    verifier = app.config["ALEXA_VERIFIER"]
    skill_id = (app.config["ALEXA_SKILL_ID"] or "").strip() or None
    if (verifier is not None or app.config["ALEXA_VERIFY"]) and skill_id is None:
        raise ValueError(
            "ALEXA_SKILL_ID is not set, so requests signed for any Alexa skill would be "
            "accepted. Set ALEXA_SKILL_ID to your skill id from the Alexa developer console "
            "(amzn1.ask.skill....), or set ALEXA_VERIFY=0 for local use on 127.0.0.1."
        )
    if verifier is None and app.config["ALEXA_VERIFY"]:
        verifier = default_verifier(skill_id)
    if verifier is None:
        log.warning(
            "ALEXA_VERIFY is off: requests are NOT checked for Amazon's signature. "
            "Only requests from this machine (loopback, not via a proxy) will be answered."
        )
    app.extensions["alexa_verifier"] = verifier
    app.register_blueprint(bp)


def _bad_request(reason: str) -> tuple[Response, int]:
    """400 with a short, generic body; the reason goes to the log only."""
    log.info("rejected /alexa request: %s", reason)
    return jsonify(error="bad request"), 400


@bp.errorhandler(HTTPException)
def _refused_while_reading(error: HTTPException) -> tuple[Response, int]:
    """Werkzeug's own refusals (body over the cap, client gone mid-body) get generic bodies too."""
    log.info("rejected /alexa request: %s", error.name)
    if error.code == RequestEntityTooLarge.code:
        return jsonify(error="request too large"), error.code
    return jsonify(error="bad request"), error.code or 400


def _is_local_client() -> bool:
    """True for a client on this machine that did not come through a proxy or tunnel."""
    try:
        loopback = ipaddress.ip_address(request.remote_addr or "").is_loopback
    except ValueError:
        return False
    return loopback and not any(name in request.headers for name in _PROXY_HEADERS)


def _read_envelope() -> dict[str, Any]:
    """The JSON envelope of the current request, verified when verification is on."""
    body = _read_body()
    if request.mimetype != "application/json":
        raise BadRequest(f"content type {request.mimetype[:40]!r}")
    verifier = current_app.extensions["alexa_verifier"]
    if verifier is None:
        if not _is_local_client():
            raise BadRequest("unverified request from a non-local client")
        data = _parse_json(body)
    else:
        try:
            data = verifier.verify(body, request.headers)
        except VerificationError as error:
            raise BadRequest(f"verification failed: {error.reason}") from None
        except Exception as error:  # a verifier bug must fail closed, and loudly
            log.error("verifier raised %s; request refused", type(error).__name__)
            raise BadRequest("verification failed: verifier error") from None
    _check_shape(data)
    return data


def _read_body() -> bytes:
    """The raw body; RequestEntityTooLarge (413) when it is over ``MAX_CONTENT_LENGTH``.

    Werkzeug refuses a declared Content-Length over the cap, but stops a chunked body at the
    cap without complaint; only a read past the cap raises. So a chunked body that reaches
    the cap is refused too.
    """
    body = request.get_data(cache=False)
    cap = request.max_content_length
    if cap is not None and len(body) >= cap:
        request.stream.read(1)
    return body


def _parse_json(body: bytes) -> Any:
    try:
        return json.loads(body)
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        raise BadRequest("body is not JSON") from None


def _check_shape(data: Any) -> None:
    """Refuse JSON that is not an Alexa request envelope before ask-sdk sees it."""
    if not isinstance(data, dict):
        raise BadRequest("envelope is not an object")
    req = data.get("request")
    if not isinstance(req, dict) or not isinstance(req.get("type"), str) or not req["type"]:
        raise BadRequest("envelope has no request type")
    if not isinstance(req.get("requestId", ""), str) or not isinstance(data.get("version"), str):
        raise BadRequest("envelope fields have the wrong types")
    locale = req.get("locale")
    if locale is not None and not (isinstance(locale, str) and _LOCALE.fullmatch(locale)):
        raise BadRequest("request locale is not a language tag")
    for part in ("session", "context"):
        if data.get(part) is not None and not isinstance(data[part], dict):
            raise BadRequest(f"{part} is not an object")


def _deserialize(data: dict[str, Any], model: type) -> Any:
    return _serializer.deserialize(json.dumps(data), model)


def _core_request(req: dict[str, Any]) -> dict[str, Any]:
    """The request cut down to what handlers read: type, id, time, locale, intent, slot values."""
    core = {key: req[key] for key in _CORE_REQUEST_KEYS if key in req}
    intent = req.get("intent")
    if isinstance(intent, dict):
        slots = intent.get("slots") if isinstance(intent.get("slots"), dict) else {}
        core["intent"] = {
            "name": intent.get("name"),
            "slots": {
                name: {"name": name, "value": slot.get("value")}
                for name, slot in slots.items()
                if isinstance(slot, dict)
            },
        }
    return core


def _to_model(data: dict[str, Any]) -> RequestEnvelope:
    """ask-sdk's model of the envelope, reading past what the model does not know.

    Alexa adds request types and enum values (dialog states, resolution codes) over time,
    and ask-sdk's model refuses any it does not know. The request is then reduced to its
    core; a type ask-sdk has no class for becomes a plain ``Request`` of that type, which
    the skill's catch-all handler answers.
    """
    try:
        return _deserialize(data, RequestEnvelope)
    except Exception as error:  # ask-sdk raises several types on values it does not know
        log.warning(
            "ask-sdk cannot read a %.60r request in full (%s); using its core fields",
            data["request"]["type"],
            type(error).__name__,
        )
    core = _core_request(data["request"])
    try:
        envelope = _deserialize({**data, "request": None}, RequestEnvelope)
        try:
            envelope.request = _deserialize(core, Request)
        except Exception:  # no ask-sdk class for this type: read the common fields only
            known = _deserialize({**core, "type": "LaunchRequest"}, Request)
            envelope.request = Request(
                object_type=core["type"],
                request_id=known.request_id,
                timestamp=known.timestamp,
                locale=known.locale,
            )
    except Exception as error:
        raise BadRequest(f"envelope does not deserialise ({type(error).__name__})") from None
    return envelope


@bp.post("/alexa")
def alexa() -> Response | tuple[Response, int]:
    """Verify, then let the skill answer."""
    try:
        data = _read_envelope()
        envelope = _to_model(data)
    except BadRequest as error:
        return _bad_request(str(error))
    skill = current_app.extensions["alexa_skill"]
    services = current_app.extensions["calm_cradle"]
    try:
        response = skill.invoke(request_envelope=envelope, context=services)
        return jsonify(_serializer.serialize(response))
    except Exception:
        log.exception("skill failed outside its handlers for a %.60r", data["request"]["type"])
        return jsonify(_apology(data))


def _apology(data: dict[str, Any]) -> dict[str, Any]:
    """A spoken apology built without ask-sdk, for failures outside the skill's own handlers."""
    words = content.for_locale(data["request"].get("locale"))
    return {
        "version": "1.0",
        "response": {
            "outputSpeech": {"type": "SSML", "ssml": speech.to_ssml(words.say("apology"))},
            "shouldEndSession": True,
        },
    }
