"""Typed words -> the intent and slots Alexa would send, from the interaction model alone.

This is a stand-in for Alexa's speech understanding when there is no Echo: it knows only
what the model declares (so a phrase missing from the model fails here too), in the order
Alexa favours: an exact sample, then a sample with slots, then the closest sample by shared
words, else AMAZON.FallbackIntent.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from skill.interaction_model import LAUNCH_WORDS, SLOT_REF, language_model, normalise
from skill.text import expand_contraction

FALLBACK = "AMAZON.FallbackIntent"
# Below this weighted share of words in common, a guess is worse than the fallback.
FUZZY_THRESHOLD = 0.5
# Words Alexa allows between the skill name and the request ("ask calm cradle *about* ...").
CONNECTING_WORDS = frozenset(
    {"about", "and", "by", "for", "from", "if", "in", "that", "to", "using", "whether", "with"}
)
# What Alexa itself understands for built-ins a model declares with few or no samples.
BUILTIN_SAMPLES: dict[str, tuple[str, ...]] = {
    "AMAZON.CancelIntent": ("cancel", "never mind", "forget it", "cancel that"),
    "AMAZON.StopIntent": ("stop", "off", "shut up", "be quiet", "stop it", "quiet", "goodbye"),
    "AMAZON.HelpIntent": ("help", "help me", "what can i say", "what can you do", "options"),
    "AMAZON.YesIntent": ("yes", "yeah", "yep", "yes please", "sure", "ok", "okay", "please do"),
    "AMAZON.NoIntent": ("no", "nope", "no thanks", "no thank you", "not now", "nah"),
    "AMAZON.RepeatIntent": ("repeat", "repeat that", "say that again", "pardon", "come again"),
    "AMAZON.NextIntent": ("next", "skip", "next one", "skip that"),
    "AMAZON.PreviousIntent": ("previous", "go back", "back"),
    "AMAZON.StartOverIntent": ("start over", "restart", "start again"),
    "AMAZON.PauseIntent": ("pause", "pause that"),
    "AMAZON.ResumeIntent": ("resume", "continue", "keep going"),
    "AMAZON.NavigateHomeIntent": ("go home", "home"),
}


@dataclass(frozen=True)
class Match:
    """What Alexa would send for one utterance."""

    request_type: str  # "LaunchRequest" or "IntentRequest"
    intent: str | None = None
    slots: dict[str, str | None] = field(default_factory=dict)
    invoked: bool = False  # the words named the skill, so Alexa would open a new session
    how: str = "launch"  # launch | exact | pattern | fuzzy | fallback

    @property
    def label(self) -> str:
        """The intent name, or the request type when there is no intent (a launch)."""
        return self.intent or self.request_type

    @property
    def filled_slots(self) -> dict[str, str]:
        """Only the slots that caught a value."""
        return {k: v for k, v in self.slots.items() if v is not None}


@dataclass(frozen=True)
class _Pattern:
    intent: str
    regex: re.Pattern[str]
    groups: tuple[tuple[str, str], ...]  # (group name, slot name)
    literal_words: int


class NLU:
    """The samples of one interaction model, indexed once for matching typed utterances."""

    def __init__(self, model: dict[str, Any]) -> None:
        lm = language_model(model)
        self._slot_types: dict[str, dict[str, str]] = {}
        self._type_values = {t["name"]: _type_values(t) for t in lm.get("types") or []}
        self._exact: dict[str, str] = {}
        patterns: list[_Pattern] = []
        documents: list[tuple[str, frozenset[str]]] = []
        for intent in lm.get("intents") or []:
            name = intent["name"]
            self._slot_types[name] = {s["name"]: s["type"] for s in intent.get("slots") or []}
            samples = list(intent.get("samples") or []) + list(BUILTIN_SAMPLES.get(name, ()))
            for sample in samples:
                if SLOT_REF.search(sample):
                    patterns.append(_compile(name, sample))
                    continue
                text = _canonical(sample)
                if not text:
                    continue
                self._exact.setdefault(text, name)
                documents.append((name, frozenset(text.split())))
        self._patterns = sorted(patterns, key=lambda p: -p.literal_words)
        self._documents = documents
        df = Counter(word for _, words in documents for word in words)
        self._idf = {w: math.log(1 + len(documents) / n) for w, n in df.items()}
        # A word no sample uses is as telling as the rarest one: "order more nappies" is not
        # "more" with two words of noise.
        self._unknown_idf = max(self._idf.values(), default=1.0)
        self._invocations = _invocation_regexes(normalise(lm["invocationName"]))

    def match(self, utterance: str) -> Match:
        """The request Alexa would send for ``utterance``, said to the skill."""
        text = without_wake_word(_canonical(utterance))
        launch, _, _ = self._invocations
        if launch.fullmatch(text):
            return Match("LaunchRequest", invoked=True)
        invoked = self._invoked(text)
        candidates = _with_and_without_connector(invoked["rest"]) if invoked else [text]
        return self._understand(candidates, invoked=bool(invoked))

    def one_shot(self, question: str) -> str:
        """What a parent says to ask the skill ``question`` in one breath: as it is if it
        already names the skill, otherwise after "ask calm cradle" (the wake word dropped)."""
        text = without_wake_word(_canonical(question))
        if self._invocations[0].fullmatch(text) or self._invoked(text):
            return question
        return f"ask calm cradle {without_wake_word(question)}"

    def _invoked(self, text: str) -> re.Match[str] | None:
        """The one-shot invocation in canonical ``text`` ("ask calm cradle ..."), if any."""
        _, one_shot, suffix = self._invocations
        return one_shot.fullmatch(text) or suffix.fullmatch(text)

    def _understand(self, candidates: list[str], invoked: bool) -> Match:
        for text in candidates:
            if text in self._exact:
                return self._intent(self._exact[text], {}, invoked, "exact")
        for text in candidates:
            for pattern in self._patterns:
                slots = self._slot_values(pattern, text)
                if slots is not None:
                    return self._intent(pattern.intent, slots, invoked, "pattern")
        score, closest = max((self._closest(text) for text in candidates), default=(0.0, None))
        if closest and score >= FUZZY_THRESHOLD:
            return self._intent(closest, {}, invoked, "fuzzy")
        return self._intent(FALLBACK, {}, invoked, "fallback")

    def _intent(self, name: str, slots: dict[str, str], invoked: bool, how: str) -> Match:
        declared = {slot: slots.get(slot) for slot in self._slot_types.get(name, {})}
        return Match("IntentRequest", name, declared, invoked, how)

    def _slot_values(self, pattern: _Pattern, text: str) -> dict[str, str] | None:
        found = pattern.regex.fullmatch(text)
        if not found:
            return None
        values = {}
        for group, slot in pattern.groups:
            value = _slot_value(
                self._slot_types[pattern.intent].get(slot, ""), found[group], self._type_values
            )
            if value is None:
                return None
            values[slot] = value
        return values

    def _closest(self, text: str) -> tuple[float, str | None]:
        """(similarity, intent) of the sample sharing the most words with ``text``.

        Similarity is shared words over all words of both, each word weighted by how rare
        it is among the samples, so "baby" counts for less than "spoil".
        """
        said = frozenset(text.split())

        def weight(words: frozenset[str]) -> float:
            return sum(self._idf.get(w, self._unknown_idf) for w in words)

        return max(
            (
                (weight(said & words) / weight(said | words), name)
                for name, words in self._documents
            ),
            default=(0.0, None),
        )


def without_wake_word(utterance: str) -> str:
    """What the skill can hear: the device keeps the wake word ("alexa, ...") to itself."""
    return re.sub(r"^\s*alexa\b[\s,.!]*", "", utterance, flags=re.IGNORECASE)


def _canonical(text: str) -> str:
    """Normalised text with contractions spelled out, for matching only: "I am doing a night
    feed" is the sample "i'm doing a night feed", and "im" sounds the same as "i'm"."""
    return " ".join(expand_contraction(word) for word in normalise(text).split())


