"""Calm Cradle: an Alexa skill of calm, short guidance for parents of babies."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from flask import Flask


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """The Flask app (see ``skill.web``); imported lazily so tools like the renderer stay light."""
    from skill.web import create_app as build

    return build(test_config)
