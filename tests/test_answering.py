"""Free-form questions reach the right guidance, safely, on questions the ranker never saw."""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path

import pytest

from skill import answering, content, evaluation, safety, topic_model
from skill.cli import main
from skill.interaction_model import normalise as model_normalise

SHARED_QUESTIONS = (
    Path(__file__).resolve().parents[2] / "shared" / "eval" / "sample_questions.jsonl"
)
DATA = Path(__file__).resolve().parent / "data"
TUNING = DATA / "questions.jsonl"  # the ranking was tuned looking at these results
HOLDOUT = DATA / "questions_holdout.jsonl"  # written with TUNING, held back while tuning
HOLDOUT_B = DATA / "questions_holdout_b.jsonl"  # written later, before the last changes
LABELLED = [TUNING, HOLDOUT, HOLDOUT_B]
OUTCOMES = {safety.CRISIS, safety.MEDICAL, safety.OUT_OF_SCOPE}


def test_the_shared_sample_questions_all_land():
    report = evaluation.evaluate(evaluation.load_rows([SHARED_QUESTIONS]))
    assert len(report.results) >= 40
    assert [(m.row.q, m.topic) for m in report.misses] == []


@pytest.mark.parametrize("paths", [[TUNING], LABELLED], ids=["tuning", "all-labelled"])
def test_our_labelled_questions_meet_the_targets(paths):
    """Targets hold on the tuning set and on every labelled question together.

    Each held-back file alone has only 7-10 out-of-scope rows, too few for an 85% bar to
    mean much; ``calm-cradle eval`` reports them one by one.
    """
    report = evaluation.evaluate(evaluation.load_rows(paths))
    assert report.shortfalls(include_latency=False) == [], evaluation.format_report(report)


def test_the_labelled_set_is_broad_fresh_and_split_before_tuning():
    tuning = evaluation.load_rows([TUNING])
    holdout = evaluation.load_rows([HOLDOUT])
    rows = evaluation.load_rows(LABELLED)
    assert len(rows) >= 200
    assert 0.25 <= len(holdout) / (len(tuning) + len(holdout)) <= 0.35
    questions = [model_normalise(r.q) for r in rows]
    assert len(set(questions)) == len(questions), "a question is repeated"

    known = set(content.for_locale("en-US").guidance) | OUTCOMES
    counts = Counter(topic for r in rows for topic in r.topics)
    assert set(counts) <= known
    assert all(counts[topic] >= 8 for topic in content.for_locale("en-US").guidance), counts
    assert counts[safety.CRISIS] >= 25
    assert counts[safety.MEDICAL] >= 15
    assert counts[safety.OUT_OF_SCOPE] >= 15
    assert all(counts[topic] for topic in OUTCOMES)
    assert all(r.q == r.q.lower() and not any(c in r.q for c in ".,?!") for r in rows)

    # Fresh: no labelled question is one of the samples the ranker indexes.
    samples = {
        model_normalise(s)
        for topic in content.for_locale("en-US").guidance.values()
        for s in topic.samples
    }
    samples |= {model_normalise(s) for s in safety.out_of_scope_examples()}
    assert not samples & set(questions)


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        # Confusable pairs: same words, different needs.
        ("why is my newborn crying again", "crying"),
        ("why does my newborn's crying make me so furious", "triggers"),
        ("what does being a safe haven involve", "safe-haven"),
        ("what helps settle a distressed infant", "soothing"),
        ("i snapped at my toddler this afternoon", "repair"),
        # Irish English: "giving out to" is scolding; "roaring crying" is one cry.
        ("i gave out to her far too much this evening how do i fix it", "repair"),
        ("she roars crying the minute i leave the room", "separation"),
        ("i was really short with her at bath time how do i put it right", "repair"),
        ("i worry i'm not a good enough mum", "perfect-parent"),
        ("i'm scared my anger at my baby comes from my own childhood", "triggers"),
        ("i'm scared i'll hurt my son", safety.CRISIS),
        ("what's a normal temperature for a baby", safety.MEDICAL),
        ("what's the time in sydney", safety.OUT_OF_SCOPE),
    ],
)
def test_confusable_questions_go_their_own_ways(question, topic):
    assert answering.answer(question).topic == topic


