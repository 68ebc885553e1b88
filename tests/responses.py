"""Reading Alexa responses as a listener would: the words, and whether Alexa keeps listening."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from skill.speech import MAX_SPEECH_CHARS, ssml_to_text


def spoken(data: dict[str, Any]) -> str:
    """The words Alexa would say for a response (empty when it says nothing)."""
    speech = data["response"].get("outputSpeech")
    return ssml_to_text(speech["ssml"]) if speech else ""


def reprompt(data: dict[str, Any]) -> str:
    prompt = data["response"].get("reprompt")
    return ssml_to_text(prompt["outputSpeech"]["ssml"]) if prompt else ""


def ends_session(data: dict[str, Any]) -> bool:
    return data["response"].get("shouldEndSession") is True


def assert_well_formed(data: dict[str, Any]) -> None:
    """What Alexa requires of any response: SSML that parses, in limits, a reprompt if listening."""
    response = data["response"]
    for speech in (
        response.get("outputSpeech"),
        (response.get("reprompt") or {}).get("outputSpeech"),
    ):
        if speech:
            assert speech["type"] == "SSML"
            assert len(speech["ssml"]) < MAX_SPEECH_CHARS
            root = ET.fromstring(speech["ssml"])
            assert root.tag == "speak"
    if response.get("shouldEndSession") is False:
        assert reprompt(data), "the microphone stays open, so a reprompt is required"
