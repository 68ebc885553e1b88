"""Rendering prompts: staleness, the offline engine for real, no-op re-renders, gTTS over HTTP."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import gtts.tts
import pytest
from mutagen.mp3 import MP3

from skill.audio_library import DEFAULT_AUDIO_DIR, MANIFEST_NAME, AudioLibrary, load_manifest
from skill.cli import main
from skill.render import RenderError, render_all, stale_prompts
from skill.render.script import DEFAULT_PROMPTS_PATH
from tests.audio_checks import decode, mpeg_frames, silent_runs
from tests.fake_gtts_server import BATCHEXECUTE_PATH, SECONDS_PER_CHAR, FakeGoogleTTS


def write_prompts(path: Path, prompts: list[dict]) -> Path:
    path.write_text(json.dumps({"prompts": prompts}), encoding="utf-8")
    return path


def edit_prompt(path: Path, name: str, **changes: str) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    for prompt in data["prompts"]:
        if prompt["name"] == name:
            prompt.update(changes)
    path.write_text(json.dumps(data), encoding="utf-8")


def files_in(audio_dir: Path) -> set[str]:
    return {p.name for p in audio_dir.iterdir()}


def assert_alexa_ready(path: Path) -> None:
    info = MP3(path).info
    assert (info.version, info.layer, info.bitrate, info.sample_rate, info.channels) == (
        2,
        3,
        48000,
        24000,
        1,
    )
    assert {(f.bitrate_kbps, f.sample_rate, f.mono) for f in mpeg_frames(path.read_bytes())} == {
        (48, 24000, True)
    }


@pytest.fixture
def committed_copy(tmp_path):
    """The committed scripts and audio, copied so a test may change them."""
    prompts = tmp_path / "prompts.json"
    shutil.copy(DEFAULT_PROMPTS_PATH, prompts)
    audio = tmp_path / "audio"
    shutil.copytree(DEFAULT_AUDIO_DIR, audio)
    return prompts, audio


def test_stale_check_passes_for_committed_audio(committed_copy):
    assert stale_prompts(*committed_copy) == []


def test_stale_check_names_the_prompt_whose_script_changed(committed_copy):
    prompts, audio = committed_copy
    edit_prompt(prompts, "repair-2", text="A different reminder. [pause 1] Be gentle with you.")
    stale = stale_prompts(prompts, audio)
    assert [(s.name, s.reason) for s in stale] == [
        ("repair-2", "script changed since it was rendered")
    ]


def test_stale_check_catches_missing_changed_and_unrendered_audio(committed_copy):
    prompts, audio = committed_copy
    entries = {e["name"]: e for e in load_manifest(audio)["prompts"]}
    (audio / entries["night-feed-1"]["file"]).unlink()
    damaged = audio / entries["night-feed-2"]["file"]
    damaged.write_bytes(damaged.read_bytes()[:-10])
    edit_prompt(prompts, "empty-cup", title="Refill")
    data = json.loads(prompts.read_text(encoding="utf-8"))
    data["prompts"].append({"name": "night-feed-9", "title": "New", "text": "Soft and slow."})
    prompts.write_text(json.dumps(data), encoding="utf-8")

    reasons = {s.name: s.reason for s in stale_prompts(prompts, audio)}
    assert reasons.keys() == {"night-feed-1", "night-feed-2", "empty-cup", "night-feed-9"}
    assert "missing" in reasons["night-feed-1"]
    assert "does not match" in reasons["night-feed-2"]
    assert "title" in reasons["empty-cup"]
    assert reasons["night-feed-9"] == "not rendered"


def test_cli_check_reports_committed_audio_up_to_date(capsys):
    assert main(["render-audio", "--check"]) == 0
    assert "up to date" in capsys.readouterr().out


def test_unknown_prompt_name_is_refused(committed_copy):
    with pytest.raises(RenderError, match="no prompt named 'lullaby'"):
        render_all(only="lullaby", prompts_path=committed_copy[0], audio_dir=committed_copy[1])


def test_offline_engine_renders_a_prompt_for_real(tmp_path):
    pytest.importorskip("piper", reason="offline engine needs: pip install -e '.[offline]'")
    prompts = tmp_path / "prompts.json"
    shutil.copy(DEFAULT_PROMPTS_PATH, prompts)
    audio = tmp_path / "audio"

    [result] = render_all(only="night-feed-4", prompts_path=prompts, audio_dir=audio, progress=None)

    assert result.action == "rendered"
    entry = load_manifest(audio)["prompts"][0]
    assert (entry["name"], entry["engine"], entry["voice"]) == (
        "night-feed-4",
        "offline",
        "piper:en_US-joe-medium",
    )
    path = audio / entry["file"]
    assert_alexa_ready(path)
    assert 5 <= entry["duration"] <= 15
    assert MP3(path).info.length == pytest.approx(entry["duration"], abs=0.15)
    assert len(silent_runs(decode(path.read_bytes()), 24000, at_least=0.95)) == 1  # [pause 1]
    assert AudioLibrary.load(audio).for_prompt("night-feed-4").file == entry["file"]

    # The same script and engine again: nothing is synthesised or written.
    manifest_bytes = (audio / MANIFEST_NAME).read_bytes()
    stamps = {p.name: p.stat().st_mtime_ns for p in audio.iterdir()}
    [again] = render_all(only="night-feed-4", prompts_path=prompts, audio_dir=audio, progress=None)
    assert again.action == "unchanged"
    assert (audio / MANIFEST_NAME).read_bytes() == manifest_bytes
    assert {p.name: p.stat().st_mtime_ns for p in audio.iterdir()} == stamps

    # A changed script is stale until rendered again; the old file goes with the old script.
    edit_prompt(
        prompts, "night-feed-4", text="Slow breath. [pause 2] Soft voice. You are doing well."
    )
    assert "night-feed-4" in {s.name for s in stale_prompts(prompts, audio)}
    [redone] = render_all(only="night-feed-4", prompts_path=prompts, audio_dir=audio, progress=None)
    assert redone.action == "rendered"
    assert "night-feed-4" not in {s.name for s in stale_prompts(prompts, audio)}
    assert files_in(audio) == {redone.file, MANIFEST_NAME}


@pytest.fixture
def google(monkeypatch):
    """gTTS talking to the fake Google on 127.0.0.1 instead of translate.google.com."""
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    with FakeGoogleTTS() as fake:
        monkeypatch.setattr(
            gtts.tts, "_translate_url", lambda tld="com", path="": f"{fake.url}/{path}"
        )
        yield fake


GTTS_SCRIPT = (
    "Here is a longer first part, long enough that gTTS must split it into two requests "
    "to Google, because each request carries at most one hundred characters. [pause 3] "
    "Then a short close."
)


def test_gtts_engine_renders_through_the_google_protocol(google, tmp_path):
    prompts = write_prompts(
        tmp_path / "prompts.json", [{"name": "calm-test", "title": "Test", "text": GTTS_SCRIPT}]
    )
    audio = tmp_path / "audio"

    [result] = render_all(engine="gtts", prompts_path=prompts, audio_dir=audio, progress=None)

    spoken = " ".join(r["text"] for r in google.requests)
    words = re.findall(r"[a-z]+", GTTS_SCRIPT.replace("[pause 3]", "").lower())
    assert re.findall(r"[a-z]+", spoken.lower()) == words
    assert len(google.requests) >= 3  # the long segment split, plus the short one
    assert {r["lang"] for r in google.requests} == {"en"}

    entry = load_manifest(audio)["prompts"][0]
    assert (entry["engine"], entry["voice"]) == ("gtts", "gtts:en:com")
    path = audio / result.file
    assert_alexa_ready(path)
    # Google's answers, their lead-in silences trimmed, joined by the scripted 3 s of silence.
    [pause] = silent_runs(decode(path.read_bytes()), 24000, at_least=2.0)
    assert 3.0 <= pause + 0.02 <= 3.3
    speech = sum(SECONDS_PER_CHAR * len(r["text"]) for r in google.requests)
    inner_gaps = 0.4 * (len(google.requests) - 2)  # silence around parts within a segment
    assert entry["duration"] == pytest.approx(speech + inner_gaps + 3.0, abs=0.5)

    # Unchanged script and engine: Google is not asked again.
    asked = len(google.requests)
    [again] = render_all(engine="gtts", prompts_path=prompts, audio_dir=audio, progress=None)
    assert again.action == "unchanged"
    assert len(google.requests) == asked

    # --force asks again even so.
    [redo] = render_all(
        engine="gtts", force=True, prompts_path=prompts, audio_dir=audio, progress=None
    )
    assert redo.action == "rendered"
    assert len(google.requests) == 2 * asked


def test_switching_engine_renders_again(google, tmp_path):
    pytest.importorskip("piper", reason="offline engine needs: pip install -e '.[offline]'")
    prompts = write_prompts(
        tmp_path / "prompts.json", [{"name": "hush", "title": "Hush", "text": "Rest now."}]
    )
    audio = tmp_path / "audio"
    render_all(engine="offline", prompts_path=prompts, audio_dir=audio, progress=None)
    assert google.requests == []

    [result] = render_all(engine="gtts", prompts_path=prompts, audio_dir=audio, progress=None)

    assert result.action == "rendered"
    assert [r["text"] for r in google.requests] == ["Rest now."]
    assert load_manifest(audio)["prompts"][0]["engine"] == "gtts"
    assert files_in(audio) == {result.file, MANIFEST_NAME}


def test_gtts_failure_is_a_clear_error_and_keeps_existing_audio(google, committed_copy):
    prompts, audio = committed_copy
    before = {p.name: p.read_bytes() for p in audio.iterdir()}
    edit_prompt(prompts, "night-feed-2", text="Close and warm. [pause 1] You are here.")
    google.fail_with = 500

    with pytest.raises(RenderError, match="Google TTS failed"):
        render_all(engine="gtts", only="night-feed-2", prompts_path=prompts, audio_dir=audio)

    assert {p.name: p.read_bytes() for p in audio.iterdir()} == before


def test_fake_google_refuses_what_google_refuses(google):
    import requests

    assert (
        requests.post(f"{google.url}{BATCHEXECUTE_PATH}", data="f.req=nonsense").status_code == 400
    )
    assert requests.post(f"{google.url}/translate_tts", data="").status_code == 404
