"""The learned topic ranking: it answers in the parent's own words and says when it is unsure."""

from __future__ import annotations

import argparse
import random

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


@pytest.mark.parametrize(
    "question",
    [
        "how many ounces should a ten week old be drinking at night",
        "can i give her calpol for teething",
        "he's had loose nappies for two days is that ok",
    ],
)
def test_health_questions_get_the_doctor_redirect(question):
    result = answering.answer(question)
    assert result.topic == safety.MEDICAL
    assert "doctor" in result.speech and not result.end_session


def test_an_unsure_ranking_says_what_calm_cradle_covers(monkeypatch):
    question = "what should i do about the neighbours"
    label, chance = topic_model.shipped().best(question)
    monkeypatch.setattr(answering, "MIN_CONFIDENCE", chance + 0.01)
    result = answering.answer(question)
    assert result.topic == safety.OUT_OF_SCOPE
    replies = {safety.speech(safety.OUT_OF_SCOPE, "en-US", random.Random(n)) for n in range(30)}
    assert result.speech in replies


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
    assert model.best("so many cuddles")[0] == "spoiling"
    assert model.best("sobbing again")[0] == "crying"
    assert model.to_json() == topic_model.train(
        [("both cuddles and tears", {"spoiling": 0.5, "crying": 0.5}),
         ("tears and sobbing", {"crying": 1.0}), ("cuddles all day long", {"spoiling": 1.0})]
    ).to_json()


def test_training_is_reproducible_and_the_committed_models_are_current(capsys):
    """Both learned models; stale after any change to tests/data, samples or triage's prepare."""
    assert train.run(argparse.Namespace(check=True)) == 0, capsys.readouterr().out