def _compile(intent: str, sample: str) -> _Pattern:
    pieces = SLOT_REF.split(sample)  # literal, slot, literal, slot, ..., literal
    parts: list[str] = []
    groups: list[tuple[str, str]] = []
    literal_words = 0
    for index, piece in enumerate(pieces):
        if index % 2:
            group = f"s{len(groups)}"
            groups.append((group, piece))
            parts.append(f"(?P<{group}>.+?)")
        elif words := _canonical(piece):
            literal_words += len(words.split())
            parts.append(re.escape(words))
    return _Pattern(intent, re.compile(" ".join(parts)), tuple(groups), literal_words)


def _type_values(slot_type: dict[str, Any]) -> dict[str, str]:
    """Every way to say each value of a custom slot type -> what Alexa reports as said."""
    spoken: dict[str, str] = {}
    for value in slot_type.get("values") or []:
        name = value.get("name", {})
        for word in [name.get("value", ""), *name.get("synonyms", [])]:
            spoken[_canonical(word)] = normalise(word)
    return spoken


def _slot_value(slot_type: str, said: str, type_values: dict[str, dict[str, str]]) -> str | None:
    """The slot value Alexa would report, or None when the words cannot fill this slot."""
    if slot_type == "AMAZON.TIME":
        return parse_time(said)
    if slot_type in type_values:
        return type_values[slot_type].get(said)
    return said


