"""`calm-cradle package`: the ASK CLI skill package a developer uploads."""

from __future__ import annotations

import json

import pytest

from skill.cli import main
from skill.cli.package import PackageError, check_example_phrases
from skill.interaction_model import load_model
from skill.simulator.nlu import NLU

ENDPOINT = "https://calm.example.org/alexa"
PRIVACY = "https://calm.example.org/privacy"
LOCALES = {"en-US", "en-GB", "en-CA", "en-AU", "en-IN"}
PACKAGE = ["package", "--endpoint", ENDPOINT, "--privacy-url", PRIVACY]


@pytest.fixture
def package(tmp_path):
    assert main([*PACKAGE, "--out", str(tmp_path)]) == 0
    return tmp_path / "skill-package"


def read(path):
    return json.loads(path.read_text(encoding="utf-8"))


def test_manifest_lists_the_skill_in_every_english_locale(package):
    info = read(package / "skill.json")["manifest"]["publishingInformation"]
    assert set(info["locales"]) == LOCALES
    assert info["isAvailableWorldwide"] is False
    assert set(info["distributionCountries"]) == {"US", "GB", "CA", "AU", "IN"}
    assert info["category"] == "HEALTH_AND_FITNESS"
    for listing in info["locales"].values():
        assert listing["name"] == "Calm Cradle"
        assert listing["summary"] and listing["keywords"]
        assert (
            "not a substitute for professional medical or mental health advice"
            in (listing["description"])
        )
        phrases = listing["examplePhrases"]
        assert len(phrases) == 3
        assert phrases[0] == "Alexa, open calm cradle"
        assert all(
            p.startswith(
                ("Alexa, open calm cradle", "Alexa, ask calm cradle", "Alexa, tell calm cradle")
            )
            for p in phrases
        )


def test_example_phrases_are_samples_of_the_real_model(package):
    nlu = NLU(load_model())
    listing = read(package / "skill.json")["manifest"]["publishingInformation"]["locales"]["en-US"]
    for phrase in listing["examplePhrases"]:
        match = nlu.match(phrase)
        assert match.invoked and match.how in ("launch", "exact"), (phrase, match)


def test_example_phrase_missing_from_the_model_is_refused():
    model = load_model()
    for intent in model["interactionModel"]["languageModel"]["intents"]:
        intent["samples"] = [s for s in intent.get("samples", []) if "night feed" not in s]
    with pytest.raises(PackageError, match="night feed"):
        check_example_phrases(model)


def test_manifest_privacy_endpoint_permissions_and_events(package):
    manifest = read(package / "skill.json")["manifest"]
    privacy = manifest["privacyAndCompliance"]
    assert privacy["usesPersonalInfo"] is False
    assert privacy["isChildDirected"] is False
    assert privacy["containsAds"] is False
    assert privacy["allowsPurchases"] is False
    assert privacy["isExportCompliant"] is True
    assert {loc: v["privacyPolicyUrl"] for loc, v in privacy["locales"].items()} == dict.fromkeys(
        LOCALES, PRIVACY
    )
    endpoint = {"uri": ENDPOINT, "sslCertificateType": "Trusted"}
    assert manifest["apis"]["custom"]["endpoint"] == endpoint
    assert manifest["permissions"] == [{"name": "alexa::alerts:reminders:skill:readwrite"}]
    assert manifest["events"]["endpoint"] == endpoint
    assert {"eventName": "SKILL_DISABLED"} in manifest["events"]["subscriptions"]


def test_ask_cli_project_file_is_written_once(package):
    resources = package.parent / "ask-resources.json"
    data = read(resources)
    assert data["profiles"]["default"]["skillMetadata"]["src"] == "./skill-package"
    data["profiles"]["default"]["skillId"] = "amzn1.ask.skill.mine"
    resources.write_text(json.dumps(data), encoding="utf-8")
    assert main([*PACKAGE, "--out", str(package.parent)]) == 0
    assert read(resources)["profiles"]["default"]["skillId"] == "amzn1.ask.skill.mine"


def test_wildcard_certificate_flag(tmp_path):
    args = ["package", "--endpoint", ENDPOINT, "--privacy-url", PRIVACY, "--out", str(tmp_path)]
    assert main([*args, "--certificate", "wildcard"]) == 0
    manifest = read(tmp_path / "skill-package" / "skill.json")["manifest"]
    assert manifest["apis"]["custom"]["endpoint"]["sslCertificateType"] == "Wildcard"


def test_five_identical_locale_models_from_the_one_source(package):
    folder = package / "interactionModels" / "custom"
    assert {p.stem for p in folder.glob("*.json")} == LOCALES
    source = load_model()
    for path in folder.glob("*.json"):
        assert read(path) == source, path.name


@pytest.mark.parametrize(
    "endpoint", ["http://calm.example.org/alexa", "calm.example.org/alexa", "https:///alexa"]
)
def test_non_https_endpoint_is_refused(tmp_path, capsys, endpoint):
    args = ["package", "--endpoint", endpoint, "--privacy-url", PRIVACY, "--out", str(tmp_path)]
    code = main(args)
    assert code != 0
    assert "--endpoint must be an https:// URL" in capsys.readouterr().out
    assert not (tmp_path / "skill-package").exists()


def test_privacy_url_comes_from_the_setting_when_not_given(tmp_path, monkeypatch):
    monkeypatch.setenv("PRIVACY_POLICY_URL", PRIVACY)
    assert main(["package", "--endpoint", ENDPOINT, "--out", str(tmp_path)]) == 0
    privacy = read(tmp_path / "skill-package" / "skill.json")["manifest"]["privacyAndCompliance"]
    assert privacy["locales"]["en-IN"]["privacyPolicyUrl"] == PRIVACY


def test_missing_privacy_url_is_refused_with_a_fix(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("PRIVACY_POLICY_URL", raising=False)
    assert main(["package", "--endpoint", ENDPOINT, "--out", str(tmp_path)]) != 0
    assert "--privacy-url" in capsys.readouterr().out


def test_invalid_model_is_not_packaged(tmp_path, capsys):
    model = load_model()
    model["interactionModel"]["languageModel"]["invocationName"] = "open cradle"
    path = tmp_path / "model.json"
    path.write_text(json.dumps(model), encoding="utf-8")
    args = ["package", "--endpoint", ENDPOINT, "--privacy-url", PRIVACY, "--out", str(tmp_path)]
    assert main([*args, "--model", str(path)]) != 0
    assert 'launch word "open"' in capsys.readouterr().out
    assert not (tmp_path / "skill-package").exists()
