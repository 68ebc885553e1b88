"""``calm-cradle ask "why does my baby cry"``: the answer a question would get, no Alexa needed."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable

from skill import answering
from skill.safety import supported_locales


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "ask",
        help="answer questions as the skill would (safety triage, then guidance)",
        description="Answers each QUESTION, or each line of standard input when none is given.",
    )
    parser.add_argument("question", nargs="*", help='one question per argument: quote each one')
    parser.add_argument(
        "--json", action="store_true", help="print one JSON object per question per line"
    )
    parser.add_argument("--locale", default="en-US", choices=supported_locales())
    parser.set_defaults(func=run)


def _questions(args: argparse.Namespace) -> Iterable[str]:
    if args.question:
        yield from args.question
        return
    for line in sys.stdin:
        if line.strip():
            yield line.strip()


def run(args: argparse.Namespace) -> int:
    for question in _questions(args):
        result = answering.answer(question, args.locale)
        if args.json:
            record = {
                "question": question,
                "topic": result.topic,
                "confidence": result.confidence,
                "speech": result.speech,
            }
            print(json.dumps(record, ensure_ascii=False), flush=True)
        else:
            print(f"[{result.topic} {result.confidence:.2f}] {result.speech}", flush=True)
    return 0
