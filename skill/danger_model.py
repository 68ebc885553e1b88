"""A small learned check for danger, behind the hand-written triage rules.

The rules in ``skill.safety`` catch what they name, but frightened parents describe danger in
ways no list foresees. This logistic regression over words, word pairs and five-letter
pieces of text is trained on every labelled question we have and on the interaction model's
samples (``calm-cradle train``). Triage asks it when no rule matched or the rules took the
question for a health question, and lets it overrule only that (``skill.safety``).
Weights live in ``skill/content/danger_model.json``.
"""

from __future__ import annotations

import json
import math
import random
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from skill.content import CONTENT_DIR
from skill.text import letter_pieces

MODEL_PATH = CONTENT_DIR / "danger_model.json"

_EPOCHS = 30
_LEARNING_RATE = 0.3
# Chosen by leaving each blind set (Y to AD) out in turn: every crisis caught at 3e-3, 1e-2 and
# 3e-2 (threshold 0.7), false alarms 5, 2 and 2 in 960; at 3e-2 three crises fell below 0.8.
_L2 = 1e-2
_SEED = 0
_KEEP = 0.02  # smaller weights barely move a score; dropping them keeps the file small


def _chance(score: float) -> float:
    """The logistic function, clamped so a very long question cannot overflow ``exp``."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def features(text: str) -> set[str]:
    """Words, adjacent word pairs and five-letter pieces of already normalised ``text``."""
    words = text.split()
    found = set(words)
    found.update(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))
    found.update(letter_pieces(" ".join(words)))
    return found


@dataclass(frozen=True)
class DangerModel:
    """Weights of a logistic regression: the chance that a question describes danger."""

    bias: float
    weights: dict[str, float]

    def probability(self, text: str) -> float:
        """How likely normalised ``text`` is an emergency or a thought of harm (0..1)."""
        return _chance(self.bias + sum(self.weights.get(f, 0.0) for f in features(text)))

    def to_json(self) -> str:
        return json.dumps(
            {
                "_comment": "Written by `calm-cradle train`; do not edit by hand.",
                "bias": self.bias,
                "weights": dict(sorted(self.weights.items())),
            },
            indent=0,
            ensure_ascii=False,
        ) + "\n"


def train(examples: Iterable[tuple[str, bool]]) -> DangerModel:
    """Fit the model to (normalised text, is danger) pairs; the same data gives the same file.

    Plain stochastic gradient descent with a fixed shuffle, each class weighted by how rare
    it is, so the few danger examples count as much as the many others. The weights kept are
    the average over the epochs' ends: a few more labelled rows then move a borderline score
    a little, not across the threshold and back.
    """
    data = sorted((sorted(features(text)), bool(label)) for text, label in examples)
    positives = sum(label for _, label in data)
    if not positives or positives == len(data):
        raise ValueError("training needs examples of danger and of everything else")
    negatives = len(data) - positives
    class_weight = {True: len(data) / (2 * positives), False: len(data) / (2 * negatives)}
    weights: Counter[str] = Counter()
    bias = 0.0
    summed: Counter[str] = Counter()
    summed_bias = 0.0
    order = random.Random(_SEED)
    for _ in range(_EPOCHS):
        order.shuffle(data)
        for feats, label in data:
            chance = _chance(bias + sum(weights[f] for f in feats))
            step = _LEARNING_RATE * (chance - label) * class_weight[label]
            for f in feats:
                weights[f] -= step + _LEARNING_RATE * _L2 * weights[f]
            bias -= step
        summed.update(weights)
        summed_bias += bias
    kept = {f: round(w / _EPOCHS, 4) for f, w in summed.items() if abs(w / _EPOCHS) >= _KEEP}
    return DangerModel(bias=round(summed_bias / _EPOCHS, 4), weights=kept)


def read(path: Path = MODEL_PATH) -> DangerModel:
    """The model stored at ``path``."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return DangerModel(bias=float(data["bias"]), weights=dict(data["weights"]))


@cache
def shipped() -> DangerModel:
    """The committed model, read once per process."""
    return read()
