"""The prompt scripts and the run-time view of their audio: pauses, URLs, lookups, content rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from skill.audio_library import (
    PAUSE_MARK,
    AudioLibrary,
    Segment,
    library,
    parse_script,
    playable,
    url_for,
)
from skill.render.script import DEFAULT_PROMPTS_PATH, load_prompts
from skill.text import words

ARTICLE = (
    Path(__file__).resolve().parents[2] / "shared" / "source" / "secure-attachment-article.txt"
)
PROMPTS = load_prompts()
SCRIPTS = json.loads(DEFAULT_PROMPTS_PATH.read_text(encoding="utf-8"))["prompts"]


def test_pause_marks_become_segments_with_silence_after():
    assert parse_script("Breathe in. [pause 4] And out, slowly. [pause 1.5] Good.") == [
        Segment("Breathe in.", 4.0),
        Segment("And out, slowly.", 1.5),
        Segment("Good.", 0.0),
    ]
    assert parse_script("Rest  now.\n[pause 2]") == [Segment("Rest now.", 2.0)]


@pytest.mark.parametrize(
    "script",
    [
        "[pause 2] Starts with silence.",
        "Twice. [pause 1] [pause 2] In a row.",
        "Too long. [pause 12] Alexa breaks stop at ten seconds.",
        "Typo. [pause] Here.",
        "Typo. [Pause 2] Here.",
        "   ",
    ],
)
def test_scripts_alexa_could_not_speak_faithfully_are_refused(script):
    with pytest.raises(ValueError):
        parse_script(script)


def test_only_https_base_urls_can_play_audio():
    assert playable("https://calm.example.org")
    assert playable("https://calm.example.org/skill/")
    assert not playable("http://calm.example.org")
    assert not playable("http://127.0.0.1:5000")
    assert not playable("https://")
    assert not playable("")
    assert not playable(None)


def test_urls_point_at_the_audio_route():
    assert (
        url_for("breathing-0123456789ab.mp3", "https://calm.example.org/")
        == "https://calm.example.org/audio/breathing-0123456789ab.mp3"
    )
    assert url_for("a b.mp3", "https://h/base") == "https://h/base/audio/a%20b.mp3"


def test_library_gives_each_prompt_its_file_length_words_and_title():
    prompts = library()
    assert prompts.names() == [p.name for p in PROMPTS]
    for script in PROMPTS:
        audio = prompts.for_prompt(script.name)
        assert audio.text == script.text
        assert audio.title == script.title
        assert audio.segments == script.segments
        assert (prompts.audio_dir / audio.file).is_file()
        assert audio.duration > 0
        assert audio.url("https://h") == f"https://h/audio/{audio.file}"
    assert library() is prompts  # read once per process


def test_variants_are_found_by_family():
    prompts = library()
    assert [p.name for p in prompts.family("repair")] == ["repair-1", "repair-2", "repair-3"]
    assert len(prompts.family("night-feed")) >= 4
    assert prompts.family("breathing") == []


def test_unknown_prompt_and_missing_manifest(tmp_path):
    with pytest.raises(KeyError):
        library().for_prompt("lullaby")
    empty = AudioLibrary.load(tmp_path)
    assert empty.names() == []
    assert empty.by_file("breathing.mp3") is None


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda s: s["name"])
def test_no_eight_word_run_of_the_article_is_copied(script):
    article = words(ARTICLE.read_text(encoding="utf-8"))
    runs = {tuple(article[i : i + 8]) for i in range(len(article) - 7)}
    for field in ("title", "text"):
        spoken = words(PAUSE_MARK.sub(" ", script[field]))
        copied = [
            spoken[i : i + 8] for i in range(len(spoken) - 7) if tuple(spoken[i : i + 8]) in runs
        ]
        assert not copied, (field, copied)


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda s: s["name"])
def test_her_guidance_is_attributed_and_the_breathing_is_not_passed_off_as_hers(script):
    if script["name"] == "breathing":
        assert "Stern" not in script["text"] and "article" not in script["text"].lower()
    elif script["name"].startswith(("repair", "empty-cup")):
        assert "Dr. Jessica Stern" in script["text"]
    assert script["section"]  # what in the article it draws on, if anything
