"""Interaction model rules: each caught on a small broken model; the real model passes."""

from __future__ import annotations

import copy
import json
from dataclasses import replace

import pytest

from skill.cli import main
from skill.cli.validate import MAX_ANSWER_WORDS, TOPIC_IDS, content_problems
from skill.content import LocaleContent, Topic
from skill.interaction_model import (
    LOCALES,
    MIN_CUSTOM_SAMPLES,
    REQUIRED_BUILTINS,
    load_model,
    locale_models,
    normalise,
    validate_model,
)

TIP_SAMPLES = [f"give me tip number {word}" for word in "abcdefghijklmno"]


def small_model() -> dict:
    """A minimal model that passes every rule; each test breaks one thing."""
    return {
        "interactionModel": {
            "languageModel": {
                "invocationName": "calm cradle",
                "intents": [
                    *({"name": name, "samples": []} for name in REQUIRED_BUILTINS),
                    {"name": "TipIntent", "slots": [], "samples": list(TIP_SAMPLES)},
                    {
                        "name": "QuestionIntent",
                        "slots": [{"name": "Query", "type": "AMAZON.SearchQuery"}],
                        "samples": [f"question {w} {{Query}}" for w in "abcdefghijklmno"],
                    },
                    {
                        "name": "MoodIntent",
                        "slots": [{"name": "Mood", "type": "MOOD"}],
                        "samples": [f"i feel {w} {{Mood}}" for w in "abcdefghijklmno"],
                    },
                ],
                "types": [{"name": "MOOD", "values": [{"name": {"value": "tired"}}]}],
            }
        }
    }


def intents(model: dict) -> dict[str, dict]:
    return {i["name"]: i for i in model["interactionModel"]["languageModel"]["intents"]}


def messages(model: dict) -> list[str]:
    return [str(p) for p in validate_model(model)]


def test_small_model_is_valid():
    assert validate_model(small_model()) == []


def test_real_model_passes_validation():
    problems = validate_model(load_model())
    assert problems == [], "\n".join(map(str, problems))


def test_missing_language_model_is_reported_not_raised():
    assert "no languageModel" in messages({"interactionModel": {}})[0]


@pytest.mark.parametrize(
    ("name", "complaint"),
    [
        ("Calm Cradle", "lower-case"),
        ("calm cradle 2", "lower-case"),
        ("cradle", "fewer than two words"),
        ("open calm cradle", 'launch word "open"'),
        ("ask the cradle", 'launch word "ask"'),
        ("calm cradle tell", 'launch word "tell"'),
        ("alexa cradle", 'reserved word "alexa"'),
        ("echo cradle", 'reserved word "echo"'),
        ("amazon cradle", 'reserved word "amazon"'),
    ],
)
def test_invocation_name_rules(name, complaint):
    model = small_model()
    model["interactionModel"]["languageModel"]["invocationName"] = name
    found = messages(model)
    assert any(complaint in m and m.startswith("invocationName") for m in found), found


@pytest.mark.parametrize("sample", ["give me tip 2", "tip? please", "tip & more", "tip_please"])
def test_sample_characters_are_limited(sample):
    model = small_model()
    intents(model)["TipIntent"]["samples"].append(sample)
    found = messages(model)
    assert any("intents[TipIntent].samples[15]" in m and "contains" in m for m in found), found


@pytest.mark.parametrize("sample", ["what's a tip", "a check-in tip", "a tip at eight p.m."])
def test_apostrophes_hyphens_and_abbreviation_periods_are_allowed(sample):
    model = small_model()
    intents(model)["TipIntent"]["samples"].append(sample)
    assert messages(model) == []


def test_slot_reference_must_be_declared_on_the_intent():
    model = small_model()
    intents(model)["TipIntent"]["samples"].append("give me a tip about {Topic}")
    found = messages(model)
    assert any("{Topic}" in m and "does not declare" in m for m in found), found


def test_same_sample_in_two_intents_is_a_conflict():
    model = small_model()
    intents(model)["AMAZON.HelpIntent"]["samples"].append("Give me  tip number A")
    found = messages(model)
    assert any('"give me tip number a" is also a sample of' in m for m in found), found


def test_search_query_slot_alone_needs_a_carrier_phrase():
    model = small_model()
    intents(model)["QuestionIntent"]["samples"].append("{Query}")
    found = messages(model)
    assert any("AMAZON.SearchQuery slot alone" in m for m in found), found


def test_custom_slot_type_must_be_defined():
    model = small_model()
    model["interactionModel"]["languageModel"]["types"] = []
    found = messages(model)
    assert any("intents[MoodIntent].slots[Mood]" in m and "'MOOD'" in m for m in found), found


@pytest.mark.parametrize("builtin", REQUIRED_BUILTINS)
def test_required_builtins_must_be_present(builtin):
    model = small_model()
    lm = model["interactionModel"]["languageModel"]
    lm["intents"] = [i for i in lm["intents"] if i["name"] != builtin]
    found = messages(model)
    assert any(builtin in m and "missing" in m for m in found), found


