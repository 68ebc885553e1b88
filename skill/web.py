"""The Flask application factory: config, extensions and routes in one place."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from flask import Flask, jsonify

from skill import alexa_endpoint, config, store
from skill.audio_routes import audio_bp
from skill.handlers import build_skill
from skill.services import Services

log = logging.getLogger(__name__)


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Build the Calm Cradle app; ``test_config`` overrides settings read from the environment."""
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_mapping(config.DEFAULTS)
    app.config.update(config.from_environment() if test_config is None else test_config)
    config.normalise(app.config)
    if not app.config["DATABASE_URL"]:  # only then is the instance folder needed (not on Lambda)
        Path(app.instance_path).mkdir(parents=True, exist_ok=True)
        app.config["DATABASE_URL"] = f"sqlite:///{Path(app.instance_path) / 'calm-cradle.sqlite'}"

    services = Services.from_app(app, store.init_app(app))
    app.extensions["calm_cradle"] = services
    app.extensions["alexa_skill"] = build_skill(services)
    alexa_endpoint.init_app(app)
    app.register_blueprint(audio_bp)

    @app.get("/healthz")
    def healthz():
        """Liveness for load balancers: the process is up and the skill is built."""
        return jsonify(status="ok")

    return app
