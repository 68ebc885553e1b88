"""The learned topic ranking: it answers in the parent's own words and says when it is unsure."""

from __future__ import annotations

import argparse
import random
import re

import pytest

from skill import answering, content, safety, topic_model
from skill.cli import train

GUIDANCE = content.for_locale("en-US").guidance


def test_it_knows_every_topic_and_only_those():
    labels = set(topic_model.shipped().labels)
    assert labels == set(GUIDANCE) | {safety.MEDICAL, safety.OUT_OF_SCOPE}


@pytest.mark.parametrize("topic_id", sorted(GUIDANCE))
def test_each_topics_own_samples_lead_to_it(topic_id):
    """A parent who says a sample word for word hears that topic (ask: the QuestionIntent path)."""
    samples = GUIDANCE[topic_id].samples
    placed = [s for s in samples if answering.answer(s).topic == topic_id]
    assert len(placed) >= 0.9 * len(samples), sorted(set(samples) - set(placed))


HEALTH_QUESTIONS = [
    "how many ounces should a ten week old be drinking at night",
    "can i give her calpol for teething",
    "he's had loose nappies for two days is that ok",
    "his poo has been runny since yesterday",
    "should i worry about the little white spots on her nose",
    "is it normal for her to spit up after every feed",
]


def test_health_questions_no_rule_names_still_get_the_doctor_redirect(monkeypatch):
    """The ranking is the second net behind triage's health rules: here there are no rules."""
    monkeypatch.setattr(safety, "_MEDICAL", re.compile(r"(?!)"))
    answers = [answering.answer(q) for q in HEALTH_QUESTIONS]
    redirected = [q for q, a in zip(HEALTH_QUESTIONS, answers, strict=True) if a.topic == "medical"]
    assert len(redirected) >= 5, sorted(set(HEALTH_QUESTIONS) - set(redirected))
    assert all("doctor" in a.speech and not a.end_session for a in answers if a.topic == "medical")


def test_an_unsure_ranking_says_what_calm_cradle_covers(monkeypatch):
    question = "what should i do about the neighbours"
    label, chance = answering.best_kind_of_answer(question)
    monkeypatch.setattr(answering, "MIN_CONFIDENCE", chance + 0.01)
    result = answering.answer(question)
    assert result.topic == safety.OUT_OF_SCOPE
    replies = {safety.speech(safety.OUT_OF_SCOPE, "en-US", random.Random(n)) for n in range(30)}
    assert result.speech in replies


def test_topics_close_in_meaning_do_not_split_a_guidance_answer_into_out_of_scope(monkeypatch):
    """Three topics at a third each is a question for the article, not one it cannot help."""
    question = "i let her cry while i showered have i ruined everything"
    model = topic_model.shipped()
    split = {"repair": 0.33, "availability": 0.32, "perfect-parent": 0.31, "out-of-scope": 0.04}
    chances = {**dict.fromkeys(model.labels, 0.0), **split}
    monkeypatch.setattr(topic_model.TopicModel, "chances", lambda self, q: chances)
    result = answering.answer(question)
    assert result.topic == "repair"
    assert result.confidence == 0.96


def test_chances_sum_to_one():
    chances = topic_model.shipped().chances("why does my baby cry at night")
    assert abs(sum(chances.values()) - 1.0) < 1e-9
    assert max(chances, key=chances.__getitem__) == "crying"


def test_training_follows_the_data():
    model = topic_model.train(
        [("cuddles all day long", {"spoiling": 1.0}), ("tears and sobbing", {"crying": 1.0}),
         ("both cuddles and tears", {"spoiling": 0.5, "crying": 0.5})]
    )
    assert model.labels == ("crying", "spoiling")
    for question, label in (("so many cuddles", "spoiling"), ("sobbing again", "crying")):
        chances = model.chances(question)
        assert max(chances, key=chances.__getitem__) == label
    assert model.to_json() == topic_model.train(
        [("both cuddles and tears", {"spoiling": 0.5, "crying": 0.5}),
         ("tears and sobbing", {"crying": 1.0}), ("cuddles all day long", {"spoiling": 1.0})]
    ).to_json()


def test_training_is_reproducible_and_the_committed_models_are_current(capsys):
    """Both learned models; stale after any change to tests/data, samples or triage's prepare."""
    assert train.run(argparse.Namespace(check=True)) == 0, capsys.readouterr().out
