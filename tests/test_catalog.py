"""The guidance catalog: complete, short enough to say in a breath, attributed, never copied."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from skill import content
from skill.interaction_model import normalise as model_normalise
from skill.text import words

CONTENT_DIR = Path(content.__file__).parent
GUIDANCE_PATH = CONTENT_DIR / "en-US" / "guidance.json"
ARTICLE_PATH = (
    Path(__file__).resolve().parents[2] / "shared" / "source" / ("secure-attachment-article.txt")
)
TOPIC_IDS = [
    *("secure-attachment", "why-attachment-matters", "secure-base", "safe-haven", "spoiling"),
    *("crying", "availability", "behavior-communication", "soothing", "perfect-parent"),
    *("repair", "self-care", "getting-started", "triggers", "programs", "separation"),
    "bonding-timeline",
]
MAX_ANSWER_WORDS = 45
MAX_MORE_WORDS = 70
COPY_RUN = 8  # words in a row shared with the article that count as copying
# Citations name the article on purpose (its title, a heading) and are never spoken.
CITATION_KEYS = frozenset({"source", "section"})


def _catalog() -> dict:
    return json.loads(GUIDANCE_PATH.read_text(encoding="utf-8"))


def _topics() -> list[dict]:
    return _catalog()["topics"]


def _article_runs() -> set[tuple[str, ...]]:
    article = words(ARTICLE_PATH.read_text(encoding="utf-8"))
    return {tuple(article[i : i + COPY_RUN]) for i in range(len(article) - COPY_RUN + 1)}


def copied_runs(text: str, runs: set[tuple[str, ...]]) -> list[str]:
    """Every COPY_RUN-word run of ``text`` that also appears in the article."""
    w = words(text)
    return [
        " ".join(w[i : i + COPY_RUN])
        for i in range(len(w) - COPY_RUN + 1)
        if tuple(w[i : i + COPY_RUN]) in runs
    ]


def _strings(value: object) -> Iterator[str]:
    """Every string in a JSON document except citations of the article."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in CITATION_KEYS:
                yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _spoken_files() -> list[Path]:
    return sorted([*CONTENT_DIR.rglob("*.json"), *CONTENT_DIR.rglob("*.dialog")])


def test_every_topic_is_present_once_with_every_field():
    topics = _topics()
    assert [t["id"] for t in topics] == TOPIC_IDS
    for topic in topics:
        assert re.fullmatch(r"[A-Za-z]+Intent", topic["intent"]), topic["intent"]
        for field in ("title", "section", "more"):
            assert isinstance(topic[field], str) and topic[field].strip(), (topic["id"], field)
        assert 2 <= len(topic["answers"]) <= 3, topic["id"]
        assert len(set(topic["answers"])) == len(topic["answers"]), topic["id"]
    intents = [t["intent"] for t in topics]
    assert len(set(intents)) == len(intents)


def test_the_loader_serves_the_catalog_for_every_english_locale():
    for locale in content.SUPPORTED_LOCALES:
        guidance = content.for_locale(locale).guidance
        assert list(guidance) == TOPIC_IDS
        assert all(topic.samples for topic in guidance.values())


@pytest.mark.parametrize("topic", _topics(), ids=lambda t: t["id"])
def test_answers_fit_one_breath_and_name_dr_stern(topic):
    for answer in topic["answers"]:
        assert len(answer.split()) <= MAX_ANSWER_WORDS, answer
        assert "Dr. Jessica Stern" in answer, answer
        # The handler appends "Would you like to hear more?": the answer must end a sentence.
        assert answer.rstrip()[-1] in ".!", answer
    assert len(topic["more"].split()) <= MAX_MORE_WORDS, topic["more"]
    assert "Stern" in topic["more"]


@pytest.mark.parametrize("topic", _topics(), ids=lambda t: t["id"])
def test_section_names_a_passage_of_the_article(topic):
    article = set(words(ARTICLE_PATH.read_text(encoding="utf-8")))
    section = [w for w in words(topic["section"]) if len(w) > 3]
    found = [w for w in section if w in article]
    assert len(found) >= 0.6 * len(section), (topic["section"], set(section) - set(found))


def test_samples_are_many_legal_and_owned_by_one_topic():
    owner: dict[str, str] = {}
    for topic in _topics():
        samples = topic["samples"]
        assert len(samples) >= 15, topic["id"]
        for sample in samples:
            assert re.fullmatch(r"[a-z][a-z' -]*[a-z]", sample), sample
            key = model_normalise(sample)
            assert owner.setdefault(key, topic["id"]) == topic["id"], (
                f"{sample!r} is in both {owner[key]} and {topic['id']}"
            )
        assert len({model_normalise(s) for s in samples}) == len(samples), topic["id"]


def test_copy_check_catches_an_article_sentence():
    """The no-copy check itself works, curly quotes and all."""
    sentence = "Babies also need their parents to serve as a safe haven that they can return to"
    assert copied_runs(sentence.upper() + "!", _article_runs())
    assert copied_runs(
        "Today, we know that you can\u2019t spoil babies can\u2019t with love.", _article_runs()
    )
    assert not copied_runs(
        "Babies need a safe haven: a person to return to for comfort.", _article_runs()
    )


@pytest.mark.parametrize("path", _spoken_files(), ids=lambda p: str(p.relative_to(CONTENT_DIR)))
def test_no_string_copies_eight_words_of_the_article(path):
    runs = _article_runs()
    text = path.read_text(encoding="utf-8")
    strings = _strings(json.loads(text)) if path.suffix == ".json" else text.splitlines()
    copied = {run for string in strings for run in copied_runs(string, runs)}
    assert not copied, f"{path.name} copies the article: {sorted(copied)}"
