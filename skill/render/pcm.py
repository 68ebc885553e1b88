"""16-bit PCM steps between a TTS engine and the MP3 Alexa accepts.

Pure Python on `array('h')` plus miniaudio's resampler and lameenc's encoder, so rendering
needs no numpy. Every function takes and returns mono samples at `SAMPLE_RATE` unless it says
otherwise.
"""

from __future__ import annotations

import math
from array import array
from dataclasses import dataclass

import lameenc
import miniaudio

SAMPLE_RATE = 24000  # Alexa accepts 16000, 22050 or 24000 Hz; 24000 keeps the most of the voice
BITRATE_KBPS = 48  # the one bitrate Alexa's SSML <audio> accepts
MAX_SECONDS = 240.0  # Alexa's limit per <audio> file
TARGET_DBFS = -20.0  # speech loudness every prompt is brought to
PEAK_CEILING_DBFS = -1.0  # headroom so the MP3 never clips
FULL_SCALE = 32767

_WINDOW = SAMPLE_RATE // 100  # 10 ms analysis windows
_TRIM_BELOW_PEAK_DB = 40.0  # a window this far under the segment's peak counts as silence
_KEEP_BEFORE = int(0.04 * SAMPLE_RATE)  # keep soft consonant onsets
_KEEP_AFTER = int(0.10 * SAMPLE_RATE)  # keep natural decays
_FADE = int(0.005 * SAMPLE_RATE)  # 5 ms fades so cuts never click
_BLOCK = SAMPLE_RATE // 10  # 100 ms loudness blocks
_ABSOLUTE_GATE = (FULL_SCALE * 10 ** (-60 / 20)) ** 2  # block power under -60 dBFS is silence
_RELATIVE_GATE_DB = 20.0
_LIMIT_BLOCK = SAMPLE_RATE // 1000  # the limiter's gain moves once per millisecond
_ATTACK_STEP = 10 ** (1.5 / 20)
_RELEASE_STEP = 10 ** (0.1 / 20)


@dataclass(frozen=True)
class Pcm:
    """Interleaved signed 16-bit samples as an engine produced them."""

    samples: bytes
    sample_rate: int
    channels: int


def to_mono_24k(pcm: Pcm) -> array:
    """Down-mix to mono and resample to SAMPLE_RATE with miniaudio's resampler."""
    if pcm.channels == 1 and pcm.sample_rate == SAMPLE_RATE:
        data: bytes | bytearray = pcm.samples
    else:
        data = miniaudio.convert_frames(
            miniaudio.SampleFormat.SIGNED16,
            pcm.channels,
            pcm.sample_rate,
            pcm.samples,
            miniaudio.SampleFormat.SIGNED16,
            1,
            SAMPLE_RATE,
        )
    return array("h", bytes(data))


def silence(seconds: float) -> array:
    return array("h", bytes(2 * round(seconds * SAMPLE_RATE)))


def trim(samples: array) -> array:
    """Cut leading and trailing silence (relative to the segment's own peak) and fade the edges."""
    windows = [
        max(samples[i : i + _WINDOW], key=abs, default=0) for i in range(0, len(samples), _WINDOW)
    ]
    peak = max((abs(w) for w in windows), default=0)
    if peak == 0:
        return array("h")
    threshold = peak * 10 ** (-_TRIM_BELOW_PEAK_DB / 20)
    loud = [i for i, w in enumerate(windows) if abs(w) >= threshold]
    start = max(0, loud[0] * _WINDOW - _KEEP_BEFORE)
    end = min(len(samples), (loud[-1] + 1) * _WINDOW + _KEEP_AFTER)
    return _fade_edges(samples[start:end])


def _fade_edges(samples: array) -> array:
    n = min(_FADE, len(samples) // 2)
    for i in range(n):
        ramp = i / n
        samples[i] = int(samples[i] * ramp)
        samples[-1 - i] = int(samples[-1 - i] * ramp)
    return samples


def speech_level_dbfs(samples: array) -> float:
    """Loudness of the speech in `samples`, in dBFS, ignoring pauses (a gated RMS, LUFS-like).

    RMS over 100 ms blocks, keeping blocks above an absolute gate and at most 20 dB under
    the mean of those, so silences and breaths do not make a sparse prompt seem quiet.
    """
    powers = []
    for i in range(0, len(samples), _BLOCK):
        block = samples[i : i + _BLOCK]
        powers.append(sum(x * x for x in block) / len(block))
    gated = [p for p in powers if p > _ABSOLUTE_GATE]
    if not gated:
        return -math.inf
    relative_gate = sum(gated) / len(gated) * 10 ** (-_RELATIVE_GATE_DB / 10)
    loud = [p for p in gated if p > relative_gate]
    return 10 * math.log10(sum(loud) / len(loud) / FULL_SCALE**2)


def normalise(samples: array) -> array:
    """Bring speech to TARGET_DBFS, with a look-ahead limiter keeping peaks under the ceiling.

    Lowering the whole prompt to fit its loudest peak would leave prompts at different
    loudness; instead the gain dips smoothly (1.5 dB/ms in, 0.1 dB/ms out) around peaks only.
    """
    level = speech_level_dbfs(samples)
    if level == -math.inf:
        return array("h", samples)
    gain = 10 ** ((TARGET_DBFS - level) / 20)
    ceiling = FULL_SCALE * 10 ** (PEAK_CEILING_DBFS / 20)
    need = [
        min(gain, ceiling / max(1, max(map(abs, samples[i : i + _LIMIT_BLOCK]))))
        for i in range(0, len(samples), _LIMIT_BLOCK)
    ]
    # Gain is interpolated from point b to b+1 across block b, so both points must fit block b.
    points = [min(need[max(0, b - 1)], need[min(b, len(need) - 1)]) for b in range(len(need) + 1)]
    for b in range(len(points) - 2, -1, -1):  # dip ahead of a peak
        points[b] = min(points[b], points[b + 1] * _ATTACK_STEP)
    for b in range(1, len(points)):  # recover slowly after it
        points[b] = min(points[b], points[b - 1] * _RELEASE_STEP)
    out = array("h", bytes(2 * len(samples)))
    for b in range(len(need)):
        start = b * _LIMIT_BLOCK
        g, step = points[b], (points[b + 1] - points[b]) / _LIMIT_BLOCK
        for i in range(start, min(start + _LIMIT_BLOCK, len(samples))):
            out[i] = max(-32768, min(32767, round(samples[i] * g)))
            g += step
    return out


def encode_mp3(samples: array) -> bytes:
    """MPEG-2 Layer III, 48 kbps CBR, 24000 Hz, mono: exactly what Alexa's <audio> plays."""
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(BITRATE_KBPS)
    encoder.set_in_sample_rate(SAMPLE_RATE)
    encoder.set_out_sample_rate(SAMPLE_RATE)
    encoder.set_channels(1)
    encoder.set_quality(2)
    return bytes(encoder.encode(samples.tobytes()) + encoder.flush())
