"""``calm-cradle chat``: a spoken conversation, typed, with the session kept between turns."""

from __future__ import annotations

import argparse

from skill.cli.say import add_locale_argument, describe
from skill.simulator.conversation import Conversation, SimulatorError, local_app

QUIT_WORDS = {"quit", "exit", ":q"}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "chat",
        help="talk to the skill turn by turn, as on an Echo",
        description="Type what you would say; 'quit' or Ctrl-D leaves. Start with "
        "'open calm cradle', or just ask a question.",
    )
    add_locale_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    conversation = Conversation(local_app(), locale=args.locale)
    print("Say something to Calm Cradle ('quit' to leave).")
    while True:
        try:
            words = input("you> ").strip()
        except (EOFError, KeyboardInterrupt):
            print()
            break
        if words.lower() in QUIT_WORDS:
            break
        if not words:
            continue
        try:
            print(describe(conversation.say(words)))
        except SimulatorError as error:
            print(f"error: {error}")
            return 1
    conversation.end()
    return 0
