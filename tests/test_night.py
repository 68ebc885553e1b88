"""Night on the device's device_clock: the rule, the time zone lookup and its cache, the soft voice.

The time zone comes from a real HTTP server speaking the Settings API (tests.fake_alexa_api);
"now" from the app's injected device_clock.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from skill import night, speech
from skill.night import TimeZones
from tests.alexa_signing import DEVICE_ID, USER_ID
from tests.night_device import LONDON_NIGHT, NY_DAY, NY_NIGHT, is_soft, prosody, request_envelope
from tests.responses import spoken

pytest_plugins = ["tests.fake_alexa_api", "tests.night_fixtures"]

NEW_YORK = ZoneInfo("America/New_York")


# --- the rule --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("hour", "minute", "expected"),
    [(20, 59, False), (21, 0, True), (23, 59, True), (0, 0, True), (5, 59, True), (6, 0, False),
     (12, 0, False)],
)  # fmt: skip
def test_night_runs_from_nine_in_the_evening_to_six_in_the_morning(hour, minute, expected):
    assert night.is_night(datetime(2024, 5, 2, hour, minute, tzinfo=NEW_YORK)) is expected


@pytest.mark.parametrize(
    ("local", "counted_under"),
    [
        (datetime(2024, 5, 1, 21, 0), date(2024, 5, 1)),
        (datetime(2024, 5, 1, 23, 59), date(2024, 5, 1)),
        (datetime(2024, 5, 2, 0, 30), date(2024, 5, 1)),  # after midnight: the same night
        (datetime(2024, 5, 2, 5, 45), date(2024, 5, 1)),
        (datetime(2024, 5, 2, 21, 0), date(2024, 5, 2)),  # the next evening: a new night
    ],
)
def test_a_night_is_counted_under_its_evening(local, counted_under):
    assert night.night_of(local.replace(tzinfo=NEW_YORK)) == counted_under


@pytest.mark.parametrize(
    ("locale", "zone"),
    [("en-US", "America/New_York"), ("en-GB", "Europe/London"), ("en-CA", "America/Toronto"),
     ("en-AU", "Australia/Sydney"), ("en-IN", "Asia/Kolkata"), ("fr-FR", "America/New_York"),
     (None, "America/New_York")],
)  # fmt: skip
def test_locale_default_zones(locale, zone):
    assert night.locale_zone(locale) == ZoneInfo(zone)


# --- the time zone lookup --------------------------------------------------------------------


class Timer:
    """A settable monotonic device_clock for the cache."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def envelope_for(api, device_id=DEVICE_ID, locale="en-US"):
    return request_envelope(locale, api_endpoint=api.endpoint, device_id=device_id)


def test_the_device_zone_comes_from_the_settings_api_and_is_remembered(settings_api):
    settings_api.time_zones[DEVICE_ID] = "Asia/Tokyo"
    timer = Timer()
    zones = TimeZones(timer=timer, ttl=3600)
    assert zones.zone_for(envelope_for(settings_api)) == ZoneInfo("Asia/Tokyo")
    assert zones.zone_for(envelope_for(settings_api)) == ZoneInfo("Asia/Tokyo")
    assert len(settings_api.requests) == 1
    method, path = settings_api.requests[0]
    assert method == "GET" and path.endswith("/settings/System.timeZone")

    settings_api.time_zones[DEVICE_ID] = "Europe/Paris"  # the parent moved the Echo
    timer.now += 3601
    assert zones.zone_for(envelope_for(settings_api)) == ZoneInfo("Europe/Paris")
    assert len(settings_api.requests) == 2


@pytest.mark.parametrize("status", [401, 404, 429, 500, 503])
def test_a_failing_api_falls_back_to_the_locale_and_retries_later(settings_api, status):
    timer = Timer()
    zones = TimeZones(timer=timer, retry_after=60)
    settings_api.fail_with(status, times=1)
    assert zones.zone_for(envelope_for(settings_api, locale="en-AU")) == ZoneInfo(
        "Australia/Sydney"
    )
    zones.zone_for(envelope_for(settings_api, locale="en-AU"))
    assert len(settings_api.requests) == 1  # not asked again on every request
    timer.now += 61
    assert zones.zone_for(envelope_for(settings_api, locale="en-AU")) == NEW_YORK
    assert len(settings_api.requests) == 2


def test_a_device_without_a_zone_or_with_an_unknown_one_uses_the_locale(settings_api):
    settings_api.time_zones[DEVICE_ID] = None
    settings_api.time_zones["other"] = "Mars/Olympus_Mons"
    zones = TimeZones()
    assert zones.zone_for(envelope_for(settings_api, locale="en-IN")) == ZoneInfo("Asia/Kolkata")
    gb = envelope_for(settings_api, device_id="other", locale="en-GB")
    assert zones.zone_for(gb) == ZoneInfo("Europe/London")


