"""``calm-cradle check-dialogs FILE...``: replay golden conversations against the real app.

Each line of a JSONL file is one turn:
``{"dialog": "name", "say": "...", "expect_intent": "...", "expect_phrases": ["..."],
"expect_end": true}``. Lines with the same ``dialog`` form one conversation, in file order;
every dialog starts on a fresh Echo for a new user. Only ``dialog`` and ``say`` are required.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flask import Flask

from skill.cli.say import add_locale_argument
from skill.simulator.conversation import Conversation, SimulatorError, Turn, local_app

TURN_KEYS = {"dialog", "say", "expect_intent", "expect_phrases", "expect_end"}


class DialogFileError(ValueError):
    """A golden file that cannot be read as dialogs."""


@dataclass(frozen=True)
class Step:
    """One expected turn, with where it was written for error messages."""

    where: str
    say: str
    expect_intent: str | None
    expect_phrases: tuple[str, ...]
    expect_end: bool | None


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check-dialogs",
        help="replay golden conversations (JSONL) and report pass/fail per dialog",
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
    add_locale_argument(parser)
    parser.set_defaults(func=run)


def read_dialogs(path: Path) -> dict[str, list[Step]]:
    """The dialogs of one golden file, in order, each a list of its turns."""
    dialogs: dict[str, list[Step]] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise DialogFileError(f"{path}: cannot read ({error.strerror})") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            turn = json.loads(line)
        except json.JSONDecodeError as error:
            raise DialogFileError(f"{where}: not JSON ({error.msg})") from None
        dialogs.setdefault(_text(turn, "dialog", where), []).append(_step(turn, where))
    return dialogs


def _text(turn: Any, key: str, where: str) -> str:
    value = turn.get(key) if isinstance(turn, dict) else None
    if not isinstance(value, str) or not value.strip():
        raise DialogFileError(f'{where}: every turn needs a non-empty string "{key}"')
    return value


def _step(turn: dict[str, Any], where: str) -> Step:
    unknown = set(turn) - TURN_KEYS
    if unknown:
        raise DialogFileError(
            f"{where}: unknown key(s) {', '.join(sorted(unknown))}; "
            f"a turn may have {', '.join(sorted(TURN_KEYS))}"
        )
    phrases = turn.get("expect_phrases", [])
    if not isinstance(phrases, list) or not all(isinstance(p, str) for p in phrases):
        raise DialogFileError(f'{where}: "expect_phrases" must be a list of strings')
    end = turn.get("expect_end")
    if end is not None and not isinstance(end, bool):
        raise DialogFileError(f'{where}: "expect_end" must be true or false')
    return Step(where, _text(turn, "say", where), turn.get("expect_intent"), tuple(phrases), end)


def check_turn(step: Step, turn: Turn) -> list[str]:
    """How the turn differs from what the golden file expects (empty when it matches)."""
    failures = []
    if step.expect_intent and turn.intent != step.expect_intent:
        failures.append(f"understood as {turn.intent}, expected {step.expect_intent}")
    heard = turn.speech_text.lower()
    for phrase in step.expect_phrases:
        if phrase.lower() not in heard:
            failures.append(f'"{phrase}" not in the answer')
    if step.expect_end is not None and turn.session_ended != step.expect_end:
        state = "ended" if turn.session_ended else "stayed open"
        wanted = "end" if step.expect_end else "stay open"
        failures.append(f"session {state}, expected it to {wanted}")
    return failures


def run_dialog(app: Flask, steps: list[Step], locale: str) -> list[str]:
    """Replay one dialog; the failures, each naming the turn's file and line."""
    conversation = Conversation(app, locale=locale)
    failures = []
    for step in steps:
        try:
            turn = conversation.say(step.say)
        except SimulatorError as error:
            return [*failures, f'{step.where} "{step.say}": {error}']
        problems = check_turn(step, turn)
        failures += [
            f'{step.where} "{step.say}": {p}; Alexa said: {turn.speech_text!r}' for p in problems
        ]
    conversation.end()
    return failures


def run(args: argparse.Namespace) -> int:
    try:
        files = {path: read_dialogs(path) for path in args.files}
    except DialogFileError as error:
        print(f"calm-cradle check-dialogs: {error}")
        return 2
    app = local_app()
    failed = 0
    for path, dialogs in files.items():
        for name, steps in dialogs.items():
            failures = run_dialog(app, steps, args.locale)
            failed += bool(failures)
            print(f"{'FAIL' if failures else 'pass'}  {path.name}: {name} ({len(steps)} turns)")
            for failure in failures:
                print(f"      {failure}")
    total = sum(len(d) for d in files.values())
    print(f"{total - failed} of {total} dialogs passed")
    return 1 if failed else 0
