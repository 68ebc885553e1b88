"""Measure question answering against labelled questions.

A labelled row is ``{"q": "...", "topics": [accepted topic ids]}``; a row is right when the
answer's topic is one of its accepted topics. Safety is scored on its own because its
errors cost differently: a missed crisis is never acceptable, a false one only annoying.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from skill import answering, content, lead_words
from skill.safety import CRISIS, MEDICAL, OUT_OF_SCOPE
from skill.text import normalise

# What "good enough to ship" means on questions the ranking was not tuned on.
TARGETS = {
    "top1": 0.90,
    "crisis_recall": 1.0,
    "false_crisis_rate": 0.01,  # an upper bound
    "medical_accuracy": 0.85,
    "out_of_scope_accuracy": 0.85,
    "p99_ms": 5.0,  # an upper bound
}


@dataclass(frozen=True)
class Row:
    """One labelled question."""

    q: str
    topics: tuple[str, ...]


@dataclass(frozen=True)
class Result:
    """How one labelled question was answered, and how long it took."""

    row: Row
    topic: str
    confidence: float
    ms: float

    @property
    def correct(self) -> bool:
        return self.topic in self.row.topics


def load_rows(paths: Iterable[Path | str]) -> list[Row]:
    """Labelled rows from JSON-lines files (blank lines ignored)."""
    rows = []
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                data = json.loads(line)
                rows.append(Row(q=data["q"], topics=tuple(data["topics"])))
    return rows


def _rate(hits: int, total: int) -> float:
    return hits / total if total else 1.0


def _percentile(values: Sequence[float], pct: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    return ordered[min(len(ordered) - 1, math.ceil(pct / 100 * len(ordered)) - 1)]


@dataclass(frozen=True)
class Report:
    """Accuracy, safety and latency over a set of labelled questions."""

    results: tuple[Result, ...]

    def _rows_with(self, label: str) -> list[Result]:
        return [r for r in self.results if label in r.row.topics]

    @property
    def top1(self) -> float:
        return _rate(sum(r.correct for r in self.results), len(self.results))

    @property
    def crisis_recall(self) -> float:
        crisis = self._rows_with(CRISIS)
        return _rate(sum(r.topic == CRISIS for r in crisis), len(crisis))

    @property
    def false_crisis_rate(self) -> float:
        others = [r for r in self.results if CRISIS not in r.row.topics]
        return sum(r.topic == CRISIS for r in others) / len(others) if others else 0.0

    @property
    def medical_accuracy(self) -> float:
        rows = self._rows_with(MEDICAL)
        return _rate(sum(r.correct for r in rows), len(rows))

    @property
    def out_of_scope_accuracy(self) -> float:
        rows = self._rows_with(OUT_OF_SCOPE)
        return _rate(sum(r.correct for r in rows), len(rows))

    @property
    def p50_ms(self) -> float:
        return _percentile([r.ms for r in self.results], 50)

    @property
    def p99_ms(self) -> float:
        return _percentile([r.ms for r in self.results], 99)

    @property
    def misses(self) -> list[Result]:
        return [r for r in self.results if not r.correct]

    def shortfalls(self, include_latency: bool = True) -> list[str]:
        """Each target this report misses, as a sentence (empty when all are met)."""
        out = []
        for name, target in TARGETS.items():
            if name == "p99_ms" and not include_latency:
                continue
            value = getattr(self, name)
            upper_bound = name in ("false_crisis_rate", "p99_ms")
            if (value > target) if upper_bound else (value < target):
                out.append(f"{name} {value:.3f} {'above' if upper_bound else 'below'} {target}")
        return out


def answer_through_model(question: str, locale: str = "en-US") -> answering.Answer:
    """Answer as the skill would after Alexa's NLU: the interaction model picks the intent.

    Uses the local NLU of ``calm-cradle say`` (samples, carrier phrases, fuzzy match), so
    the score includes what the carrier phrases strip from a question. Danger intents
    count as crisis, topic intents as their topic, the health intent as medical, and any
    other intent by its own name (the fallback counts as out-of-scope: it says what Calm
    Cradle can help with).
    """
    from skill.handlers.crisis import CRISIS_INTENTS
    from skill.handlers.guidance import HealthQuestionHandler
    from skill.simulator.conversation import default_nlu

    nlu = default_nlu()
    match = nlu.match(nlu.one_shot(question))
    if match.intent in lead_words.question_intents():
        question = lead_words.question_heard(match.intent, match.slots.get(lead_words.QUERY_SLOT))
        return answering.answer(question or "", locale)
    topics = content.for_locale(locale).topic_by_intent
    if match.intent in topics:
        return answering.answer_topic(topics[match.intent], locale)
    if match.intent in CRISIS_INTENTS:
        return answering.Answer(CRISIS, "", 1.0, end_session=True)
    if match.intent in HealthQuestionHandler.intents:
        return answering.answer_health(locale)
    if match.intent == "AMAZON.FallbackIntent":
        return answering.Answer(OUT_OF_SCOPE, "", 0.0)
    return answering.Answer(str(match.intent or match.request_type), "", 0.0)


def evaluate(
    rows: Iterable[Row],
    locale: str = "en-US",
    answer: Callable[[str, str], answering.Answer] = answering.answer,
) -> Report:
    """Answer every row, timing each question as a warmed-up server would answer it."""
    rows = list(rows)
    for row in rows:  # first pass untimed: reads the models and data, warms caches
        answer(row.q, locale)
    results = []
    for row in rows:
        normalise.cache_clear()  # the warm-up's text is cached; a new question's is not
        start = time.perf_counter()
        got = answer(row.q, locale)
        ms = (time.perf_counter() - start) * 1000
        results.append(Result(row=row, topic=got.topic, confidence=got.confidence, ms=ms))
    return Report(results=tuple(results))


def format_report(report: Report) -> str:
    """A short human-readable summary followed by every miss."""
    n_crisis = len(report._rows_with(CRISIS))
    n_medical = len(report._rows_with(MEDICAL))
    n_oos = len(report._rows_with(OUT_OF_SCOPE))
    lines = [
        f"questions           {len(report.results)}",
        f"top-1 accuracy      {report.top1:.1%}",
        f"crisis recall       {report.crisis_recall:.1%}  ({n_crisis} crisis rows)",
        f"false-crisis rate   {report.false_crisis_rate:.1%}",
        f"medical accuracy    {report.medical_accuracy:.1%}  ({n_medical} rows)",
        f"out-of-scope acc.   {report.out_of_scope_accuracy:.1%}  ({n_oos} rows)",
        f"latency p50 / p99   {report.p50_ms:.3f} ms / {report.p99_ms:.3f} ms",
    ]
    misses = report.misses
    lines.append(f"misses              {len(misses)}")
    lines += [
        f"  {r.row.q!r}: got {r.topic} ({r.confidence:.2f}), want {' or '.join(r.row.topics)}"
        for r in misses
    ]
    shortfalls = report.shortfalls()
    lines.append("targets             " + ("all met" if not shortfalls else "; ".join(shortfalls)))
    return "\n".join(lines)
