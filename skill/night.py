"""The device's local time, and the night rule built on it.

At night (21:00-06:00 on the device's clock) Calm Cradle speaks softer and slower and ends
a moment instead of asking more. The device's time zone comes from Alexa's Settings API,
which costs a round trip, so each answer is cached per device in process memory (bounded),
and a lookup that fails or is slow falls back to the usual zone of the request's locale
within ``API_TIMEOUT``: Alexa waits about 8 s for an answer, the parent should never wait
for this at all.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ask_sdk_core.handler_input import HandlerInput

from skill.alexa_api import AlexaApi, AlexaApiError

log = logging.getLogger(__name__)

NIGHT_STARTS = 21  # local hour the night begins
NIGHT_ENDS = 6  # local hour it is over
API_TIMEOUT = 0.8  # seconds the Settings call may take, so an answer never waits past 1 s
ZONE_TTL = 6 * 3600.0  # a device's time zone rarely changes
RETRY_AFTER = 60.0  # a failed lookup is retried after this, not on every request
MAX_DEVICES = 10_000  # cache bound: one entry is a device id and a zone name

# The zone most people of a locale live in, for when the device's own zone is unknown.
LOCALE_ZONES = {
    "en-US": "America/New_York",
    "en-GB": "Europe/London",
    "en-CA": "America/Toronto",
    "en-AU": "Australia/Sydney",
    "en-IN": "Asia/Kolkata",
}
DEFAULT_ZONE = LOCALE_ZONES["en-US"]

LOCAL_TIME = "local_time"  # request attribute: now on the device's clock, once per request


def is_night(local: datetime) -> bool:
    """Whether a local time falls in the night (21:00 up to 06:00)."""
    return local.hour >= NIGHT_STARTS or local.hour < NIGHT_ENDS


def night_of(local: datetime) -> date:
    """The date a night is counted under: the evening's, so 2 a.m. belongs to the night before."""
    return (local - timedelta(hours=12)).date()


def locale_zone(locale: str | None) -> ZoneInfo:
    """The usual time zone of a request locale (New York when the locale is unknown)."""
    return ZoneInfo(LOCALE_ZONES.get(locale or "", DEFAULT_ZONE))


class TimeZones:
    """Device time zones from the Settings API, remembered per device for a while.

    Thread-safe; the least recently used device is forgotten beyond ``max_devices``.
    """

    def __init__(
        self,
        *,
        timeout: float = API_TIMEOUT,
        ttl: float = ZONE_TTL,
        retry_after: float = RETRY_AFTER,
        max_devices: int = MAX_DEVICES,
        timer: Callable[[], float] = time.monotonic,
    ) -> None:
        self.timeout = timeout
        self.ttl = ttl
        self.retry_after = retry_after
        self.max_devices = max_devices
        self._timer = timer
        self._zones: OrderedDict[str, tuple[ZoneInfo | None, float]] = OrderedDict()
        self._lock = threading.Lock()

    def zone_for(self, request_envelope: Any) -> ZoneInfo:
        """The time zone of the device that sent the request, or its locale's usual zone."""
        locale = getattr(request_envelope.request, "locale", None)
        device_id = _device_id(request_envelope)
        zone = self._device_zone(request_envelope, device_id) if device_id else None
        return zone or locale_zone(locale)

    def _device_zone(self, request_envelope: Any, device_id: str) -> ZoneInfo | None:
        now = self._timer()
        with self._lock:
            cached = self._zones.get(device_id)
            if cached is not None and cached[1] > now:
                self._zones.move_to_end(device_id)
                return cached[0]
        zone, known = self._ask(request_envelope, device_id)
        expires = self._timer() + (self.ttl if known else self.retry_after)
        with self._lock:
            self._zones[device_id] = (zone, expires)
            self._zones.move_to_end(device_id)
            while len(self._zones) > self.max_devices:
                self._zones.popitem(last=False)
        return zone

    def _ask(self, request_envelope: Any, device_id: str) -> tuple[ZoneInfo | None, bool]:
        """(zone or None, whether that is the device's real answer rather than a failure)."""
        try:
            api = AlexaApi.for_request(request_envelope, timeout=self.timeout)
            name = api.get_time_zone(device_id)
        except (AlexaApiError, ValueError, AttributeError, TypeError) as error:
            log.warning("device time zone unavailable (%s); using the locale's", _reason(error))
            return None, False
        if name is None:
            return None, True  # the device has no zone set: the locale's is the best guess
        try:
            return ZoneInfo(name), True
        except (ZoneInfoNotFoundError, ValueError):
            log.warning("device time zone %r is not a known zone; using the locale's", name[:64])
            return None, True


def _device_id(request_envelope: Any) -> str | None:
    try:
        return request_envelope.context.system.device.device_id or None
    except AttributeError:
        return None


def _reason(error: Exception) -> str:
    if isinstance(error, AlexaApiError):
        return str(error)
    return f"no usable API endpoint: {type(error).__name__}"


def local_time(handler_input: HandlerInput) -> datetime:
    """Now on the device's clock, worked out once per request.

    The "now" is the app's clock (``Services.clock``, which tests replace) and the zones
    come from ``Services.time_zones``; both reach handlers as the invocation context.
    """
    attributes = handler_input.attributes_manager.request_attributes
    if LOCAL_TIME not in attributes:
        services = handler_input.context
        now = services.clock()
        if now.tzinfo is None:
            now = now.replace(tzinfo=UTC)
        attributes[LOCAL_TIME] = now.astimezone(
            services.time_zones.zone_for(handler_input.request_envelope)
        )
    return attributes[LOCAL_TIME]


def is_night_now(handler_input: HandlerInput) -> bool:
    """Whether it is night where the parent is."""
    return is_night(local_time(handler_input))
