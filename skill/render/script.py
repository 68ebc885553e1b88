"""Prompt scripts as data: skill/content/<locale>/prompts.json, read and checked."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from skill.audio_library import Segment, parse_script

DEFAULT_PROMPTS_PATH = Path(__file__).resolve().parent.parent / "content" / "en-US" / "prompts.json"
_NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")  # names become file names and URL paths


@dataclass(frozen=True)
class PromptScript:
    name: str
    title: str
    text: str

    @property
    def text_sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def segments(self) -> list[Segment]:
        return parse_script(self.text)


def load_prompts(path: Path | None = None) -> list[PromptScript]:
    """All prompt scripts in file order; ValueError names the first bad one."""
    with Path(path or DEFAULT_PROMPTS_PATH).open(encoding="utf-8") as fh:
        data = json.load(fh)
    prompts = [PromptScript(p["name"], p["title"], p["text"]) for p in data["prompts"]]
    seen: set[str] = set()
    for prompt in prompts:
        if not _NAME.match(prompt.name) or prompt.name in seen:
            raise ValueError(f"prompt name {prompt.name!r} is not a unique lower-case-slug")
        if not prompt.title.strip():
            raise ValueError(f"prompt {prompt.name!r} has no title")
        try:
            parse_script(prompt.text)
        except ValueError as exc:
            raise ValueError(f"prompt {prompt.name!r}: {exc}") from exc
        seen.add(prompt.name)
    return prompts
