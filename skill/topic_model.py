"""A small learned ranking of a question over the guidance topics, medical and out-of-scope.

Parents ask the same thing in endless ways, and a word-overlap ranking (BM25 over each
topic's samples, which this replaced) lands only as well as its synonym lists reach:
leaving each blind question set (D to J) out of training in turn, it placed 88% of them,
this model 95% (see ``skill.cli.train``). It is a softmax regression over concept words
(``skill.text.terms``), their adjacent pairs and five-letter pieces of the plain text, fitted
to every topic's samples, the out-of-scope examples and every labelled question we have.
Safety triage always runs before it (``skill.answering``); it never decides a crisis.
Weights live in ``skill/content/topic_model.json``.
"""

from __future__ import annotations

import json
import math
import random
from array import array
from collections.abc import Collection, Iterable, Mapping
from functools import cache
from pathlib import Path

from skill.content import CONTENT_DIR
from skill.text import letter_pieces, normalise, terms

MODEL_PATH = CONTENT_DIR / "topic_model.json"

# Small steps over many epochs: leaving each blind set (C to R) out in turn, 96.7% of their
# non-crisis questions placed, against 96.0% with 10 epochs at 0.3; and near ties such as
# "her crying makes me furious" (triggers, not self-care) land where the labelled rows say.
_EPOCHS = 30
_LEARNING_RATE = 0.05
_SEED = 0
_SETTLED = 1e-4  # a class whose chance is already this close to its target is not updated
_KEEP = 0.05  # smaller weights barely move a score; dropping them keeps the file small


def features(question: str) -> set[str]:
    """Concept words, adjacent concept pairs and five-letter pieces of ``question``."""
    words = terms(question)
    found = set(words)
    found.update(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))
    found.update(letter_pieces(normalise(question)))
    return found


def _softmax(scores: list[float]) -> list[float]:
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


class TopicModel:
    """Weights of a softmax regression: how likely a question is about each label.

    Each feature's non-zero weights are packed into two flat arrays (label index, weight),
    found through one integer per feature: read as a dict of small tuples the model took
    26 MiB per worker, packed it takes about 8.
    """

    __slots__ = ("labels", "bias", "_where", "_label_of", "_weight_of")

    def __init__(
        self,
        labels: tuple[str, ...],
        bias: tuple[float, ...],
        weights: Iterable[tuple[str, Iterable[tuple[int, float]]]],
    ) -> None:
        self.labels = labels
        self.bias = bias
        self._where: dict[str, int] = {}  # feature -> start << 8 | count
        self._label_of = array("B")
        self._weight_of = array("d")
        for feature, pairs in weights:
            start = len(self._label_of)
            for label, weight in pairs:
                self._label_of.append(label)
                self._weight_of.append(weight)
            if count := len(self._label_of) - start:
                self._where[feature] = start << 8 | count

    def _span(self, feature: str) -> range:
        """Where ``feature``'s weights sit in the flat arrays; empty for an unknown feature."""
        where = self._where.get(feature, 0)
        start = where >> 8
        return range(start, start + (where & 0xFF))

    def weights(self, feature: str) -> list[tuple[int, float]]:
        """(label index, weight) for every label ``feature`` moves; [] for an unknown one."""
        return [(self._label_of[i], self._weight_of[i]) for i in self._span(feature)]

    def chances_given(self, question: str, ruled_out: Collection[str] = ()) -> dict[str, float]:
        """Every label's chance for ``question`` given that it is none of ``ruled_out``."""
        chances = {k: v for k, v in self.chances(question).items() if k not in ruled_out}
        total = sum(chances.values())
        return {k: v / total for k, v in chances.items()}

    def chances(self, question: str) -> dict[str, float]:
        """Every label's chance for ``question``; they sum to 1."""
        scores = list(self.bias)
        label_of, weight_of = self._label_of, self._weight_of
        for feature in features(question):
            for i in self._span(feature):
                scores[label_of[i]] += weight_of[i]
        return dict(zip(self.labels, _softmax(scores), strict=True))

    def to_json(self) -> str:
        """The model as columns: each feature, how many weights it has, then all the weights'
        labels and values in the same order (a mapping of small lists took 30 MiB to read)."""
        features = sorted(self._where)
        rows = [self.weights(f) for f in features]
        return json.dumps(
            {
                "_comment": "Written by `calm-cradle train`; do not edit by hand.",
                "labels": list(self.labels),
                "bias": list(self.bias),
                "features": features,
                "counts": [len(row) for row in rows],
                "label_of": [label for row in rows for label, _ in row],
                "weight_of": [weight for row in rows for _, weight in row],
            },
            separators=(",", ":"),
            ensure_ascii=False,
        ) + "\n"


def train(examples: Iterable[tuple[str, Mapping[str, float]]]) -> TopicModel:
    """Fit the model to (question, {label: share}) pairs; the same data gives the same file.

    A question with two accepted topics counts half towards each. Plain stochastic gradient
    descent with a fixed shuffle; classes already settled for an example are skipped, which
    keeps training in pure Python to a few seconds.
    """
    rows = [(sorted(features(q)), dict(targets)) for q, targets in examples]
    labels = tuple(sorted({label for _, targets in rows for label in targets}))
    index = {label: i for i, label in enumerate(labels)}
    vocab: dict[str, list[float]] = {}
    data = []
    for feats, targets in sorted(rows, key=lambda row: (row[0], sorted(row[1].items()))):
        wanted = [0.0] * len(labels)
        for label, share in targets.items():
            wanted[index[label]] = share
        data.append(([vocab.setdefault(f, [0.0] * len(labels)) for f in feats], wanted))
    bias = [0.0] * len(labels)
    order = random.Random(_SEED)
    for _ in range(_EPOCHS):
        order.shuffle(data)
        for rows_of_weights, wanted in data:
            columns = zip(*rows_of_weights, strict=True)
            sums = [sum(column) for column in columns] or [0.0] * len(labels)
            scores = [b + s for b, s in zip(bias, sums, strict=True)]
            steps = [
                (c, _LEARNING_RATE * (chance - want))
                for c, (chance, want) in enumerate(zip(_softmax(scores), wanted, strict=True))
                if abs(chance - want) > _SETTLED
            ]
            for row in rows_of_weights:
                for c, step in steps:
                    row[c] -= step
            for c, step in steps:
                bias[c] -= step
    kept = {
        f: tuple((c, round(w, 4)) for c, w in enumerate(row) if abs(w) >= _KEEP)
        for f, row in vocab.items()
    }
    return TopicModel(
        labels=labels,
        bias=tuple(round(b, 4) for b in bias),
        weights=kept.items(),
    )


def read(path: Path = MODEL_PATH) -> TopicModel:
    """The model stored at ``path``."""
    data = json.loads(path.read_text(encoding="utf-8"))
    pairs = zip(data["label_of"], data["weight_of"], strict=True)
    return TopicModel(
        labels=tuple(data["labels"]),
        bias=tuple(data["bias"]),
        weights=(
            (feature, [next(pairs) for _ in range(count)])
            for feature, count in zip(data["features"], data["counts"], strict=True)
        ),
    )


@cache
def shipped() -> TopicModel:
    """The committed model, read once per process."""
    return read()
