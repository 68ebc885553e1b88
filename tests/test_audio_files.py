"""The committed audio/ folder: every file is one Alexa will play, and matches its manifest."""

from __future__ import annotations

import hashlib
import math
from array import array

import lameenc
import pytest
from mutagen.mp3 import MP3, BitrateMode

from skill.audio_library import DEFAULT_AUDIO_DIR, load_manifest, parse_script
from skill.render import stale_prompts
from skill.render.pcm import TARGET_DBFS
from skill.render.script import load_prompts
from tests.audio_checks import (
    SAMPLES_PER_FRAME,
    decode,
    mpeg_frames,
    silent_runs,
    voiced_level_dbfs,
)

ENTRIES = load_manifest(DEFAULT_AUDIO_DIR)["prompts"]
# How long each kind of prompt should last, in seconds (the product brief's targets).
TARGET_SECONDS = {
    "breathing": (45, 75),
    "repair": (10, 25),
    "night-feed": (5, 15),
    "empty-cup": (10, 25),
}


def family(name: str) -> str:
    stem, _, number = name.rpartition("-")
    return stem if number.isdigit() else name


def test_committed_audio_is_up_to_date_with_the_scripts():
    assert stale_prompts() == []
    assert [e["name"] for e in ENTRIES] == [p.name for p in load_prompts()]


def test_the_promised_prompts_exist():
    names = {e["name"] for e in ENTRIES}
    assert {"breathing", "empty-cup", "repair-1", "repair-2", "repair-3"} <= names
    assert {f"night-feed-{n}" for n in range(1, 5)} <= names


def test_only_manifest_files_are_in_the_audio_folder():
    on_disk = {p.name for p in DEFAULT_AUDIO_DIR.iterdir()}
    assert on_disk == {e["file"] for e in ENTRIES} | {"manifest.json"}


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e["name"])
def test_file_matches_manifest(entry):
    data = (DEFAULT_AUDIO_DIR / entry["file"]).read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    assert len(data) == entry["bytes"]
    assert sha == entry["sha256"]
    assert entry["file"] == f"{entry['name']}-{sha[:12]}.mp3"  # name changes when bytes do


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e["name"])
def test_file_is_an_mp3_alexa_plays(entry):
    path = DEFAULT_AUDIO_DIR / entry["file"]
    info = MP3(path).info
    assert (info.version, info.layer) == (2, 3)
    assert info.bitrate == 48000
    assert info.sample_rate == 24000
    assert info.channels == 1
    assert info.bitrate_mode in (BitrateMode.CBR, BitrateMode.UNKNOWN)
    assert info.length <= 240
    assert info.length == pytest.approx(entry["duration"], abs=0.15)

    frames = mpeg_frames(path.read_bytes())
    assert {(f.bitrate_kbps, f.sample_rate, f.mono) for f in frames} == {(48, 24000, True)}
    assert len(frames) * SAMPLES_PER_FRAME / 24000 == pytest.approx(entry["duration"], abs=0.15)


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e["name"])
def test_prompt_lasts_as_long_as_its_kind_should(entry):
    low, high = TARGET_SECONDS[family(entry["name"])]
    assert low <= entry["duration"] <= high


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e["name"])
def test_pauses_are_real_silence_of_the_scripted_length(entry):
    samples = decode((DEFAULT_AUDIO_DIR / entry["file"]).read_bytes())
    pauses = sorted(s.pause for s in parse_script(entry["text"]) if s.pause >= 1)
    runs = sorted(silent_runs(samples, 24000, at_least=0.95))
    assert len(runs) == len(pauses)
    for run, pause in zip(runs, pauses, strict=True):
        assert pause <= run + 0.02 <= pause + 0.3


def test_all_prompts_play_at_one_loudness():
    levels = {
        e["name"]: voiced_level_dbfs(decode((DEFAULT_AUDIO_DIR / e["file"]).read_bytes()), 24000)
        for e in ENTRIES
    }
    for name, level in levels.items():
        assert abs(level - TARGET_DBFS) <= 1.0, (name, level)
    assert max(levels.values()) - min(levels.values()) <= 1.5


@pytest.mark.parametrize(
    ("rate", "kbps", "channels", "problem"),
    [
        (44100, 48, 1, "not MPEG-2"),  # MPEG-1: Alexa rejects it
        (24000, 64, 1, "bitrate"),
        (24000, 48, 2, "stereo"),
    ],
)
def test_the_checks_catch_files_alexa_rejects(rate, kbps, channels, problem):
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(kbps)
    encoder.set_in_sample_rate(rate)
    encoder.set_channels(channels)
    tone = array("h", (int(8000 * math.sin(i / 7)) for i in range(rate * channels)))
    data = bytes(encoder.encode(tone.tobytes()) + encoder.flush())
    if problem == "not MPEG-2":
        with pytest.raises(AssertionError, match="not MPEG-2"):
            mpeg_frames(data)
        return
    formats = {(f.bitrate_kbps, f.sample_rate, f.mono) for f in mpeg_frames(data)}
    assert formats != {(48, 24000, True)}