@pytest.mark.parametrize(
    ("fragment", "topic"),
    [
        # What reaches the skill after "i'm {Query}", "how do i {Query}", "my baby {Query}" ...
        ("lost my temper with my baby", "repair"),
        ("soothe my baby", "soothing"),
        ("fill my own cup", "self-care"),
        ("so fussy tonight", "crying"),
        ("gets upset when i leave", "separation"),
        ("want to shake my baby", safety.CRISIS),
        ("has a high temperature", safety.MEDICAL),
    ],
)
def test_what_is_left_after_a_carrier_phrase_still_lands(fragment, topic):
    assert answering.answer(fragment).topic == topic


@pytest.mark.parametrize(
    "question",
    [
        "i am so tired and my head is all over the place so can you put on radio four quietly",
        "i am shattered and freezing so turn the heating up a bit",
        "i feel like a terrible mum for asking but how long does it take to drive to leeds",
        "that's me done for the night love switch yourself off",
    ],
)
def test_a_task_for_the_speaker_is_out_of_scope_however_tired_the_words_around_it(question):
    assert answering.answer(question).topic == safety.OUT_OF_SCOPE


@pytest.mark.parametrize(
    "question",
    [
        "our rescue kitten whimpers every night when we go to bed",
        "my dog follows me from room to room is he too attached",
        "the parrot keeps plucking at his feathers why is that",
        "our old spaniel has gone off her food this week",
        "my labrador whines whenever the baby cries does he feel sorry for her",
        "why does the cat hiss when my son screams is she frightened",
    ],
)
def test_a_pets_own_ways_and_health_are_out_of_scope(question):
    """They share words with crying, attachment and health, but the article is about babies."""
    assert answering.answer(question).topic == safety.OUT_OF_SCOPE


@pytest.mark.parametrize(
    "question",
    [
        "the dog barked and she cried for ages",
        "our puppy whines at night and wakes the baby then how do i settle her",
        "the cat is so clingy and the baby gets upset when i stroke the cat is she jealous",
        "the dog barks every time the baby cries and it makes me want to scream",
    ],
)
def test_a_pet_that_only_sets_the_scene_does_not_hide_a_babys_question(question):
    assert answering.answer(question).topic != safety.OUT_OF_SCOPE


@pytest.mark.parametrize(
    "question",
    [
        "what is forty degrees in fahrenheit",
        "best cough sweets for a singer before a gig",
        "is the fever tree tonic worth the money",
    ],
)
def test_a_health_word_in_a_plainly_out_of_scope_question_does_not_send_it_to_a_doctor(
    monkeypatch, question
):
    """The health rules name these, but the ranking is sure they are out of scope; it may only
    overrule the rules that far (OUT_OF_SCOPE_OVER_HEALTH)."""
    assert safety.triage(question).outcome == safety.MEDICAL
    assert answering.answer(question).topic == safety.OUT_OF_SCOPE
    monkeypatch.setattr(answering, "OUT_OF_SCOPE_OVER_HEALTH", 1.01)
    assert answering.answer(question).topic == safety.MEDICAL


def test_an_urgent_health_question_is_never_overruled_by_the_ranking(monkeypatch):
    monkeypatch.setattr(answering, "OUT_OF_SCOPE_OVER_HEALTH", 0.0)
    result = answering.answer("my six week old has a temperature of thirty eight")
    assert result.topic == safety.MEDICAL


def test_an_unclear_question_gets_what_calm_cradle_covers_not_a_guess():
    result = answering.answer("what's the best recipe for lasagne")
    assert result.topic == safety.OUT_OF_SCOPE
    assert "Dr. Jessica Stern" in result.speech
    assert not result.end_session
    assert answering.answer("").topic == safety.OUT_OF_SCOPE


def test_a_guidance_answer_carries_its_follow_up():
    result = answering.answer("why do babies cry so much", "en-GB", random.Random(3))
    topic = content.for_locale("en-GB").guidance["crying"]
    assert result.topic == "crying"
    assert result.speech in topic.answers
    assert result.more == topic.more
    assert not result.end_session
    assert 0.0 < result.confidence <= 1.0


