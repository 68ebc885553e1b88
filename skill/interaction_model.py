"""The interaction model: one source file, its certification rules, and the per-locale copies.

``interaction_models/en-US.json`` is the only model anyone edits. Every English locale the
skill ships in gets the same model (AMAZON.* slot types exist in all of them), so a phrase
added once is heard everywhere. The rules below are the ones Amazon's build and
certification apply, checked here so a mistake shows up locally with a fix, not as a
rejected upload.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from skill.content import SUPPORTED_LOCALES

SOURCE_PATH = Path(__file__).resolve().parent.parent / "interaction_models" / "en-US.json"
# The shipped locales are the ones the content serves.
LOCALES = SUPPORTED_LOCALES
REQUIRED_BUILTINS = (
    "AMAZON.CancelIntent",
    "AMAZON.HelpIntent",
    "AMAZON.StopIntent",
    "AMAZON.NavigateHomeIntent",
    "AMAZON.FallbackIntent",
)
MIN_CUSTOM_SAMPLES = 15
# Words that start a skill ("Alexa, ask ..."), so they cannot be part of its name.
LAUNCH_WORDS = frozenset(
    {"ask", "begin", "enable", "launch", "load", "open", "play", "resume", "run", "start", "tell"}
)
# Wake words and device names Amazon reserves.
RESERVED_WORDS = frozenset({"alexa", "amazon", "echo", "computer", "skill", "app"})

SLOT_REF = re.compile(r"\{([^{}]*)\}")
_INVOCATION_CHARS = re.compile(r"[a-z ]+")
# Letters (any script), spaces, apostrophes, hyphens; periods only right after a letter.
_SAMPLE_CHARS = re.compile(r"(?:[^\W\d_]|[ '\-]|(?<=[^\W\d_])\.)+")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the model: where, what, and how to fix it."""

    where: str
    message: str
    fix: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}. Fix: {self.fix}"


def load_model(path: Path | str = SOURCE_PATH) -> dict[str, Any]:
    """The interaction model JSON at ``path`` (the one source by default)."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


def language_model(model: dict[str, Any]) -> dict[str, Any]:
    """The ``languageModel`` object inside a model document."""
    return model["interactionModel"]["languageModel"]


def normalise(text: str) -> str:
    """Text as compared by the simulator and the conflict rule: case, punctuation, spacing.

    Periods vanish ("p.m." -> "pm"), hyphens become spaces ("check-in" -> "check in"),
    apostrophes, digits, clock colons and ``{Slot}`` braces survive.
    """
    text = text.lower().replace("\u2019", "'").replace(".", "")
    text = re.sub(r"(?<!\d):|:(?!\d)", " ", text)
    text = re.sub(r"[^\w':{}]+|_", " ", text)
    return " ".join(text.split())


def locale_models(source: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The model for every shipped locale, each an independent copy of the one source."""
    return {locale: copy.deepcopy(source) for locale in LOCALES}


def validate_model(model: dict[str, Any]) -> list[Problem]:
    """Every rule the model breaks (an empty list means Alexa would accept it)."""
    try:
        lm = language_model(model)
    except (KeyError, TypeError):
        return [
            Problem(
                "interactionModel.languageModel",
                "the model has no languageModel object",
                'shape the file as {"interactionModel": {"languageModel": {...}}}',
            )
        ]
    intents = lm.get("intents") or []
    types = {t.get("name") for t in lm.get("types") or []}
    problems = list(_invocation_problems(lm.get("invocationName")))
    problems += _builtin_problems(intents)
    for intent in intents:
        problems += _intent_problems(intent, types)
    problems += _conflict_problems(intents)
    return problems


