"""A parent's free-form question -> one short, safe answer.

Order matters: safety triage first (a crisis must never be answered with a tip), then the
question is ranked against every guidance topic, and a low-confidence match becomes an
honest "here is what I can help with" rather than a wrong answer.

Ranking is BM25 over one document per topic (its interaction-model samples at full weight,
its title and spoken text lighter), plus a bonus for the single most similar sample, over
stemmed words and word pairs. ``skill.text.terms`` first folds contractions, synonyms and a
few phrase patterns into shared concepts, so a question worded differently still lands.
Examples of requests Calm Cradle does not cover form one more document: when it wins, or
when the best topic explains too little of the question, the answer is out-of-scope. The
index is built once per process and locale.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from skill import content, safety
from skill.text import terms

# Below this share of the question's meaning matched by the best topic, say what Calm Cradle
# covers instead of guessing.
MIN_CONFIDENCE = 0.5

_K1 = 1.2
_B = 0.4
_SAMPLE_BONUS = 6.0  # the closest sample's cosine similarity (0..1) is worth this much score
_TEXT_WEIGHT = 0.35  # title, answers and follow-up: vocabulary, but not how parents ask
_PAIR_WEIGHT = 0.8  # a matching word pair is strong evidence on top of its two words
# How much a word no topic knows counts against coverage: about a middling word's idf, so
# one unexpected word ("hitting", "bedtime") does not sink an otherwise clear match.
_UNKNOWN_IDF = 1.5
_MIN_SHARE = 0.01  # sample-similarity shares below this are dropped from the index for speed
_SCORE_SCALE = 3.0  # a BM25 score of about this size is a fair match
_COVERAGE_SHARE = 0.6  # how much of the confidence depends on explaining every word


def _features(words: list[str]) -> Counter[str]:
    """Words plus adjacent word pairs ("secur base", "empty cup")."""
    feats = Counter(words)
    feats.update(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))
    return feats


@dataclass(frozen=True)
class Answer:
    """What Calm Cradle says to one question, and why."""

    topic: str  # a guidance topic id, or safety.CRISIS / MEDICAL / OUT_OF_SCOPE
    speech: str  # plain text; skill.speech turns it into SSML
    confidence: float  # 0..1: how sure the triage or the ranking is of ``topic``
    end_session: bool = False  # a crisis answer closes the conversation
    more: str | None = None  # the topic's tell-me-more follow-up, for guidance topics


class _Index:
    """Ranking statistics: one BM25 document per topic, plus each sample on its own.

    The topic document says which topic's vocabulary the question uses; the closest single
    sample says whether the question is *asked like* that topic's questions, which settles
    near ties such as "why does my baby cry" (crying) against "why does crying make me
    angry" (triggers).
    """

    def __init__(self, samples: dict[str, list[str]], texts: dict[str, list[str]]) -> None:
        sample_features = {
            topic: [_features(terms(s)) for s in strings] for topic, strings in samples.items()
        }
        self.docs: dict[str, Counter[str]] = {}
        for topic, features in sample_features.items():
            doc: Counter[str] = Counter()
            for feats in features:
                doc.update(feats)
            for text in texts.get(topic, ()):
                for term, count in _features(terms(text)).items():
                    doc[term] += _TEXT_WEIGHT * count
            self.docs[topic] = doc
        n = len(self.docs)
        df = Counter(term for doc in self.docs.values() for term in doc)
        self.idf = {t: math.log(1 + (n - d + 0.5) / (d + 0.5)) for t, d in df.items()}
        self.length = {topic: sum(doc.values()) for topic, doc in self.docs.items()}
        self.avg_length = sum(self.length.values()) / n
        # Precomputed per term, so a question costs one pass over its own terms:
        # its BM25 share in each topic, and its share of each sample's cosine similarity.
        self.topic_postings: dict[str, list[tuple[str, float]]] = {}
        for topic, doc in self.docs.items():
            norm = _K1 * (1 - _B + _B * self.length[topic] / self.avg_length)
            for term, tf in doc.items():
                share = self._weight(term) * tf * (_K1 + 1) / (tf + norm)
                self.topic_postings.setdefault(term, []).append((topic, share))
        self.sample_postings: dict[str, list[tuple[tuple[str, int], float]]] = {}
        for topic, features in sample_features.items():
            for i, feats in enumerate(features):
                size = math.sqrt(self._mass(feats)) or 1.0
                for term in feats:
                    share = self._weight(term) ** 2 / size
                    if share >= _MIN_SHARE:  # "baby" is in most samples and decides nothing
                        self.sample_postings.setdefault(term, []).append(((topic, i), share))

    def _weight(self, term: str) -> float:
        idf = self.idf.get(term, _UNKNOWN_IDF)
        return idf * _PAIR_WEIGHT if " " in term else idf

    def _mass(self, features: Iterable[str]) -> float:
        return sum(self._weight(t) ** 2 for t in features)

    def scores(self, query: Counter[str]) -> dict[str, float]:
        """BM25 of each topic document plus a bonus for its most similar sample."""
        out = dict.fromkeys(self.docs, 0.0)
        dots: dict[tuple[str, int], float] = {}
        for term in query:
            for topic, share in self.topic_postings.get(term, ()):
                out[topic] += share
            for key, share in self.sample_postings.get(term, ()):
                dots[key] = dots.get(key, 0.0) + share
        query_norm = math.sqrt(self._mass(query)) or 1.0
        closest: dict[str, float] = {}
        for (topic, _), dot in dots.items():
            if dot > closest.get(topic, 0.0):
                closest[topic] = dot
        for topic, dot in closest.items():
            out[topic] += _SAMPLE_BONUS * dot / query_norm
        return out

    def coverage(self, words: Iterable[str], topic: str) -> float:
        """The share of the question's informative words that the topic knows."""
        total = matched = 0.0
        for word in set(words):
            idf = self.idf.get(word, _UNKNOWN_IDF)
            total += idf
            if word in self.docs[topic]:
                matched += idf
        return matched / total if total else 0.0


