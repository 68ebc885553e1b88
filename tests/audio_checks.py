"""What Alexa checks in an MP3, read straight from the bytes, plus simple listening measures.

mutagen reads only the first frame's header; `mpeg_frames` walks every frame, so a file that
changes bitrate, sample rate or channel mode part-way (which Alexa rejects) cannot slip through.
"""

from __future__ import annotations

import math
from array import array
from dataclasses import dataclass

import miniaudio

# MPEG-2 (LSF) Layer III tables, the only ones Alexa's <audio> accepts.
_BITRATES_KBPS = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, None]
_SAMPLE_RATES = [22050, 24000, 16000, None]
SAMPLES_PER_FRAME = 576


@dataclass(frozen=True)
class Frame:
    offset: int
    mpeg_version: str  # "1", "2" or "2.5"
    layer: int
    bitrate_kbps: int | None
    sample_rate: int | None
    mono: bool
    length: int


def mpeg_frames(data: bytes) -> list[Frame]:
    """Every MPEG audio frame in `data`; AssertionError where the stream is not a frame."""
    offset = 0
    if data[:3] == b"ID3":
        size = data[6] << 21 | data[7] << 14 | data[8] << 7 | data[9]
        offset = 10 + size
    frames = []
    while offset < len(data):
        header = int.from_bytes(data[offset : offset + 4], "big")
        assert header >> 21 == 0x7FF, f"no frame sync at byte {offset}"
        version = {0b00: "2.5", 0b10: "2", 0b11: "1"}.get(header >> 19 & 0b11, "?")
        layer = {0b01: 3, 0b10: 2, 0b11: 1}.get(header >> 17 & 0b11, 0)
        bitrate = _BITRATES_KBPS[header >> 12 & 0xF] if version == "2" else None
        rate = _SAMPLE_RATES[header >> 10 & 0b11] if version == "2" else None
        padding = header >> 9 & 1
        mono = header >> 6 & 0b11 == 0b11
        assert version == "2" and layer == 3, f"frame at {offset} is not MPEG-2 Layer III"
        assert bitrate and rate, f"frame at {offset} has a reserved bitrate or sample rate"
        length = 72 * bitrate * 1000 // rate + padding
        frames.append(Frame(offset, version, layer, bitrate, rate, mono, length))
        offset += length
    return frames


def decode(data: bytes) -> array:
    """The MP3 decoded to mono 16-bit samples at its own rate."""
    return miniaudio.mp3_read_s16(data).samples


def silent_runs(samples: array, rate: int, at_least: float) -> list[float]:
    """Lengths in seconds of stretches of (near) digital silence lasting `at_least` or more."""
    runs, start = [], None
    for i, value in enumerate(samples):
        if -8 <= value <= 8:
            if start is None:
                start = i
        elif start is not None:
            runs.append((i - start) / rate)
            start = None
    if start is not None:
        runs.append((len(samples) - start) / rate)
    return [r for r in runs if r >= at_least]


def voiced_level_dbfs(samples: array, rate: int) -> float:
    """RMS of the 10 ms windows that carry sound (peak over 1% of full scale), in dBFS."""
    window = rate // 100
    power, count = 0, 0
    for i in range(0, len(samples), window):
        chunk = samples[i : i + window]
        if max(map(abs, chunk)) > 328:
            power += sum(x * x for x in chunk)
            count += len(chunk)
    return 10 * math.log10(power / count / 32767**2)
