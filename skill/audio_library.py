"""Pre-rendered prompt audio at run time: what was rendered, where it is served, when it plays.

The manifest written by `skill.render` is the one record of the rendered prompts; this module
only reads it. Alexa plays `<audio>` only from https URLs, so `playable()` tells the caller
when to speak the prompt text instead; `PromptAudio.segments` gives that text with its pauses
(SSML itself is built in `skill.speech`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple
from urllib.parse import quote, urlsplit

DEFAULT_AUDIO_DIR = Path(__file__).resolve().parent.parent / "audio"
MANIFEST_NAME = "manifest.json"
AUDIO_URL_PREFIX = "/audio"

PAUSE_MARK = re.compile(r"\[pause (\d+(?:\.\d+)?)\]")
MAX_PAUSE_SECONDS = 10.0  # Alexa's longest SSML <break>, so the spoken fallback keeps every pause


class Segment(NamedTuple):
    """A stretch of speech followed by `pause` seconds of silence."""

    text: str
    pause: float


def parse_script(script: str) -> list[Segment]:
    """Split a prompt script at its `[pause N]` marks.

    Raises ValueError on a script Alexa could not speak faithfully: a pause before any words,
    two marks in a row, a pause over 10 s, or a mark-like typo such as `[pause]`.
    """
    segments: list[Segment] = []
    position = 0
    for mark in PAUSE_MARK.finditer(script):
        text = _clean(script[position : mark.start()])
        pause = float(mark.group(1))
        if not text:
            raise ValueError(f"pause mark with no words before it at offset {mark.start()}")
        if not 0 < pause <= MAX_PAUSE_SECONDS:
            raise ValueError(f"pause of {pause:g} s is outside 0-{MAX_PAUSE_SECONDS:g} s")
        segments.append(Segment(text, pause))
        position = mark.end()
    tail = _clean(script[position:])
    if tail:
        segments.append(Segment(tail, 0.0))
    if not segments:
        raise ValueError("script has no words")
    return segments


def _clean(text: str) -> str:
    text = " ".join(text.split())
    if "[" in text or "]" in text:
        raise ValueError(f"malformed pause mark in {text!r}; write [pause N] with N in seconds")
    return text


def url_for(file: str, public_base_url: str) -> str:
    """The public URL of a rendered file, e.g. https://host/audio/breathing-0123abcd.mp3."""
    return f"{public_base_url.rstrip('/')}{AUDIO_URL_PREFIX}/{quote(file)}"


def playable(public_base_url: str | None) -> bool:
    """Whether Alexa can fetch audio from this base URL: it plays only https sources."""
    if not public_base_url:
        return False
    parts = urlsplit(public_base_url)
    return parts.scheme == "https" and bool(parts.hostname)


@dataclass(frozen=True)
class PromptAudio:
    """One rendered prompt: its file, its length, and the words it speaks."""

    name: str
    file: str
    duration: float
    text: str
    title: str
    sha256: str

    @property
    def segments(self) -> list[Segment]:
        """The spoken text split at its pauses, for the SSML fallback."""
        return parse_script(self.text)

    def url(self, public_base_url: str) -> str:
        return url_for(self.file, public_base_url)


def load_manifest(audio_dir: Path) -> dict:
    """The manifest as written by the renderer; an empty one when nothing was rendered yet."""
    path = Path(audio_dir) / MANIFEST_NAME
    if not path.exists():
        return {"prompts": []}
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


class AudioLibrary:
    """The rendered prompts of one audio directory, looked up by prompt name or file name."""

    def __init__(self, audio_dir: Path, manifest: dict) -> None:
        self.audio_dir = Path(audio_dir)
        self._by_name = {
            entry["name"]: PromptAudio(
                name=entry["name"],
                file=entry["file"],
                duration=entry["duration"],
                text=entry["text"],
                title=entry["title"],
                sha256=entry["sha256"],
            )
            for entry in manifest["prompts"]
        }
        self._by_file = {prompt.file: prompt for prompt in self._by_name.values()}

    @classmethod
    def load(cls, audio_dir: Path | str | None = None) -> AudioLibrary:
        directory = Path(audio_dir) if audio_dir else DEFAULT_AUDIO_DIR
        return cls(directory, load_manifest(directory))

    def names(self) -> list[str]:
        """Prompt names in script order."""
        return list(self._by_name)

    def for_prompt(self, name: str) -> PromptAudio:
        """The prompt called `name`; KeyError when it was never rendered."""
        return self._by_name[name]

    def family(self, stem: str) -> list[PromptAudio]:
        """The numbered variants of a prompt, e.g. "repair" -> repair-1, repair-2, ..."""
        return [p for name, p in self._by_name.items() if name.startswith(f"{stem}-")]

    def by_file(self, file: str) -> PromptAudio | None:
        """The prompt rendered to `file`, or None: only listed files are ever served."""
        return self._by_file.get(file)

    def path_of(self, prompt: PromptAudio) -> Path:
        return self.audio_dir / prompt.file


@lru_cache(maxsize=8)
def _cached(directory: str) -> AudioLibrary:
    return AudioLibrary.load(directory)


def library(audio_dir: Path | str | None = None) -> AudioLibrary:
    """The library for `audio_dir` (default: the repo's audio/), read once per process."""
    return _cached(str(Path(audio_dir) if audio_dir else DEFAULT_AUDIO_DIR))
