"""Fixtures for the moment and night tests: a settable clock, the app, and an Echo whose
Settings API is the local fake server.

Use with ``pytest_plugins = ["tests.fake_alexa_api", "tests.night_fixtures"]``.
"""

from __future__ import annotations

import pytest

from tests.alexa_signing import API_ACCESS_TOKEN, DEVICE_ID, Clock
from tests.conftest import make_app
from tests.night_device import LOCAL_BASE, NY_DAY, Device


@pytest.fixture
def settings_api(fake_alexa_api):
    """The fake Settings API, answering the token our envelopes carry; the device is in New York."""
    fake_alexa_api.token = API_ACCESS_TOKEN
    fake_alexa_api.time_zones[DEVICE_ID] = "America/New_York"
    return fake_alexa_api


@pytest.fixture
def base_url() -> str:
    """Where the app says its audio is served; parametrize with HTTPS_BASE to play clips."""
    return LOCAL_BASE


@pytest.fixture
def device_clock() -> Clock:
    """The app's "now"; tests move it instead of waiting."""
    return Clock(NY_DAY)


@pytest.fixture
def device_app(tmp_path, base_url, device_clock):
    """The real app on a SQLite file, with the test clock and the chosen public base URL."""
    return make_app(tmp_path, ALEXA_VERIFY=False, PUBLIC_BASE_URL=base_url, CLOCK=device_clock)


@pytest.fixture
def device_client(device_app):
    return device_app.test_client()


@pytest.fixture
def new_session(device_client, settings_api):
    """Start a new Alexa session on the same Echo, for the same user: ``new_session()``."""

    def start(locale: str = "en-US") -> Device:
        return Device(device_client, settings_api.endpoint, locale)

    return start


@pytest.fixture
def device(new_session) -> Device:
    return new_session()
