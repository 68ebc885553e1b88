"""The ``calm-cradle`` command: one subcommand per module in this package."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

# Each module exposes register(subparsers) and sets func=run(args) -> exit code.
COMMAND_MODULES = (
    "serve",
    "ask",
    "eval",
    "say",
    "chat",
    "check_dialogs",
    "validate",
    "package",
    "render_audio",
    "sync_model",
    "train",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="calm-cradle", description="Calm Cradle: a calm Alexa companion for parents."
    )
    subparsers = parser.add_subparsers(dest="command", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(f"skill.cli.{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    args = build_parser().parse_args(argv)
    # A server logs each request. The other commands print their own results; the expected
    # warnings of local mode (verification off, no Alexa API to ask) would only be noise.
    level = logging.INFO if args.command == "serve" else logging.ERROR
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
