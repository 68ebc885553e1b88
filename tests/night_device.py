"""A parent's Echo for the moment and night tests, and helpers that read a response.

The fixtures that build the app and the device live in ``tests.night_fixtures``.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from typing import Any

from ask_sdk_core.serialize import DefaultSerializer

from skill import speech
from skill.audio_library import library
from tests.alexa_signing import envelope
from tests.conftest import Talk

LOCAL_BASE = "http://127.0.0.1:5000"  # local mode: prompts are spoken, not played
HTTPS_BASE = "https://cradle.example.org"  # Alexa can fetch audio from here

# Moments in UTC and what they are on the clocks the tests use.
NY_DAY = datetime(2024, 5, 2, 15, 0, tzinfo=UTC)  # 11:00 New York, 00:00 Tokyo, 16:00 London
NY_NIGHT = datetime(2024, 5, 2, 7, 30, tzinfo=UTC)  # 03:30 New York, 16:30 Tokyo, 08:30 London
LONDON_NIGHT = datetime(2024, 5, 2, 23, 30, tzinfo=UTC)  # 00:30 London, 19:30 New York


class Device(Talk):
    """One conversation from an Echo whose Settings API is the fake server."""

    def __init__(self, client: Any, api_endpoint: str, locale: str = "en-US") -> None:
        super().__init__(client, locale, api_endpoint)


def prosody(data: dict[str, Any]) -> dict[str, str]:
    """The voice attributes the response's speech is wrapped in."""
    root = ET.fromstring(data["response"]["outputSpeech"]["ssml"])
    (wrapper,) = list(root)
    assert wrapper.tag == "prosody"
    return dict(wrapper.attrib)


def is_soft(data: dict[str, Any]) -> bool:
    return prosody(data) == speech.SOFT.prosody


def ssml(data: dict[str, Any]) -> str:
    return data["response"]["outputSpeech"]["ssml"]


def played(data: dict[str, Any]) -> list[str]:
    """Names of the prompts a response plays as audio, in order."""
    by_file = {p.file: p.name for p in map(library().for_prompt, library().names())}
    return [by_file[url.rsplit("/", 1)[1]] for url in speech.audio_sources(ssml(data))]


def request_envelope(locale: str = "en-US", **envelope_args: Any) -> Any:
    """An ask-sdk RequestEnvelope as handlers and interceptors receive it."""
    body = envelope({"type": "LaunchRequest"}, locale=locale, **envelope_args)
    return DefaultSerializer().deserialize(json.dumps(body), "ask_sdk_model.RequestEnvelope")
