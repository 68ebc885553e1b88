"""Offline tooling: prompt scripts -> Alexa-conformant MP3 files + audio/manifest.json.

Used by `calm-cradle render-audio`; the running skill only reads the result
(see skill.audio_library).
"""

from skill.render.engines import ENGINES, RenderError
from skill.render.pipeline import RenderResult, StalePrompt, render_all, stale_prompts

__all__ = ["ENGINES", "RenderError", "RenderResult", "StalePrompt", "render_all", "stale_prompts"]
