"""Calm Cradle on AWS Lambda. Handler string: ``skill.lambda_handler.lambda_handler``.

Alexa invokes the function with the request envelope as the event (already a dict) and
speaks the dict it returns. There is no HTTP signature to check: the function's Alexa
Skills Kit trigger, with skill id verification on, is what keeps anyone else from
invoking it. The envelope's skill id is still compared with ``ALEXA_SKILL_ID``, so a
trigger set up without that check, or a test event, cannot reach the skill.

Settings come from the function's environment, as for ``calm-cradle serve``:
``ALEXA_SKILL_ID``, ``DATABASE_URL`` and ``USER_ID_SECRET`` are required (the package
folder is read-only and /tmp lasts one container, so the store must be a shared
PostgreSQL database). Lambda serves no /audio route: to have prompts played rather than
spoken, copy ``audio/*.mp3`` to HTTPS static hosting (S3 + CloudFront) so that each is at
``$PUBLIC_BASE_URL/audio/<file>``, and set ``PUBLIC_BASE_URL`` to that https origin.

The app, and with it the skill, is built by ``create_app`` on the first event a
container receives and reused for every later one. Refused events (not an envelope, or
for another skill) get ``{"error": "bad request"}`` and one log line with the reason,
never a stack trace.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Mapping
from typing import Any, NoReturn

from flask import Flask

from skill import alexa_request, config
from skill.verification import VerificationError
from skill.web import create_app

log = logging.getLogger(__name__)

REFUSED = {"error": "bad request"}
REQUIRED_SETTINGS = ("ALEXA_SKILL_ID", "DATABASE_URL", "USER_ID_SECRET")


def lambda_handler(event: Any, context: Any) -> dict[str, Any]:
    """Answer one Alexa event (``context``, Lambda's invocation info, is not needed)."""
    app = lambda_app()
    try:
        alexa_request.check_shape(event)
        if alexa_request.application_id(event) != app.config["ALEXA_SKILL_ID"]:
            raise alexa_request.BadRequest("wrong skill id")
        return alexa_request.answer(
            app.extensions["alexa_skill"], app.extensions["calm_cradle"], event
        )
    except alexa_request.BadRequest as error:
        log.warning("refused Lambda event: %s", error)
        return dict(REFUSED)


class NoHttpRequests:
    """The request verifier of the app on Lambda: its HTTP endpoint refuses every request.

    Events reach the skill through :func:`lambda_handler`, never over HTTP, so signatures
    do not apply and the skill id check takes their place. Setting this verifier instead
    of ``ALEXA_VERIFY=0`` keeps the endpoint closed rather than open to loopback, and keeps
    the log free of the endpoint's "verification is off" warning, which would mislead here.
    """

    def verify(self, body: bytes, headers: Mapping[str, str]) -> NoReturn:
        raise VerificationError("this app runs on AWS Lambda and takes no HTTP requests")


@functools.cache
def lambda_app() -> Flask:
    """The app for this container, built on first use from the function's environment."""
    settings = config.from_environment()
    missing = [name for name in REQUIRED_SETTINGS if not str(settings.get(name) or "").strip()]
    if missing:
        raise RuntimeError(
            f"Set {', '.join(missing)} in the Lambda function's environment "
            "(see skill/lambda_handler.py)."
        )
    settings["ALEXA_SKILL_ID"] = settings["ALEXA_SKILL_ID"].strip()
    return create_app({**settings, "ALEXA_VERIFIER": NoHttpRequests()})
