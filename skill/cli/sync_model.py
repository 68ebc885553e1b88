"""``calm-cradle sync-model``: write the guidance topics' intents into the interaction model.

The catalog (``skill/content/en-US/guidance.json``) is the one place a topic's sample
phrasings are written; this copies them into ``interaction_models/en-US.json`` so the
committed model is complete for the Alexa console. ``validate`` reports any drift.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from skill import content

MODEL_PATH = Path(__file__).resolve().parents[2] / "interaction_models" / "en-US.json"


def topic_intents(locale: str = "en-US") -> list[dict[str, Any]]:
    """One intent per guidance topic, with the catalog's samples."""
    guidance = content.for_locale(locale).guidance
    return [{"name": t.intent, "samples": list(t.samples)} for t in guidance.values()]


def synced(model: dict[str, Any], locale: str = "en-US") -> dict[str, Any]:
    """The model with its topic intents replaced by the catalog's, other intents untouched."""
    fresh = topic_intents(locale)
    names = {i["name"] for i in fresh}
    language = model["interactionModel"]["languageModel"]
    kept = [i for i in language["intents"] if i["name"] not in names]
    language["intents"] = kept + fresh
    return model


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "sync-model", help="copy the guidance topics' samples into interaction_models/en-US.json"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    model = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    MODEL_PATH.write_text(json.dumps(synced(model), indent=2) + "\n", encoding="utf-8")
    print(f"wrote {MODEL_PATH}")
    return 0
