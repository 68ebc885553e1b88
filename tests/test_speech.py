import xml.etree.ElementTree as ET

import pytest

from skill import speech
from skill.speech import Audio, Pause


def test_text_with_markup_characters_is_escaped_and_parses():
    ssml = speech.to_ssml('Babies & parents <3 "quotes" \x07bell')
    root = ET.fromstring(ssml)
    assert "Babies & parents <3" in "".join(root.itertext())
    assert "\x07" not in ssml


def test_night_voice_is_softer_and_slower_than_the_day_voice():
    day = ET.fromstring(speech.to_ssml("hello", speech.CALM)).find("prosody")
    night = ET.fromstring(speech.to_ssml("hello", speech.SOFT)).find("prosody")
    assert night.get("volume") == "soft"
    assert int(night.get("rate").rstrip("%")) < int(day.get("rate").rstrip("%"))


def test_long_pauses_are_split_into_breaks_alexa_accepts():
    ssml = speech.to_ssml(["in", Pause(25), "out"])
    times = [b.get("time") for b in ET.fromstring(ssml).iter("break")]
    assert times == ["10000ms", "10000ms", "5000ms"]


def test_audio_budget_allows_five_clips_within_240_seconds():
    clips = [Audio(f"https://example.com/{i}.mp3", 40) for i in range(5)]
    assert speech.audio_sources(speech.to_ssml(clips)) == [c.url for c in clips]


@pytest.mark.parametrize(
    "clips",
    [
        [Audio(f"https://example.com/{i}.mp3", 1) for i in range(6)],
        [Audio("https://example.com/a.mp3", 200), Audio("https://example.com/b.mp3", 41)],
        [Audio("http://example.com/a.mp3", 5)],
    ],
    ids=["six clips", "over 240 s", "not https"],
)
def test_audio_alexa_would_reject_is_refused(clips):
    with pytest.raises(speech.SpeechLimitError):
        speech.to_ssml(clips)


def test_speech_over_alexas_limit_is_refused():
    with pytest.raises(speech.SpeechLimitError):
        speech.to_ssml("word " * 2000)


def test_plain_text_drops_pauses_and_audio():
    parts = ["Breathe in.", Pause(3), Audio("https://x/a.mp3", 2), "Breathe out."]
    assert speech.to_text(parts) == "Breathe in. Breathe out."
