"""Question intents that keep the word a question opens with.

An ``AMAZON.SearchQuery`` slot needs a carrier phrase, and Alexa hands the skill only what
the slot caught: "worst headache of my life" said to "worst {Query}" arrives as "headache of
my life". For the words listed in ``content/lead_words.json`` the model has one intent per
word ("LeadWorstQuestionIntent": "worst {Query}"), so the word can be put back and triage
reads the question as the parent said it.
"""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

from skill.content import CONTENT_DIR

LEAD_WORDS_PATH = CONTENT_DIR / "lead_words.json"
QUESTION_INTENT = "QuestionIntent"
QUERY_SLOT = "Query"


def intent_for(words: str) -> str:
    """The intent name for a lead word: "throwing up" -> "LeadThrowingUpQuestionIntent"."""
    camel = "".join(part.capitalize() for part in re.split(r"[ '\-]+", words))
    return f"Lead{camel}QuestionIntent"


@cache
def lead_words() -> dict[str, str]:
    """Intent name -> the words it puts back, read once."""
    words = json.loads(LEAD_WORDS_PATH.read_text(encoding="utf-8"))["lead_words"]
    return {intent_for(w): w for w in words}


@cache
def question_intents() -> tuple[str, ...]:
    """Every intent whose slot holds a free-form question, built once."""
    return (QUESTION_INTENT, *lead_words())


def question_heard(intent: str, query: str | None) -> str | None:
    """The question as the parent said it: the lead word, if any, back in front of the slot."""
    if not query:
        return query
    lead = lead_words().get(intent)
    return f"{lead} {query}" if lead else query


def lead_intents() -> list[dict[str, Any]]:
    """The model's intents for the lead words, for ``calm-cradle sync-model``."""
    return [
        {
            "name": name,
            "slots": [{"name": QUERY_SLOT, "type": "AMAZON.SearchQuery"}],
            "samples": [f"{words} {{{QUERY_SLOT}}}"],
        }
        for name, words in lead_words().items()
    ]
