"""The interaction model and the handlers agree: every intent is answered, none is orphaned."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from skill import content
from skill.cli.sync_model import MODEL_PATH, synced
from tests.responses import spoken

MODEL = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
INTENTS = [i["name"] for i in MODEL["interactionModel"]["languageModel"]["intents"]]
WORDS = content.for_locale("en-US")
HANDLER_SOURCES = "\n".join(
    p.read_text(encoding="utf-8")
    for p in (Path(__file__).parents[1] / "skill" / "handlers").glob("*.py")
)


@pytest.mark.parametrize("intent", INTENTS)
def test_every_model_intent_gets_its_own_answer(talk, intent):
    """No intent in the model falls through to the 'I can't do that' catch-all."""
    reply = talk.intent(intent)
    assert spoken(reply) not in WORDS.variants("unknown_request")
    assert spoken(reply) not in WORDS.variants("apology")


def test_every_intent_a_handler_names_is_in_the_model():
    named = {
        word.strip("\"'")
        for word in HANDLER_SOURCES.replace("(", " ").replace(")", " ").split()
        if word.strip("\"'").endswith("Intent") and word.startswith(('"', "'"))
    }
    assert named, "handlers name their intents as string literals"
    assert named <= set(INTENTS), named - set(INTENTS)


def test_topic_intents_in_the_model_match_the_catalog():
    """`calm-cradle sync-model` was run after the catalog's samples last changed."""
    expected = synced(json.loads(MODEL_PATH.read_text(encoding="utf-8")))
    assert expected == MODEL, "run: calm-cradle sync-model"
