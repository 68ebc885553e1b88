"""A conversation with the real app, turn by turn, as an Echo would hold it.

Each typed utterance goes through the NLU, becomes the envelope Alexa would send, and is
posted to the app's own ``/alexa`` route (Flask's test client: no socket, no signature).
Session attributes travel from each response to the next request, and a response that
does not keep the microphone open ends the session, exactly as on a screenless Echo.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from flask import Flask

from skill import config, speech
from skill.interaction_model import load_model
from skill.simulator import envelopes
from skill.simulator.nlu import NLU, Match


class SimulatorError(RuntimeError):
    """The app answered in a way Alexa would reject (HTTP error, malformed SSML)."""


@dataclass(frozen=True)
class Turn:
    """One exchange: what Alexa understood, and what the parent would hear and see."""

    utterance: str
    intent: str  # intent name, or "LaunchRequest"
    slots: dict[str, str]
    speech_text: str
    audio_urls: list[str]
    reprompt: str | None
    card: dict[str, Any] | None
    session_ended: bool
    response: dict[str, Any] = field(repr=False)


@cache
def default_nlu() -> NLU:
    """The NLU for the one source model, indexed once per process."""
    return NLU(load_model())


def local_app() -> Flask:
    """The app for local conversations: settings from the environment, verification off.

    Safe because the simulator only reaches it through Flask's test client, which never
    opens a socket.
    """
    from skill.web import create_app

    return create_app({**config.from_environment(), "ALEXA_VERIFY": False})


class Conversation:
    """Talk to the app as one parent on one Echo."""

    def __init__(
        self,
        app: Flask,
        locale: str = "en-US",
        nlu: NLU | None = None,
        device: envelopes.Device | None = None,
    ) -> None:
        self.locale = locale
        self._client = app.test_client()
        self._nlu = nlu or default_nlu()
        skill_id = app.config.get("ALEXA_SKILL_ID") or envelopes.LOCAL_SKILL_ID
        self.device = device or envelopes.Device(application_id=skill_id)
        self._session: envelopes.Session | None = None

    @property
    def in_session(self) -> bool:
        """Whether the skill is still listening for the next turn."""
        return self._session is not None

    def say(self, utterance: str) -> Turn:
        """Send one utterance; naming the skill ("ask calm cradle ...") opens a new session."""
        match = self._nlu.match(utterance)
        if match.invoked or self._session is None:
            self._session = envelopes.Session()
        envelope = self._envelope(match, self._session)
        data = self._post(envelope)
        body = data.get("response") or {}
        # On a screenless Echo only an explicit false keeps the session (and the mic) open.
        ended = body.get("shouldEndSession") is not False
        if ended:
            self._session = None
        else:
            self._session.new = False
            self._session.attributes = data.get("sessionAttributes") or {}
        return _turn(utterance, match, data, ended)

    def end(self, reason: str = "USER_INITIATED") -> None:
        """Close an open session the way Alexa does (the app gets a SessionEndedRequest)."""
        if self._session is not None:
            session, self._session = self._session, None
            self._post(envelopes.session_ended_request(self.device, session, self.locale, reason))

    def _envelope(self, match: Match, session: envelopes.Session) -> dict[str, Any]:
        if match.request_type == "LaunchRequest":
            return envelopes.launch_request(self.device, session, self.locale)
        return envelopes.intent_request(self.device, session, self.locale, match.label, match.slots)

    def _post(self, envelope: dict[str, Any]) -> dict[str, Any]:
        reply = self._client.post("/alexa", json=envelope)
        if reply.status_code != 200:
            raise SimulatorError(
                f"/alexa answered HTTP {reply.status_code} to a {envelope['request']['type']}: "
                f"{reply.get_data(as_text=True)[:300]}"
            )
        return reply.get_json()


def _turn(utterance: str, match: Match, data: dict[str, Any], ended: bool) -> Turn:
    body = data.get("response") or {}
    words, audio = _heard(body.get("outputSpeech"))
    reprompt = (body.get("reprompt") or {}).get("outputSpeech")
    played = [
        directive["audioItem"]["stream"]["url"]
        for directive in body.get("directives") or []
        if directive.get("type") == "AudioPlayer.Play"
    ]
    return Turn(
        utterance=utterance,
        intent=match.label,
        slots=match.filled_slots,
        speech_text=words,
        audio_urls=audio + played,
        reprompt=_heard(reprompt)[0] if reprompt else None,
        card=body.get("card"),
        session_ended=ended,
        response=data,
    )


def _heard(output: dict[str, Any] | None) -> tuple[str, list[str]]:
    """(words, clip URLs) of an outputSpeech; SSML must be a well-formed ``<speak>`` document."""
    if not output:
        return "", []
    if output.get("type") == "PlainText":
        return output.get("text", ""), []
    ssml = output.get("ssml", "")
    try:
        root = ET.fromstring(ssml)
    except ET.ParseError as error:
        raise SimulatorError(f"Alexa would reject this SSML ({error}): {ssml[:300]}") from None
    if root.tag != "speak":
        raise SimulatorError(f"SSML must be one <speak> element, got <{root.tag}>")
    return speech.ssml_to_text(ssml), speech.audio_sources(ssml)
