"""``calm-cradle validate``: the checks a certification reviewer would run, before uploading.

Interaction model rules (skill.interaction_model), the guidance catalog against the
public topic list and the one-breath test, every spoken string through the real SSML
builder, and the rendered audio against its scripts. Each problem names the file, what is
wrong and how to fix it; any problem makes the exit code non-zero.
"""

from __future__ import annotations

import argparse
import json
import string
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path

from skill import content, speech
from skill.interaction_model import SOURCE_PATH, Problem, language_model, load_model, validate_model

# The public contract of guidance topic ids (the `ask` CLI prints them).
TOPIC_IDS = (
    "secure-attachment",
    "why-attachment-matters",
    "secure-base",
    "safe-haven",
    "spoiling",
    "crying",
    "availability",
    "behavior-communication",
    "soothing",
    "perfect-parent",
    "repair",
    "self-care",
    "getting-started",
    "triggers",
    "programs",
    "separation",
    "bonding-timeline",
)
MAX_ANSWER_WORDS = 45  # the one-breath test
MAX_MORE_WORDS = 60
EXAMPLE_FILL = "example"  # stands in for {placeholders} when checking dialog lines


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "validate",
        help="check the interaction model, spoken content and audio before shipping",
    )
    parser.add_argument(
        "--model", type=Path, default=SOURCE_PATH, help="interaction model (default: %(default)s)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    problems = all_problems(args.model)
    for problem in problems:
        print(problem)
    if problems:
        print(f"\n{len(problems)} problem(s) found.")
        return 1
    print("Interaction model, content and audio: all checks passed.")
    return 0


def all_problems(model_path: Path = SOURCE_PATH) -> list[Problem]:
    """Every problem the model, the content and the audio have."""
    problems: list[Problem] = []
    model = _read_model(model_path, problems)
    intents = None
    if model is not None:
        problems += [
            Problem(f"{model_path}: {p.where}", p.message, p.fix) for p in validate_model(model)
        ]
        with suppress(KeyError, TypeError):
            intents = {i.get("name") for i in language_model(model).get("intents") or []}
    for locale in sorted({content.content_locale(loc) for loc in content.SUPPORTED_LOCALES}):
        try:
            words = content.for_locale(locale)
        except (OSError, ValueError, KeyError, TypeError) as error:
            problems.append(
                Problem(
                    str(content.CONTENT_DIR / locale),
                    f"content does not load ({type(error).__name__}: {error})",
                    "make guidance.json and the dialog files match the catalog format",
                )
            )
            continue
        problems += content_problems(words, intents)
    problems += audio_problems()
    return problems


def _read_model(path: Path, problems: list[Problem]) -> dict | None:
    try:
        return load_model(path)
    except FileNotFoundError:
        fix = "run from the repository root, or pass --model PATH"
        problems.append(Problem(str(path), "the interaction model file does not exist", fix))
    except json.JSONDecodeError as error:
        problems.append(
            Problem(
                f"{path}:{error.lineno}:{error.colno}",
                f"not valid JSON ({error.msg})",
                "fix the JSON syntax at that position",
            )
        )
    return None


def content_problems(
    words: content.LocaleContent, intents: set[str] | None = None
) -> list[Problem]:
    """The guidance catalog and dialog lines of one locale's content.

    ``intents`` are the model's intent names, to check each topic's intent exists.
    """
    folder = content.CONTENT_DIR / words.locale
    problems = list(_guidance_problems(folder / "guidance.json", words, intents))
    for name, variants in sorted(words.dialogs.items()):
        where = folder / "dialog" / f"{name}.dialog"
        if not variants:
            problems.append(Problem(str(where), "has no spoken lines", "add at least one line"))
        for line in variants:
            problems += _ssml_problems(str(where), _filled(line))
    return problems


def _guidance_problems(
    path: Path, words: content.LocaleContent, intents: set[str] | None
) -> Iterator[Problem]:
    for topic_id in TOPIC_IDS:
        if topic_id not in words.guidance:
            yield Problem(
                str(path),
                f'topic "{topic_id}" is missing',
                "add it: topic ids are a public contract",
            )
    for topic in words.guidance.values():
        where = f"{path}: topics[{topic.id}]"
        if not topic.answers:
            yield Problem(where, "has no answers", "add at least one spoken answer")
        for index, answer in enumerate(topic.answers):
            yield from _length_problems(f"{where}.answers[{index}]", answer, MAX_ANSWER_WORDS)
            yield from _ssml_problems(f"{where}.answers[{index}]", answer)
        yield from _length_problems(f"{where}.more", topic.more, MAX_MORE_WORDS)
        yield from _ssml_problems(f"{where}.more", topic.more)
        if intents is not None and topic.intent not in intents:
            yield Problem(
                where,
                f"its intent {topic.intent} is not in the interaction model",
                "regenerate the topic intents into interaction_models/en-US.json",
            )


def _length_problems(where: str, text: str, limit: int) -> Iterator[Problem]:
    count = len(text.split())
    if count > limit:
        yield Problem(
            where,
            f"is {count} words, over the {limit}-word limit",
            f"shorten it to {limit} words or fewer, so it can be said in a breath or two",
        )


def _filled(line: str) -> str | None:
    """A dialog line with its {placeholders} filled, or None when its braces are malformed."""
    try:
        fields = {name for _, name, _, _ in string.Formatter().parse(line) if name}
        return line.format(**dict.fromkeys(fields, EXAMPLE_FILL))
    except (ValueError, IndexError, KeyError, AttributeError):
        return None


def _ssml_problems(where: str, text: str | None) -> list[Problem]:
    """Problems turning ``text`` into SSML Alexa accepts, through the one SSML builder."""
    if text is None:
        return [
            Problem(
                where,
                "has a malformed {placeholder}",
                "write placeholders as {name}; double literal braces as {{ }}",
            )
        ]
    try:
        ET.fromstring(speech.to_ssml(text))
    except speech.SpeechLimitError as error:
        return [Problem(where, f"breaks an Alexa speech limit ({error})", "shorten it")]
    except ET.ParseError as error:
        return [
            Problem(
                where,
                f"does not make well-formed SSML ({error})",
                "fix skill.speech escaping for this text, or remove the odd characters",
            )
        ]
    return []


def audio_problems() -> list[Problem]:
    """Rendered prompts whose audio is out of date with their scripts.

    The audio tooling is optional here: it is imported at this one point so the other checks
    still run on a checkout without it.
    """
    try:
        from skill.render import stale_prompts
    except ImportError as error:
        return [
            Problem(
                "skill/render",
                f"audio checks unavailable ({error})",
                "install the audio tooling, then run validate again",
            )
        ]
    try:
        stale = stale_prompts()
    except (OSError, ValueError, KeyError) as error:
        return [
            Problem(
                "audio/manifest.json",
                f"cannot be checked ({error})",
                "run `calm-cradle render-audio` to rebuild the audio and its manifest",
            )
        ]
    return [
        Problem(f"audio: prompt {s.name}", s.reason, "run `calm-cradle render-audio`")
        for s in stale
    ]
