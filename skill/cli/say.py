"""``calm-cradle say "why does my baby cry"``: what Alexa would answer, without an Echo."""

from __future__ import annotations

import argparse

from skill.content import SUPPORTED_LOCALES
from skill.simulator.conversation import Conversation, SimulatorError, Turn, local_app


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "say",
        help="say one thing to the skill and print what Alexa would answer",
        description="Runs one utterance through the interaction model and the real app.",
    )
    parser.add_argument("words", nargs="+", help='what you would say, e.g. "open calm cradle"')
    add_locale_argument(parser)
    parser.set_defaults(func=run)


def add_locale_argument(parser: argparse.ArgumentParser) -> None:
    """The --locale option every simulator command shares."""
    parser.add_argument("--locale", default="en-US", choices=SUPPORTED_LOCALES)


def describe(turn: Turn) -> str:
    """A turn as a person reads it in a terminal: understood intent, speech, audio, reprompt."""
    slots = ", ".join(f"{name}={value!r}" for name, value in turn.slots.items())
    lines = [f"[{turn.intent}{' ' + slots if slots else ''}]", f"Alexa: {turn.speech_text}"]
    lines += [f"  (plays {url})" for url in turn.audio_urls]
    if turn.reprompt:
        lines.append(f"  (if you stay quiet: {turn.reprompt})")
    if turn.session_ended:
        lines.append("[session ended]")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    conversation = Conversation(local_app(), locale=args.locale)
    try:
        turn = conversation.say(" ".join(args.words))
    except SimulatorError as error:
        print(f"calm-cradle say: {error}")
        return 1
    print(describe(turn))
    return 0
