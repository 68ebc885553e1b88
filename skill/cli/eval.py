"""``calm-cradle eval FILE...``: accuracy, safety and latency on labelled questions."""

from __future__ import annotations

import argparse

from skill import evaluation


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "eval",
        help="score question answering on labelled JSON-lines files",
        description='Each line is {"q": question, "topics": [accepted topic ids]}. '
        "Exits 1 when an accuracy or safety target is missed.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="labelled questions (.jsonl)")
    parser.add_argument("--locale", default="en-US")
    parser.add_argument(
        "--through-model",
        action="store_true",
        help="route each question through the interaction model first, as Alexa would",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    answer = evaluation.answer_through_model if args.through_model else evaluation.answering.answer
    report = evaluation.evaluate(evaluation.load_rows(args.files), args.locale, answer)
    print(evaluation.format_report(report))
    return 1 if report.shortfalls(include_latency=False) else 0
