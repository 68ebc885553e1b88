"""Render prompt scripts to Alexa-ready MP3 files and keep audio/manifest.json in step with them.

Each segment of a script is synthesised, brought to mono 24 kHz, trimmed of the engine's own
silence, and joined with the script's pauses as digital silence; the whole prompt is brought
to one loudness and encoded once. Files are named by the hash of their bytes, so a URL never
changes meaning and can be cached forever.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from array import array
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from skill.audio_library import DEFAULT_AUDIO_DIR, MANIFEST_NAME, load_manifest
from skill.render import pcm
from skill.render.engines import Engine, RenderError, make_engine
from skill.render.script import PromptScript, load_prompts

# Changes to any of these change the audio, so they are part of what "up to date" means.
PIPELINE = f"v1 mp3 {pcm.BITRATE_KBPS}kbps {pcm.SAMPLE_RATE}Hz mono speech {pcm.TARGET_DBFS:g}dBFS"

Progress = Callable[[int, int, str], None]


def stderr_progress(done: int, total: int, label: str) -> None:
    """A one-line text bar on stderr (one line per step when stderr is not a terminal)."""
    width = 24
    filled = width * done // total if total else width
    line = f"[{'#' * filled}{'-' * (width - filled)}] {done}/{total} {label}"
    if sys.stderr.isatty():
        end = "\n" if done == total else ""
        sys.stderr.write(f"\r{line:<{width + 40}}{end}")
    else:
        sys.stderr.write(line + "\n")
    sys.stderr.flush()


@dataclass(frozen=True)
class RenderResult:
    name: str
    action: str  # "rendered", "unchanged" or "retitled" (manifest updated, no synthesis)
    file: str
    duration: float
    seconds: float  # time this prompt took to render


@dataclass(frozen=True)
class StalePrompt:
    name: str
    reason: str


def render_all(
    engine: str = "offline",
    only: str | None = None,
    force: bool = False,
    progress: Progress | None = stderr_progress,
    *,
    prompts_path: Path | None = None,
    audio_dir: Path | None = None,
) -> list[RenderResult]:
    """Render every prompt (or just `only`) whose audio is missing or out of date.

    A prompt whose script, audio settings and engine are unchanged and whose file still
    matches the manifest is skipped without synthesis, unless `force`.
    """
    audio_dir = Path(audio_dir or DEFAULT_AUDIO_DIR)
    prompts = load_prompts(prompts_path)
    selected = [p for p in prompts if only in (None, p.name)]
    if not selected:
        raise RenderError(f"no prompt named {only!r}; known: {', '.join(p.name for p in prompts)}")
    tts = make_engine(engine)
    old = {entry["name"]: entry for entry in load_manifest(audio_dir)["prompts"]}
    entries = {name: entry for name, entry in old.items() if name in {p.name for p in prompts}}
    audio_dir.mkdir(parents=True, exist_ok=True)

    results = []
    for done, prompt in enumerate(selected):
        if progress:
            progress(done, len(selected), prompt.name)
        started = time.perf_counter()
        entry = entries.get(prompt.name)
        if (
            not force
            and entry
            and _same_engine(entry, tts)
            and not _audio_problem(entry, prompt, audio_dir)
        ):
            action = "unchanged" if entry["title"] == prompt.title else "retitled"
            entries[prompt.name] = {**entry, "title": prompt.title}
        else:
            action = "rendered"
            entries[prompt.name] = _render_prompt(prompt, tts, audio_dir)
        _save(audio_dir, prompts, entries, old.values())  # a later failure keeps this render
        new = entries[prompt.name]
        elapsed = time.perf_counter() - started
        results.append(RenderResult(prompt.name, action, new["file"], new["duration"], elapsed))
    if progress:
        progress(len(selected), len(selected), "done")
    return results


def stale_prompts(
    prompts_path: Path | None = None, audio_dir: Path | None = None
) -> list[StalePrompt]:
    """Prompts whose committed audio no longer matches their script, manifest or file."""
    audio_dir = Path(audio_dir or DEFAULT_AUDIO_DIR)
    prompts = load_prompts(prompts_path)
    entries = {entry["name"]: entry for entry in load_manifest(audio_dir)["prompts"]}
    stale = []
    for prompt in prompts:
        entry = entries.get(prompt.name)
        reason = _audio_problem(entry, prompt, audio_dir)
        if reason is None and entry["title"] != prompt.title:
            reason = "title changed since it was rendered"
        if reason:
            stale.append(StalePrompt(prompt.name, reason))
    scripted = {p.name for p in prompts}
    stale.extend(StalePrompt(n, "no longer in the scripts") for n in entries if n not in scripted)
    return stale


def _same_engine(entry: dict, tts: Engine) -> bool:
    return entry["engine"] == tts.name and entry["voice"] == tts.voice


def _audio_problem(entry: dict | None, prompt: PromptScript, audio_dir: Path) -> str | None:
    if entry is None:
        return "not rendered"
    if entry["text_sha256"] != prompt.text_sha256:
        return "script changed since it was rendered"
    if entry["pipeline"] != PIPELINE:
        return "rendered with older audio settings"
    path = audio_dir / entry["file"]
    if not path.is_file():
        return f"file {entry['file']} is missing"
    data = path.read_bytes()
    if len(data) != entry["bytes"] or hashlib.sha256(data).hexdigest() != entry["sha256"]:
        return f"file {entry['file']} does not match the manifest"
    return None


def _render_prompt(prompt: PromptScript, tts: Engine, audio_dir: Path) -> dict:
    segments = prompt.segments
    speech = []
    for segment in segments:
        samples = pcm.trim(pcm.to_mono_24k(tts.synthesize(segment.text)))
        if not samples:
            raise RenderError(f"{tts.name} produced only silence for {segment.text!r}")
        speech.append(samples)
    out = array("h")
    for segment, samples in zip(segments, speech, strict=True):
        out += samples
        out += pcm.silence(segment.pause)
    out = pcm.normalise(out)
    duration = len(out) / pcm.SAMPLE_RATE
    if duration > pcm.MAX_SECONDS:
        raise RenderError(f"{prompt.name} lasts {duration:.0f} s; Alexa plays at most 240 s")
    mp3 = pcm.encode_mp3(out)
    sha = hashlib.sha256(mp3).hexdigest()
    file = f"{prompt.name}-{sha[:12]}.mp3"
    _write_atomic(audio_dir / file, mp3)
    return {
        "name": prompt.name,
        "title": prompt.title,
        "text": prompt.text,
        "text_sha256": prompt.text_sha256,
        "file": file,
        "engine": tts.name,
        "voice": tts.voice,
        "pipeline": PIPELINE,
        "duration": round(duration, 3),
        "bytes": len(mp3),
        "sha256": sha,
    }


def _save(
    audio_dir: Path, prompts: list[PromptScript], entries: dict, previous: Iterable[dict]
) -> None:
    """Write the manifest, then delete earlier renders that nothing links to any more."""
    manifest = {
        "about": "Written by `calm-cradle render-audio`; do not edit by hand.",
        "format": {
            "codec": "MPEG-2 Layer III",
            "bitrate_kbps": pcm.BITRATE_KBPS,
            "sample_rate": pcm.SAMPLE_RATE,
            "channels": 1,
            "loudness_dbfs": pcm.TARGET_DBFS,
        },
        "prompts": [entries[p.name] for p in prompts if p.name in entries],
    }
    data = (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    path = audio_dir / MANIFEST_NAME
    if not path.exists() or path.read_bytes() != data:  # an unchanged render leaves no trace
        _write_atomic(path, data)
    kept = {entry["file"] for entry in manifest["prompts"]}
    for entry in previous:
        if entry["file"] not in kept:
            (audio_dir / entry["file"]).unlink(missing_ok=True)


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
