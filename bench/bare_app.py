"""The baseline: a bare Flask JSON endpoint, served exactly as the skill is in production.

Run: python -m bench.bare_app --port PORT [--workers N] [--worker-class gthread|sync]

POST /alexa parses the JSON body and answers a fixed Alexa-shaped response of about the
skill's size; nothing else. What the skill costs beyond this is the skill's own overhead.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from flask import Flask, jsonify, request

from skill import production

FIXED_RESPONSE = {
    "version": "1.0",
    "sessionAttributes": {"last_speech": "<speak>" + "calm " * 60 + "</speak>"},
    "response": {
        "outputSpeech": {"type": "SSML", "ssml": "<speak>" + "calm " * 40 + "</speak>"},
        "card": {"type": "Simple", "title": "Calm Cradle", "content": "calm " * 40},
        "reprompt": {"outputSpeech": {"type": "SSML", "ssml": "<speak>What would help?</speak>"}},
        "shouldEndSession": False,
    },
}


def create_bare_app() -> Flask:
    app = Flask(__name__)

    @app.post("/alexa")
    def alexa():
        request.get_json(force=True)
        return jsonify(FIXED_RESPONSE)

    @app.get("/healthz")
    def healthz():
        return jsonify(status="ok")

    return app


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--workers", type=int, default=production.default_workers())
    parser.add_argument("--worker-class", default=production.DEFAULT_WORKER_CLASS)
    args = parser.parse_args(argv)
    settings = production.gunicorn_settings(
        args.host, args.port, args.workers, worker_class=args.worker_class
    )
    production.serve(create_bare_app(), settings)
    return 0


if __name__ == "__main__":
    sys.exit(main())
