"""``calm-cradle sync-model``: write generated intents into the interaction model.

The catalog (``skill/content/en-US/guidance.json``) is the one place a topic's sample
phrasings are written, and ``skill/content/lead_words.json`` the one place the words that
get their own question intent are (see ``skill.lead_words``); this copies both into
``interaction_models/en-US.json`` so the committed model is complete for the Alexa console.
A test reports any drift.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from skill import content, lead_words

MODEL_PATH = Path(__file__).resolve().parents[2] / "interaction_models" / "en-US.json"


def topic_intents(locale: str = "en-US") -> list[dict[str, Any]]:
    """One intent per guidance topic, with the catalog's samples."""
    guidance = content.for_locale(locale).guidance
    return [{"name": t.intent, "samples": list(t.samples)} for t in guidance.values()]


def synced(model: dict[str, Any], locale: str = "en-US") -> dict[str, Any]:
    """The model with its topic and lead-word intents replaced by the data's, and the lead
    words' carriers taken out of QuestionIntent (a sample belongs to one intent); other
    intents untouched."""
    leads = lead_words.lead_intents()
    fresh = topic_intents(locale) + leads
    names = {i["name"] for i in fresh}
    lead_samples = {sample for intent in leads for sample in intent["samples"]}
    language = model["interactionModel"]["languageModel"]
    kept = [i for i in language["intents"] if i["name"] not in names]
    for intent in kept:
        if intent["name"] == lead_words.QUESTION_INTENT:
            intent["samples"] = [s for s in intent["samples"] if s not in lead_samples]
    language["intents"] = kept + fresh
    return model


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "sync-model",
        help="copy the guidance topics' samples and the lead-word question intents into"
        " interaction_models/en-US.json",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    model = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    MODEL_PATH.write_text(json.dumps(synced(model), indent=2) + "\n", encoding="utf-8")
    print(f"wrote {MODEL_PATH}")
    return 0