def test_an_unusable_endpoint_is_never_called(settings_api):
    zones = TimeZones()
    envelope = request_envelope("en-GB", api_endpoint="http://example.com")  # token over http
    assert zones.zone_for(envelope) == ZoneInfo("Europe/London")
    assert settings_api.requests == []


def test_the_cache_is_bounded(settings_api):
    for number in range(5):
        settings_api.time_zones[f"device-{number}"] = "Asia/Tokyo"
    zones = TimeZones(max_devices=3)
    for number in range(5):
        zones.zone_for(envelope_for(settings_api, device_id=f"device-{number}"))
    zones.zone_for(envelope_for(settings_api, device_id="device-4"))  # still remembered
    assert len(settings_api.requests) == 5
    zones.zone_for(envelope_for(settings_api, device_id="device-0"))  # forgotten: asked again
    assert len(settings_api.requests) == 6


def test_a_hanging_api_is_given_up_on(settings_api):
    settings_api.hang()
    zones = TimeZones(timeout=0.3)
    assert zones.zone_for(envelope_for(settings_api, locale="en-GB")) == ZoneInfo("Europe/London")


# --- the voice, through full requests --------------------------------------------------------


def test_night_voice_is_soft_on_the_devices_clock(device, settings_api, device_clock):
    settings_api.time_zones[DEVICE_ID] = "Asia/Tokyo"
    device_clock.now = NY_DAY  # midnight in Tokyo, late morning in New York (the en-US default)
    reply = device.launch()
    assert is_soft(reply)
    assert prosody(reply)["volume"] == "soft"
    assert is_soft(device.intent("NightFeedCheckInIntent"))


def test_day_voice_is_calm(device, device_clock):
    device_clock.now = NY_DAY
    reply = device.launch()
    assert prosody(reply) == speech.CALM.prosody


def test_night_in_new_york_is_soft(device, device_clock):
    device_clock.now = NY_NIGHT
    assert is_soft(device.intent("BreathingIntent"))


@pytest.mark.parametrize("trouble", ["error", "hang"])
def test_without_the_settings_api_the_locale_decides_and_the_parent_still_hears_an_answer(
    new_session, settings_api, device_clock, trouble
):
    if trouble == "error":
        settings_api.fail_with(503)
    else:
        settings_api.hang()
    device_clock.now = LONDON_NIGHT  # half past midnight in London, evening in New York
    british = new_session("en-GB").launch()
    assert spoken(british)
    assert is_soft(british)


def test_the_zone_is_looked_up_once_per_device_not_per_request(device, settings_api):
    device.launch()
    device.intent("TipIntent")
    device.intent("NightFeedCheckInIntent")
    assert len(settings_api.requests) == 1


def set_voice(app, voice: str) -> None:
    def change(attributes):
        attributes["voice"] = voice

    app.extensions["store"].update(USER_ID, change)


def test_soft_preference_is_soft_by_day_without_asking_the_time(
    device, device_app, settings_api, device_clock
):
    device_clock.now = NY_DAY
    set_voice(device_app, "soft")
    assert is_soft(device.launch())
    assert settings_api.requests == []


def test_normal_preference_stays_calm_at_night(device, device_app, settings_api, device_clock):
    device_clock.now = NY_NIGHT
    set_voice(device_app, "normal")
    assert prosody(device.launch()) == speech.CALM.prosody
    assert settings_api.requests == []


def test_back_to_auto_the_night_decides_again(new_session, device_app, device_clock):
    device_clock.now = NY_NIGHT
    set_voice(device_app, "normal")
    assert not is_soft(new_session().launch())
    set_voice(device_app, "auto")
    assert is_soft(new_session().launch())


def test_session_end_never_asks_the_time(device, settings_api):
    reply = device.send({"type": "SessionEndedRequest", "reason": "USER_INITIATED"})
    assert "outputSpeech" not in reply["response"]
    assert settings_api.requests == []


def test_local_time_uses_the_injected_clock(device, settings_api, device_clock):
    settings_api.time_zones[DEVICE_ID] = "Asia/Kolkata"
    device_clock.now = datetime(2024, 5, 2, 15, 45, tzinfo=UTC)  # 21:15 in Kolkata
    assert is_soft(device.launch())
    device_clock.now = datetime(2024, 5, 2, 0, 45, tzinfo=UTC)  # 06:15 in Kolkata
    assert not is_soft(device.launch())