def _invocation_problems(name: Any) -> Iterator[Problem]:
    where = "invocationName"
    if not isinstance(name, str) or not _INVOCATION_CHARS.fullmatch(name):
        yield Problem(
            where,
            f"{name!r} must be lower-case letters and spaces only",
            'write it as plain lower-case words, e.g. "calm cradle"',
        )
        return
    words = name.split()
    if len(words) < 2:
        yield Problem(where, f"{name!r} has fewer than two words", "use a two-word or longer name")
    for word in words:
        if word in LAUNCH_WORDS:
            yield Problem(
                where,
                f'{name!r} contains the launch word "{word}"',
                "remove it; Alexa already uses it to start skills",
            )
        if word in RESERVED_WORDS:
            yield Problem(
                where,
                f'{name!r} contains the reserved word "{word}"',
                "remove it; wake words and device names cannot name a skill",
            )


def _builtin_problems(intents: list[dict[str, Any]]) -> Iterator[Problem]:
    present = {i.get("name") for i in intents}
    for name in REQUIRED_BUILTINS:
        if name not in present:
            yield Problem(
                "intents",
                f"required built-in intent {name} is missing",
                f'add {{"name": "{name}", "samples": []}} to the intents',
            )


def _intent_problems(intent: dict[str, Any], types: set[str]) -> Iterator[Problem]:
    name = intent.get("name", "?")
    slots = {s.get("name"): s.get("type") for s in intent.get("slots") or []}
    for slot, slot_type in slots.items():
        if not slot_type or (not slot_type.startswith("AMAZON.") and slot_type not in types):
            yield Problem(
                f"intents[{name}].slots[{slot}]",
                f"slot type {slot_type!r} is not defined",
                f'add a type named "{slot_type}" under languageModel.types, or use an AMAZON type',
            )
    samples = intent.get("samples") or []
    for index, sample in enumerate(samples):
        yield from _sample_problems(f"intents[{name}].samples[{index}]", sample, slots)
    distinct = {normalise(s) for s in samples}
    # An intent of carrier phrases alone (a lead word's question intent is one) has its
    # variety in the free-form slot, not in its samples.
    carrier_only = bool(samples) and all(
        any(slots.get(ref) == "AMAZON.SearchQuery" for ref in SLOT_REF.findall(s)) for s in samples
    )
    if not name.startswith("AMAZON.") and not carrier_only and len(distinct) < MIN_CUSTOM_SAMPLES:
        yield Problem(
            f"intents[{name}].samples",
            f"has {len(distinct)} distinct samples, fewer than {MIN_CUSTOM_SAMPLES}",
            "add more ways a parent might say it, so Alexa recognises the intent reliably",
        )


def _sample_problems(where: str, sample: str, slots: dict[str, str]) -> Iterator[Problem]:
    refs = SLOT_REF.findall(sample)
    literal = SLOT_REF.sub(" ", sample)
    if literal.strip() and not _SAMPLE_CHARS.fullmatch(literal.strip()):
        bad = sorted(set(_SAMPLE_CHARS.sub("", literal.strip())))
        yield Problem(
            where,
            f"{sample!r} contains {''.join(bad)!r}",
            "use only letters, spaces, apostrophes, hyphens and periods in abbreviations; "
            "spell numbers out as words",
        )
    for ref in refs:
        if ref not in slots:
            yield Problem(
                where,
                f"{sample!r} refers to slot {{{ref}}}, which the intent does not declare",
                f'declare a slot named "{ref}" on the intent, or fix the spelling',
            )
    searchqueries = [r for r in refs if slots.get(r) == "AMAZON.SearchQuery"]
    if searchqueries and not literal.strip():
        yield Problem(
            where,
            f"{sample!r} is an AMAZON.SearchQuery slot alone",
            'add a carrier phrase around it, e.g. "tell me about {' + searchqueries[0] + '}"',
        )


def _conflict_problems(intents: list[dict[str, Any]]) -> Iterator[Problem]:
    owner: dict[str, str] = {}
    for intent in intents:
        name = intent.get("name", "?")
        for sample in sorted({normalise(s) for s in intent.get("samples") or []}):
            first = owner.setdefault(sample, name)
            if first != name:
                yield Problem(
                    f"intents[{name}].samples",
                    f'"{sample}" is also a sample of {first}',
                    "keep the utterance in exactly one intent",
                )