def _invocation_regexes(name: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Launch ("open calm cradle"), one-shot ("ask calm cradle ..."), suffix ("... using ...")."""
    starts = "|".join(sorted(LAUNCH_WORDS | {"talk to", "use"}))
    skill = re.escape(name)
    launch = re.compile(rf"(?:(?:{starts}) )?{skill}")
    one_shot = re.compile(rf"(?:{starts}) {skill}(?: and)? (?P<rest>.+)")
    suffix = re.compile(rf"(?P<rest>.+) (?:using|with|from|on) {skill}")
    return launch, one_shot, suffix


def _with_and_without_connector(rest: str) -> list[str]:
    first, _, remainder = rest.partition(" ")
    return [rest, remainder] if first in CONNECTING_WORDS and remainder else [rest]


# --- AMAZON.TIME ---------------------------------------------------------------------------

_UNIT_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
)
_UNITS = {word: n for n, word in enumerate(_UNIT_WORDS.split())}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_PARTS_OF_DAY = {
    ("morning",): "MO",
    ("this", "morning"): "MO",
    ("afternoon",): "AF",
    ("this", "afternoon"): "AF",
    ("evening",): "EV",
    ("this", "evening"): "EV",
    ("tonight",): "EV",
    ("night",): "NI",
    ("at", "night"): "NI",
}
_NAMED_TIMES = {("noon",): "12:00", ("midday",): "12:00", ("midnight",): "00:00"}
_MERIDIEMS = {
    ("am",): "am",
    ("in", "the", "morning"): "am",
    ("this", "morning"): "am",
    ("pm",): "pm",
    ("in", "the", "afternoon"): "pm",
    ("this", "afternoon"): "pm",
    ("in", "the", "evening"): "pm",
    ("this", "evening"): "pm",
    ("tonight",): "pm",
    ("at", "night"): "night",
}


def parse_time(text: str) -> str | None:
    """A spoken time as Alexa's AMAZON.TIME reports it ("eight pm" -> "20:00"), else None.

    Times without am/pm keep the hour as said ("seven thirty" -> "07:30"); a bare part of
    the day becomes Alexa's code for it ("tonight" -> "EV").
    """
    words = tuple(normalise(re.sub(r"(\d)([a-z])", r"\1 \2", text.lower())).split())
    if words[:1] in (("at",), ("around",)):
        words = words[1:]
    if words in _PARTS_OF_DAY:
        return _PARTS_OF_DAY[words]
    if words in _NAMED_TIMES:
        return _NAMED_TIMES[words]
    clock = _clock(list(words))
    if clock is None:
        return None
    hour, minute, rest = clock
    if rest and rest[-1] == "o'clock":
        rest = rest[:-1]
    meridiem = _MERIDIEMS.get(tuple(rest)) if rest else None
    if (rest and meridiem is None) or minute > 59 or hour > (12 if meridiem else 23):
        return None
    return f"{_to_24_hour(hour, meridiem):02d}:{minute:02d}"


def _to_24_hour(hour: int, meridiem: str | None) -> int:
    if meridiem == "am":
        return hour % 12
    if meridiem == "pm":
        return hour % 12 + 12
    if meridiem == "night":  # "eleven at night" is 23:00, "two at night" is 02:00
        return hour % 12 + (12 if hour >= 5 and hour != 12 else 0)
    return hour


def _clock(words: list[str]) -> tuple[int, int, list[str]] | None:
    """(hour, minute, words left over) from the start of ``words``."""
    if not words:
        return None
    digits = re.fullmatch(r"(\d{1,2}):(\d{2})", words[0])
    if digits:
        return int(digits[1]), int(digits[2]), words[1:]
    relative = _relative(words)
    if relative:
        return relative
    hour = _number(words, 0)
    if hour is None:
        return None
    hour_value, at = hour
    if words[at : at + 1] in (["oh"], ["o"]):
        minute = _number(words, at + 1)
        if minute is None or minute[0] > 9:
            return None
        return hour_value, minute[0], words[minute[1] :]
    minute = _number(words, at)
    if minute is not None:
        return hour_value, minute[0], words[minute[1] :]
    return hour_value, 0, words[at:]


def _relative(words: list[str]) -> tuple[int, int, list[str]] | None:
    """ "half past eight", "quarter to nine", "ten past seven"."""
    if words[0] == "half":
        minutes: tuple[int, int] | None = (30, 1)
    elif words[0] == "quarter":
        minutes = (15, 1)
    else:
        minutes = _number(words, 0)
    if minutes is None or minutes[1] >= len(words):
        return None
    direction = words[minutes[1]]
    if direction not in ("past", "after", "to"):
        return None
    hour = _number(words, minutes[1] + 1)
    if hour is None or minutes[0] > 59:
        return None
    if direction == "to":
        return (hour[0] - 1) % 24, 60 - minutes[0], words[hour[1] :]
    return hour[0], minutes[0], words[hour[1] :]


def _number(words: list[str], at: int) -> tuple[int, int] | None:
    """(value, index after it) for a number written in digits or words at ``words[at]``."""
    if at >= len(words):
        return None
    word = words[at]
    if word.isdigit() and len(word) <= 2:
        return int(word), at + 1
    if word in _TENS:
        unit = words[at + 1] if at + 1 < len(words) else ""
        if unit in _UNITS and 1 <= _UNITS[unit] <= 9:
            return _TENS[word] + _UNITS[unit], at + 2
        return _TENS[word], at + 1
    if word in _UNITS:
        return _UNITS[word], at + 1
    return None