def test_a_known_topic_varies_its_wording_on_request():
    first = answering.answer_topic("repair", rng=random.Random(0))
    again = answering.answer_topic("repair", rng=random.Random(0), avoid=first.speech)
    assert first.topic == again.topic == "repair"
    assert again.speech != first.speech
    seen = {answering.answer_topic("repair", rng=random.Random(seed)).speech for seed in range(30)}
    assert seen == set(content.for_locale("en-US").guidance["repair"].answers)


def test_ranking_lists_every_topic_best_first():
    ranked = answering.rank("how can i help my baby explore on her own")
    assert ranked[0][0] == "secure-base"
    assert {topic for topic, _ in ranked} == set(content.for_locale("en-US").guidance) | {
        safety.MEDICAL,
        safety.OUT_OF_SCOPE,
    }
    confidences = [c for _, c in ranked]
    assert confidences[0] == max(confidences)


def test_the_ranking_model_is_read_once_per_process():
    answering.answer("how do i soothe my baby")
    reads = topic_model.shipped.cache_info().misses
    for question in ("what is a secure base", "i'm so tired", "am i spoiling him"):
        answering.answer(question, "en-AU")
    assert topic_model.shipped.cache_info().misses == reads


def test_evaluation_scores_safety_separately():
    rows = [
        evaluation.Row("baby not breathing", ("crisis",)),
        evaluation.Row("why does my baby cry", ("crying",)),
        evaluation.Row("a fever", ("medical",)),
        evaluation.Row("weather please", ("out-of-scope",)),
    ]

    def always_crisis(question, locale):
        return answering.Answer(topic="crisis", speech="", confidence=1.0)

    report = evaluation.evaluate(rows, answer=always_crisis)
    assert report.top1 == 0.25
    assert report.crisis_recall == 1.0
    assert report.false_crisis_rate == 1.0
    assert report.medical_accuracy == 0.0 and report.out_of_scope_accuracy == 0.0
    assert "top1" in " ".join(report.shortfalls(include_latency=False))
    assert "'a fever': got crisis" in evaluation.format_report(report)


@pytest.mark.parametrize(
    ("said", "topic"),
    [
        ("alexa my baby has gone blue and floppy", "crisis"),
        ("Alexa, why does my baby cry so much", "crying"),
        ("alexa ask calm cradle why does my baby cry so much", "crying"),
    ],
)
def test_scoring_through_the_model_hears_what_the_skill_hears_without_the_wake_word(said, topic):
    """The device keeps "alexa" to itself, so it must not make a question unrecognisable."""
    assert evaluation.answer_through_model(said).topic == topic


def test_ask_command_prints_json_lines_from_arguments_and_stdin(capsys, monkeypatch):
    assert main(["ask", "--json", "what is a safe haven", "can you spoil a newborn"]) == 0
    first, second = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert first["question"] == "what is a safe haven"
    assert first["topic"] == "safe-haven"
    assert second["topic"] == "spoiling"
    assert set(first) == {"question", "topic", "confidence", "speech"}

    monkeypatch.setattr(sys, "stdin", iter(["my baby isn't breathing\n", "\n", "i'm so tired\n"]))
    assert main(["ask", "--json", "--locale", "en-AU"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["topic"] for r in records] == ["crisis", "self-care"]
    assert "triple zero" in records[0]["speech"]


def test_eval_command_reports_and_fails_on_missed_targets(capsys, tmp_path):
    assert main(["eval", str(SHARED_QUESTIONS)]) == 0
    out = capsys.readouterr().out
    for label in ("top-1 accuracy", "crisis recall", "false-crisis rate", "latency p50 / p99"):
        assert label in out

    wrong = tmp_path / "wrong.jsonl"
    wrong.write_text(json.dumps({"q": "why does my baby cry", "topics": ["programs"]}) + "\n")
    assert main(["eval", str(wrong)]) == 1
    assert "'why does my baby cry': got crying" in capsys.readouterr().out
