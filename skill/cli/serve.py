"""``calm-cradle serve``: run the skill over HTTP, refusing unsafe setups.

Without ``--production`` it is Flask's development server, for trying the skill locally;
with it, gunicorn with the settings in ``skill.production``. The same guards apply to both.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import sys
from typing import TYPE_CHECKING, Any

from skill import config, production

if TYPE_CHECKING:
    from flask import Flask

EXAMPLE_LAUNCH = {
    "version": "1.0",
    "session": {
        "new": True,
        "sessionId": "local-session",
        "application": {"applicationId": "local"},
        "user": {"userId": "local-user"},
    },
    "context": {
        "System": {
            "application": {"applicationId": "local"},
            "user": {"userId": "local-user"},
            "device": {"deviceId": "local-device"},
        }
    },
    "request": {
        "type": "LaunchRequest",
        "requestId": "local-request",
        "timestamp": "2026-01-01T00:00:00Z",
        "locale": "en-US",
    },
}


def is_loopback_host(host: str) -> bool:
    """True for addresses only this machine can reach (127.0.0.0/8, ::1, localhost)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serving_problems(settings: dict[str, Any], host: str) -> list[str]:
    """Why serving with these settings on this address would be unsafe (empty when fine)."""
    problems = []
    verify = config.parse_bool(settings.get("ALEXA_VERIFY", True))
    if not verify and not is_loopback_host(host):
        problems.append(
            f"ALEXA_VERIFY=0 is only allowed on a loopback address, not {host}. "
            "Unset ALEXA_VERIFY (verification on) to serve on a public address."
        )
    if verify and not settings.get("ALEXA_SKILL_ID"):
        problems.append(
            "ALEXA_SKILL_ID is not set. Set it to your skill id from the Alexa developer "
            "console (amzn1.ask.skill....), or set ALEXA_VERIFY=0 for local use on 127.0.0.1."
        )
    return problems


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("serve", help="serve the skill endpoint over HTTP")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=5000)
    parser.add_argument(
        "--production",
        action="store_true",
        help="serve with gunicorn (several worker processes) instead of Flask's dev server",
    )
    parser.add_argument(
        "--workers",
        type=int,
        help="gunicorn worker processes (default: $WEB_CONCURRENCY, else 2 x CPUs + 1, "
        "at most 12); only with --production",
    )
    parser.add_argument(
        "--worker-class",
        choices=production.WORKER_CLASSES,
        help="gunicorn worker type (default gthread); only with --production",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    settings = {**config.DEFAULTS, **config.from_environment()}
    problems = serving_problems(settings, args.host)
    gunicorn: dict[str, Any] | None = None
    if args.production:
        try:
            gunicorn = _gunicorn_settings(args)
        except ValueError as error:
            problems.append(str(error))
    elif args.workers is not None or args.worker_class:
        problems.append("--workers and --worker-class only apply with --production.")
    if problems:
        for problem in problems:
            print(f"calm-cradle serve: {problem}", file=sys.stderr)
        return 2
    from skill.web import create_app

    try:
        app = create_app()
    except (ValueError, RuntimeError) as error:  # a setting the app refuses, said plainly
        print(f"calm-cradle serve: {error}", file=sys.stderr)
        return 2
    url = f"http://{args.host}:{args.port}"
    if gunicorn is not None:
        return _run_production(app, gunicorn, url)
    print(f"Calm Cradle is listening on {url}/alexa", file=sys.stderr)
    print("Try it from another terminal:", file=sys.stderr)
    print(
        f"  curl -s -H 'Content-Type: application/json' -d '{json.dumps(EXAMPLE_LAUNCH)}' "
        f"{url}/alexa",
        file=sys.stderr,
    )
    print('  or: .venv/bin/calm-cradle say "why does my baby cry"', file=sys.stderr)
    app.run(host=args.host, port=args.port, threaded=True)
    return 0


def _gunicorn_settings(args: argparse.Namespace) -> dict[str, Any]:
    """gunicorn's settings for these arguments; ValueError says what is wrong with them."""
    workers = production.default_workers()  # also checks WEB_CONCURRENCY, which gunicorn reads
    if args.workers is not None:
        workers = args.workers
    worker_class = args.worker_class or production.DEFAULT_WORKER_CLASS
    return production.gunicorn_settings(args.host, args.port, workers, worker_class=worker_class)


def _run_production(app: Flask, gunicorn: dict[str, Any], url: str) -> int:
    """Warm the app up, then fork gunicorn's workers from it; gunicorn exits the process."""
    from skill import alexa_request

    services = app.extensions["calm_cradle"]
    alexa_request.warm_up(app.extensions["alexa_skill"], services)
    threads = f" x {gunicorn['threads']} threads" if gunicorn["threads"] > 1 else ""
    print(
        f"Calm Cradle (production: {gunicorn['workers']} {gunicorn['worker_class']} "
        f"workers{threads}) serving {url}/alexa",
        file=sys.stderr,
    )
    production.serve(app, gunicorn)
    return 0
