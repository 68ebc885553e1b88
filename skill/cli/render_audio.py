"""``calm-cradle render-audio``: turn the prompt scripts into the MP3 files the skill plays."""

from __future__ import annotations

import argparse
import sys

from skill.render import ENGINES, RenderError, render_all, stale_prompts


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "render-audio",
        help="render the prompt scripts to Alexa-ready MP3 files in audio/",
        description=(
            "Renders skill/content/en-US/prompts.json to audio/*.mp3 and audio/manifest.json. "
            "Prompts whose script and engine are unchanged are skipped."
        ),
    )
    parser.add_argument(
        "--engine",
        choices=sorted(ENGINES),
        default="offline",
        help="offline: Piper voice, no network (needs the 'offline' extra); "
        "gtts: Google's voice (needs internet)",
    )
    parser.add_argument("--only", metavar="NAME", help="render just this prompt")
    parser.add_argument("--force", action="store_true", help="render even if up to date")
    parser.add_argument(
        "--check",
        action="store_true",
        help="render nothing; exit 1 if any prompt's audio is out of date",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.check:
        stale = stale_prompts()
        for prompt in stale:
            print(f"{prompt.name}: {prompt.reason}")
        print("audio is up to date" if not stale else "run: calm-cradle render-audio")
        return 1 if stale else 0
    try:
        results = render_all(engine=args.engine, only=args.only, force=args.force)
    except (RenderError, ValueError) as error:
        print(f"render-audio: {error}", file=sys.stderr)
        return 1
    for result in results:
        print(
            f"{result.action:<9} {result.name:<14} {result.duration:6.1f} s audio"
            f"  {result.seconds:5.1f} s  {result.file}"
        )
    return 0
