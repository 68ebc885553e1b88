"""The one place that turns what Calm Cradle says into SSML.

Handlers describe a response as a list of parts (text, pauses, audio clips); this module
escapes the text, applies the calm or night voice, renders pauses and ``<audio>`` tags, and
enforces Alexa's limits, so no other module ever concatenates SSML by hand.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from html import unescape
from xml.sax.saxutils import escape

from skill.audio_library import PromptAudio, playable

MAX_SPEECH_CHARS = 8000
MAX_AUDIO_TAGS = 5
MAX_AUDIO_SECONDS = 240.0
MAX_BREAK_SECONDS = 10.0

# Control characters are illegal in XML 1.0; a slot value could carry them.
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_TAG = re.compile(r"<[^>]+>")


class SpeechLimitError(ValueError):
    """A response would break one of Alexa's SSML limits."""


@dataclass(frozen=True)
class Pause:
    """A silence between sentences."""

    seconds: float


@dataclass(frozen=True)
class Audio:
    """A pre-rendered clip played with an ``<audio>`` tag."""

    url: str
    seconds: float


Part = str | Pause | Audio


@dataclass(frozen=True)
class Voice:
    """How the words should sound: calm by day, softer and slower at night."""

    soft: bool = False

    @property
    def prosody(self) -> dict[str, str]:
        if self.soft:
            return {"rate": "85%", "volume": "soft", "pitch": "-5%"}
        return {"rate": "95%"}

    @cached_property
    def opening(self) -> str:
        """``<speak><prosody ...>`` in this voice, built once: every response starts with it."""
        attrs = " ".join(f'{k}="{v}"' for k, v in self.prosody.items())
        return f"<speak><prosody {attrs}>"


CALM = Voice(soft=False)
SOFT = Voice(soft=True)


def clean_text(text: str) -> str:
    """Text made safe to place inside SSML: illegal characters dropped, markup escaped."""
    return escape(_ILLEGAL_XML.sub("", text), {'"': "&quot;"})


def check_audio_budget(parts: Iterable[Part]) -> None:
    """Raise if one response would play more clips, or longer audio, than Alexa allows."""
    clips = [p for p in parts if isinstance(p, Audio)]
    if len(clips) > MAX_AUDIO_TAGS:
        raise SpeechLimitError(f"{len(clips)} audio clips; Alexa plays at most {MAX_AUDIO_TAGS}")
    total = sum(c.seconds for c in clips)
    if total > MAX_AUDIO_SECONDS:
        raise SpeechLimitError(
            f"{total:.0f} s of audio; Alexa plays at most {MAX_AUDIO_SECONDS:.0f} s"
        )
    for clip in clips:
        if not clip.url.startswith("https://"):
            raise SpeechLimitError("Alexa only plays audio served over https")


def _break(seconds: float) -> str:
    """Silence as one or more ``<break>`` tags (each at most 10 s)."""
    tags = []
    remaining = max(0.0, seconds)
    while remaining > 0:
        step = min(remaining, MAX_BREAK_SECONDS)
        tags.append(f'<break time="{int(round(step * 1000))}ms"/>')
        remaining -= step
    return "".join(tags)


def _render_part(part: Part) -> str:
    if isinstance(part, Pause):
        return _break(part.seconds)
    if isinstance(part, Audio):
        return f'<audio src="{clean_text(part.url)}"/>'
    return clean_text(part)


def to_ssml(parts: Sequence[Part] | str, voice: Voice = CALM) -> str:
    """A complete ``<speak>`` document for the parts, in the given voice, within Alexa's limits."""
    if isinstance(parts, str):
        parts = [parts]
    check_audio_budget(parts)
    body = " ".join(_render_part(p) for p in parts if p != "")
    ssml = f"{voice.opening}{body}</prosody></speak>"
    if len(ssml) > MAX_SPEECH_CHARS:
        raise SpeechLimitError(f"speech is {len(ssml)} characters; Alexa allows {MAX_SPEECH_CHARS}")
    return ssml


def prompt_parts(prompt: PromptAudio, public_base_url: str | None) -> list[Part]:
    """A rendered prompt as parts: its clip when Alexa can fetch it, else its words and pauses.

    Alexa plays audio only from https, so in local mode the same moment is spoken instead.
    """
    if playable(public_base_url):
        return [Audio(prompt.url(public_base_url), prompt.duration)]
    parts: list[Part] = []
    for segment in prompt.segments:
        parts.append(segment.text)
        if segment.pause:
            parts.append(Pause(segment.pause))
    return parts


def to_text(parts: Sequence[Part] | str) -> str:
    """The words alone, for a card or a terminal: pauses and audio dropped."""
    if isinstance(parts, str):
        return parts
    return " ".join(p for p in parts if isinstance(p, str) and p).strip()


def ssml_to_text(ssml: str) -> str:
    """Plain words from an SSML document (used by the local simulator and tests)."""
    return re.sub(r"\s+", " ", unescape(_TAG.sub(" ", ssml))).strip()


def audio_sources(ssml: str) -> list[str]:
    """The clip URLs an SSML document plays."""
    return [unescape(u) for u in re.findall(r'<audio src="([^"]+)"\s*/>', ssml)]
