"""``calm-cradle train-danger [--check]``: fit the learned danger check to our labelled questions.

Examples: every labelled question in ``tests/data`` (danger when its label is crisis; the
near misses of ``near_miss.jsonl`` are there to teach it what is not danger), each also as
the words the interaction model's carrier phrases leave of it, the
interaction model's samples (the danger intents' as danger, every other intent's as not),
and the out-of-scope examples. ``--check`` retrains and reports whether the committed model
is stale, as the tests do after any of those changes.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from skill import danger_model, safety
from skill.cli.sync_model import MODEL_PATH as INTERACTION_MODEL_PATH
from skill.evaluation import load_rows
from skill.simulator.conversation import default_nlu

LABELLED_DIR = Path(__file__).resolve().parents[2] / "tests" / "data"
DANGER_INTENTS = frozenset({"EmergencyIntent", "HarmThoughtsIntent"})


def examples(labelled_dir: Path = LABELLED_DIR) -> list[tuple[str, bool]]:
    """(prepared text, is danger) for everything the model learns from."""
    nlu = default_nlu()
    raw = []
    for row in load_rows(sorted(labelled_dir.glob("*.jsonl"))):
        danger = row.topics == (safety.CRISIS,)
        raw.append((row.q, danger))
        # Alexa hands the skill only what a carrier phrase leaves ("make leaving her with the
        # babysitter easier"), so the model learns those fragments too.
        match = nlu.match(f"ask calm cradle {row.q}")
        fragment = match.slots.get("Query") if match.intent == "QuestionIntent" else None
        if fragment and fragment != row.q:
            raw.append((fragment, danger))
    model = json.loads(INTERACTION_MODEL_PATH.read_text(encoding="utf-8"))
    for intent in model["interactionModel"]["languageModel"]["intents"]:
        danger = intent["name"] in DANGER_INTENTS
        raw.extend((s, danger) for s in intent.get("samples", []) if "{" not in s)
    raw.extend((s, False) for s in safety.out_of_scope_examples())
    return [(safety.prepare(text), danger) for text, danger in raw]


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "train-danger", help="fit the learned danger check to tests/data and the model's samples"
    )
    parser.add_argument(
        "--check", action="store_true", help="only report whether the committed model is stale"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    data = examples()
    text = danger_model.train(data).to_json()
    path = danger_model.MODEL_PATH
    current = path.read_text(encoding="utf-8") if path.exists() else ""
    if args.check:
        if text != current:
            print(f"{path} is stale: run `calm-cradle train-danger`")
            return 1
        print(f"{path} is current ({len(data)} examples)")
        return 0
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path} from {len(data)} examples")
    return 0
