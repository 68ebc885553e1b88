"""POST /alexa: the skill endpoint, and the only door from the internet to the skill.

Every request is checked before any skill logic runs: size (413, ``MAX_CONTENT_LENGTH``),
content type (400), Amazon's signature, or with verification off a loopback client (400),
then the envelope's shape (400). Rejections get one generic body; the short reason goes to
the log only. A request that passed is answered by ``skill.alexa_request`` (shared with
Lambda), which never lets a verified request end in a 500.
"""

from __future__ import annotations

import ipaddress
import json
import logging
from typing import Any

from flask import Blueprint, Flask, Response, current_app, jsonify, request
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

from skill import alexa_request
from skill.verification import VerificationError, default_verifier

log = logging.getLogger(__name__)
bp = Blueprint("alexa", __name__)

# Headers a reverse proxy or tunnel (nginx, ngrok) adds: behind one, every client looks local.
_PROXY_HEADERS = ("Forwarded", "X-Forwarded-For", "X-Real-IP")


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


def _read_json() -> Any:
    """The request's JSON, verified (or from a local client when verification is off).

    Whether it is an envelope is for ``alexa_request`` to decide.
    """
    body = _read_body()
    if request.mimetype != "application/json":
        raise alexa_request.BadRequest(f"content type {request.mimetype[:40]!r}")
    verifier = current_app.extensions["alexa_verifier"]
    if verifier is None:
        if not _is_local_client():
            raise alexa_request.BadRequest("unverified request from a non-local client")
        data = _parse_json(body)
    else:
        try:
            data = verifier.verify(body, request.headers)
        except VerificationError as error:
            raise alexa_request.BadRequest(f"verification failed: {error.reason}") from None
        except Exception:  # a verifier bug must fail closed, and loudly
            log.exception("the verifier itself failed; request refused")
            raise alexa_request.BadRequest("verification failed: verifier error") from None
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
        raise alexa_request.BadRequest("body is not JSON") from None


@bp.post("/alexa")
def alexa() -> Response | tuple[Response, int]:
    """Check the request, then let the skill answer."""
    try:
        data = _read_json()
        reply = alexa_request.answer(
            current_app.extensions["alexa_skill"], current_app.extensions["calm_cradle"], data
        )
    except alexa_request.BadRequest as error:
        return _bad_request(str(error))
    return jsonify(reply)
