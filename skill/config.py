"""Every setting Calm Cradle reads, with its default, in one mapping.

The same names work as environment variables (``ALEXA_SKILL_ID=... calm-cradle serve``)
and as keys of the ``test_config`` dict passed to ``create_app``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

DEFAULTS: dict[str, Any] = {
    # The skill id from the Alexa developer console; requests for any other skill are refused.
    "ALEXA_SKILL_ID": None,
    # Verify Amazon's signature on every request. Off only for local use on loopback.
    "ALEXA_VERIFY": True,
    # A ready verifier object (tests pass one trusting their own CA).
    "ALEXA_VERIFIER": None,
    # Where Alexa can fetch /audio files. Audio tags are used only when this is https.
    "PUBLIC_BASE_URL": "http://127.0.0.1:5000",
    # SQLAlchemy URL of the store. Default: a SQLite file in the instance folder.
    "DATABASE_URL": None,
    # Key for hashing user ids before they are stored.
    "USER_ID_SECRET": None,
    # Privacy policy URL written into the skill manifest by `calm-cradle package`.
    "PRIVACY_POLICY_URL": None,
    # Alexa request bodies are a few KB; anything much larger is refused with 413.
    "MAX_CONTENT_LENGTH": 64 * 1024,
    # Folder of rendered prompts and manifest.json. Default: the repo's audio/.
    "AUDIO_DIR": None,
    # Sources of chance and time (random.Random, a callable returning an aware datetime);
    # tests inject fixed ones. Default: the real ones.
    "RANDOM": None,
    "CLOCK": None,
}

# Settings that hold Python objects, so they never come from the environment.
_OBJECT_KEYS = {"ALEXA_VERIFIER", "RANDOM", "CLOCK"}

_BOOLEAN_KEYS = {"ALEXA_VERIFY"}
_FALSE_WORDS = {"0", "false", "no", "off", ""}


def parse_bool(value: object) -> bool:
    """Config booleans written as text ("0", "false", "off") mean False."""
    if isinstance(value, str):
        return value.strip().lower() not in _FALSE_WORDS
    return bool(value)


def from_environment(environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The settings found in the environment, under the same names as DEFAULTS."""
    environ = os.environ if environ is None else environ
    found: dict[str, Any] = {}
    for key, default in DEFAULTS.items():
        if key in environ and key not in _OBJECT_KEYS:
            value: Any = environ[key]
            if isinstance(default, int) and not isinstance(default, bool):
                value = int(value)
            found[key] = value
    return found


def normalise(config: dict[str, Any]) -> None:
    """Coerce text values to the types the app uses, in place."""
    for key in _BOOLEAN_KEYS:
        config[key] = parse_bool(config[key])
