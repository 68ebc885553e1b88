"""Long-lived collaborators every request may use, built once per app.

The skill receives this object as the ask-sdk invocation context, so handlers reach the
store, the clock or the random source without globals, and tests can swap any of them.
"""

from __future__ import annotations

import os
import random
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from flask import Flask

from skill.audio_library import AudioLibrary, library
from skill.night import TimeZones
from skill.store import Store


def utc_now() -> datetime:
    return datetime.now(UTC)


def fresh_random() -> random.Random:
    """A random source that reseeds itself in every forked child process.

    gunicorn forks its workers from one preloaded app: without a new seed each worker
    would pick the same "random" variants in the same order.
    """
    rng = random.Random()
    alive = weakref.ref(rng)  # the fork hook must not keep a discarded app's source alive
    os.register_at_fork(after_in_child=lambda: (source := alive()) and source.seed())
    return rng


@dataclass
class Services:
    """What handlers and interceptors share across requests."""

    public_base_url: str
    store: Store
    rng: random.Random = field(default_factory=fresh_random)
    clock: Callable[[], datetime] = utc_now
    time_zones: TimeZones = field(default_factory=TimeZones)  # per-device cache, see night.py
    prompts: AudioLibrary = field(default_factory=library)  # the rendered moments

    @classmethod
    def from_app(cls, app: Flask, store: Store) -> Services:
        """Services configured from the app's settings."""
        return cls(
            public_base_url=app.config["PUBLIC_BASE_URL"],
            store=store,
            rng=app.config["RANDOM"] or fresh_random(),  # an injected one is left as it is
            clock=app.config["CLOCK"] or utc_now,
            prompts=library(app.config["AUDIO_DIR"]),
        )