@cache
def _index(content_locale: str) -> _Index:
    guidance = content.for_locale(content_locale).guidance
    samples = {topic_id: list(topic.samples) for topic_id, topic in guidance.items()}
    samples[safety.OUT_OF_SCOPE] = safety.out_of_scope_examples()
    texts = {
        topic_id: [topic.title, *topic.answers, topic.more] for topic_id, topic in guidance.items()
    }
    return _Index(samples, texts)


def index_for(locale: str) -> _Index:
    """The ranking index for ``locale``, built on first use and kept for the process."""
    return _index(content.content_locale(locale))


def rank(question: str, locale: str = "en-US") -> list[tuple[str, float]]:
    """Every topic (and out-of-scope) with its confidence for ``question``, best first.

    No safety triage here: this is the ranking alone, for ``answer`` and for evaluation.
    """
    index, words, scores = _scored(question, locale)
    ordered = sorted(scores, key=scores.__getitem__, reverse=True)
    return [(topic, _confidence(scores[topic], index.coverage(words, topic))) for topic in ordered]


def _best(question: str, locale: str) -> tuple[str, float]:
    """``rank(question, locale)[0]``, without weighing the topics that lost."""
    index, words, scores = _scored(question, locale)
    topic = max(scores, key=scores.__getitem__)
    return topic, _confidence(scores[topic], index.coverage(words, topic))


def _scored(question: str, locale: str) -> tuple[_Index, list[str], dict[str, float]]:
    index = index_for(locale)
    words = terms(question)
    return index, words, index.scores(_features(words))


def _confidence(score: float, coverage: float) -> float:
    """How strongly the topic matches, discounted when it explains little of the question."""
    strength = 1.0 - math.exp(-score / _SCORE_SCALE)
    return round(strength * (1.0 - _COVERAGE_SHARE + _COVERAGE_SHARE * coverage), 3)


def answer(
    question: str,
    locale: str = "en-US",
    rng: random.Random | None = None,
    avoid: str | None = None,
) -> Answer:
    """Safety triage, then the best guidance topic, or what Calm Cradle can help with.

    ``locale`` is the request's locale (it picks the emergency numbers); ``avoid`` is speech
    said last time, so asking again can bring a different wording.
    """
    verdict = safety.triage(question)
    if verdict.outcome != safety.NONE:
        return Answer(
            topic=verdict.outcome,
            speech=safety.speech(verdict.response, locale, rng, avoid),
            confidence=1.0,
            end_session=verdict.outcome == safety.CRISIS,
        )
    topic, confidence = _best(question, locale)
    if topic == safety.OUT_OF_SCOPE or confidence < MIN_CONFIDENCE:
        return Answer(
            topic=safety.OUT_OF_SCOPE,
            speech=safety.speech(safety.OUT_OF_SCOPE, locale, rng, avoid),
            confidence=confidence if topic == safety.OUT_OF_SCOPE else round(1 - confidence, 3),
        )
    return answer_topic(topic, locale, rng, avoid, confidence)


def answer_topic(
    topic_id: str,
    locale: str = "en-US",
    rng: random.Random | None = None,
    avoid: str | None = None,
    confidence: float = 1.0,
) -> Answer:
    """One wording of a known topic (for topic intents), preferring one other than ``avoid``."""
    topic = content.for_locale(locale).guidance[topic_id]
    options = [a for a in topic.answers if a != avoid] or list(topic.answers)
    return Answer(
        topic=topic_id,
        speech=(rng or random).choice(options),
        confidence=confidence,
        more=topic.more,
    )
