"""What Calm Cradle says, loaded from data files once per process.

Spoken lines live in ``<locale>/dialog/<name>.dialog`` (one variant per line, OpenVoiceOS
style) and the guidance catalog in ``<locale>/guidance.json``. Code only picks a variant.
Other English locales share the en-US words; only safety resources differ per locale.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

CONTENT_DIR = Path(__file__).parent
DEFAULT_LOCALE = "en-US"
SUPPORTED_LOCALES = ("en-US", "en-GB", "en-CA", "en-AU", "en-IN")


@dataclass(frozen=True)
class Topic:
    """One guidance topic: short spoken answers, a longer follow-up and where it comes from."""

    id: str
    intent: str
    title: str
    section: str
    answers: tuple[str, ...]
    more: str
    samples: tuple[str, ...]


@dataclass(frozen=True)
class LocaleContent:
    """Every spoken string for one locale, read from disk once."""

    locale: str
    dialogs: dict[str, tuple[str, ...]]
    guidance: dict[str, Topic]
    source: dict[str, str]

    @cached_property
    def topic_by_intent(self) -> dict[str, str]:
        """Interaction-model intent name -> topic id, built once per locale."""
        return {topic.intent: topic.id for topic in self.guidance.values()}

    def variants(self, name: str) -> tuple[str, ...]:
        """All wordings of one line of dialog."""
        return self.dialogs[name]

    def say(
        self,
        name: str,
        rng: random.Random | None = None,
        avoid: str | None = None,
        **fmt: object,
    ) -> str:
        """Pick one wording of a dialog line, preferring one that differs from ``avoid``."""
        options = [v for v in self.dialogs[name] if v != avoid] or list(self.dialogs[name])
        return (rng or random).choice(options).format(**fmt)


def content_locale(locale: str | None) -> str:
    """The content folder that serves a request locale (all English locales share en-US)."""
    return locale if locale in SUPPORTED_LOCALES and _has_own_folder(locale) else DEFAULT_LOCALE


@cache
def _has_own_folder(locale: str) -> bool:
    """Asked once per supported locale: content is read once per process, so is its layout."""
    return (CONTENT_DIR / locale / "guidance.json").exists()


def _read_dialogs(folder: Path) -> dict[str, tuple[str, ...]]:
    dialogs = {}
    for path in sorted(folder.glob("*.dialog")):
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
        dialogs[path.stem] = tuple(ln for ln in lines if ln and not ln.startswith("#"))
    return dialogs


def _read_guidance(path: Path) -> tuple[dict[str, Topic], dict[str, str]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    topics = {
        t["id"]: Topic(
            id=t["id"],
            intent=t["intent"],
            title=t["title"],
            section=t["section"],
            answers=tuple(t["answers"]),
            more=t["more"],
            samples=tuple(t.get("samples", ())),
        )
        for t in data["topics"]
    }
    return topics, data.get("source", {})


def for_locale(locale: str | None = DEFAULT_LOCALE) -> LocaleContent:
    """The content for a request locale, read once per process."""
    return _load(content_locale(locale))


@cache
def _load(folder_name: str) -> LocaleContent:
    """Keyed by content folder, so odd request locales cannot grow the cache."""
    folder = CONTENT_DIR / folder_name
    guidance, source = _read_guidance(folder / "guidance.json")
    return LocaleContent(
        locale=folder.name,
        dialogs=_read_dialogs(folder / "dialog"),
        guidance=guidance,
        source=source,
    )