def test_custom_intent_needs_fifteen_distinct_samples():
    model = small_model()
    samples = intents(model)["TipIntent"]["samples"]
    samples[-1] = samples[0].upper()  # a duplicate in other case does not count twice
    found = messages(model)
    assert any(
        "intents[TipIntent].samples" in m and f"fewer than {MIN_CUSTOM_SAMPLES}" in m for m in found
    ), found


def test_an_intent_of_one_carrier_phrase_needs_no_more_samples():
    """A lead word's question intent ("worst {Query}") has its variety in the slot."""
    model = small_model()
    model["interactionModel"]["languageModel"]["intents"].append(
        {
            "name": "LeadWorstQuestionIntent",
            "slots": [{"name": "Query", "type": "AMAZON.SearchQuery"}],
            "samples": ["worst {Query}"],
        }
    )
    assert messages(model) == []
    intents(model)["LeadWorstQuestionIntent"]["samples"].append("the worst")
    assert any("fewer than" in m for m in messages(model))


def test_builtin_intents_need_no_samples():
    assert not any("AMAZON." in m for m in messages(small_model()))


def test_problems_say_how_to_fix_them():
    model = small_model()
    intents(model)["QuestionIntent"]["samples"].append("{Query}")
    (problem,) = validate_model(model)
    assert problem.fix and "Fix:" in str(problem)


def test_locale_models_are_independent_copies_for_every_english_locale():
    source = load_model()
    models = locale_models(source)
    assert set(models) == set(LOCALES) == {"en-US", "en-GB", "en-CA", "en-AU", "en-IN"}
    texts = {json.dumps(m, sort_keys=True) for m in models.values()}
    assert texts == {json.dumps(source, sort_keys=True)}
    before = copy.deepcopy(source)
    models["en-GB"]["interactionModel"]["languageModel"]["invocationName"] = "changed name"
    assert source == before and models["en-US"] == before


def test_normalise_ignores_case_punctuation_and_spacing():
    said = "  I’m doing a Night-Feed, at 8:30 p.m.! "
    assert normalise(said) == "i'm doing a night feed at 8:30 pm"


# --- calm-cradle validate -----------------------------------------------------------------


def locale_content(**changes) -> LocaleContent:
    """Content with every contract topic, each answer short and well formed; tests break one."""
    topics = {
        topic_id: Topic(
            id=topic_id,
            intent="TipIntent",
            title=topic_id,
            section="A heading",
            answers=("Dr. Jessica Stern suggests holding your baby close.",),
            more="A little more, in a few calm words.",
            samples=(),
        )
        for topic_id in TOPIC_IDS
    }
    fields = {
        "locale": "en-US",
        "dialogs": {"welcome": ("Welcome to Calm Cradle, {name}.",)},
        "guidance": topics,
        "source": {},
    }
    return LocaleContent(**{**fields, **changes})


def test_well_formed_content_has_no_problems():
    assert content_problems(locale_content(), {"TipIntent"}) == []


def test_missing_contract_topic_is_reported():
    words = locale_content()
    del words.guidance["crying"]
    found = [str(p) for p in content_problems(words)]
    assert any('topic "crying" is missing' in m and "guidance.json" in m for m in found), found


def test_answer_over_one_breath_is_reported():
    words = locale_content()
    long_answer = " ".join(["word"] * (MAX_ANSWER_WORDS + 1))
    words.guidance["repair"] = replace(words.guidance["repair"], answers=("Short.", long_answer))
    (problem,) = content_problems(words)
    assert "topics[repair].answers[1]" in problem.where
    assert f"{MAX_ANSWER_WORDS + 1} words" in problem.message and problem.fix


def test_topic_intent_missing_from_the_model_is_reported():
    found = [str(p) for p in content_problems(locale_content(), {"OtherIntent"})]
    assert any("its intent TipIntent is not in the interaction model" in m for m in found)


def test_malformed_dialog_placeholder_is_reported():
    words = locale_content(dialogs={"welcome": ("Welcome {name.",)})
    (problem,) = content_problems(words)
    assert problem.where.endswith("welcome.dialog") and "placeholder" in problem.message


def test_text_that_breaks_a_speech_limit_is_reported():
    words = locale_content(dialogs={"welcome": ("calm " * 2000,)})
    (problem,) = content_problems(words)
    assert "speech limit" in problem.message


def test_validate_command_names_the_file_and_fails(tmp_path, capsys):
    model = load_model()
    model["interactionModel"]["languageModel"]["invocationName"] = "alexa cradle"
    path = tmp_path / "model.json"
    path.write_text(json.dumps(model), encoding="utf-8")
    assert main(["validate", "--model", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}: invocationName: 'alexa cradle' contains the reserved word \"alexa\"" in out
    assert "Fix:" in out and "problem(s) found" in out


def test_validate_command_reports_broken_json_with_its_position(tmp_path, capsys):
    path = tmp_path / "model.json"
    path.write_text('{"interactionModel": }', encoding="utf-8")
    assert main(["validate", "--model", str(path)]) == 1
    assert f"{path}:1:22: not valid JSON" in capsys.readouterr().out


def test_the_shipped_model_content_and_audio_pass_validate(capsys):
    assert main(["validate"]) == 0, capsys.readouterr().out
