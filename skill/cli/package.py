"""``calm-cradle package --endpoint https://HOST/alexa --out DIR``: an ASK CLI skill package.

Writes ``DIR/skill-package/skill.json`` (the manifest: store listing with the health
disclaimer, privacy answers, the https endpoint, the reminders permission and the
SKILL_DISABLED event), ``DIR/skill-package/interactionModels/custom/<locale>.json`` for
every shipped locale, all from the one source model, and ``DIR/ask-resources.json`` for
``ask deploy`` (once). Nothing is written unless the model passes validation and the
example phrases are samples of it.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from skill import config
from skill.interaction_model import (
    LOCALES,
    SOURCE_PATH,
    load_model,
    locale_models,
    validate_model,
)
from skill.simulator.nlu import NLU

SKILL_NAME = "Calm Cradle"
CERTIFICATE_TYPES = {"trusted": "Trusted", "wildcard": "Wildcard"}
DISTRIBUTION_COUNTRIES = ("US", "GB", "CA", "AU", "IN")
REMINDERS_PERMISSION = "alexa::alerts:reminders:skill:readwrite"
DISCLAIMER = (
    "Calm Cradle is not a substitute for professional medical or mental health advice, "
    "diagnosis or treatment. If you are worried about your baby's health or your own, "
    "contact your doctor or health visitor. In an emergency, call your local emergency number."
)
SUMMARY = "Short, calm guidance on secure attachment for parents of babies, even at 3 a.m."
DESCRIPTION = (
    "Calm Cradle keeps a parent company while holding a baby, often at night. Ask a short "
    "question and hear a warm answer in one breath, drawn from Dr. Jessica Stern's article on "
    "secure attachment: why babies cry, whether you can spoil a newborn, how to repair after "
    "a hard moment. Say you are doing a night feed for a quiet check-in, ask to breathe "
    "together, or set a daily repair reminder.\n\n" + DISCLAIMER
)
# Every phrase must be a sample of the interaction model, word for word (checked before writing).
EXAMPLE_PHRASES = (
    "Alexa, open calm cradle",
    "Alexa, ask calm cradle why do babies cry",
    "Alexa, tell calm cradle I'm doing a night feed",
)
KEYWORDS = ("parenting", "baby", "newborn", "attachment", "night feed", "calm", "soothing")
TESTING_INSTRUCTIONS = (
    "Say 'Alexa, open calm cradle', then 'why does my baby cry' and 'tell me more'. "
    "Say 'I'm doing a night feed' for a check-in, or 'remind me every day at eight pm' to set "
    "a repair reminder (asks for reminders permission). The skill stores no personal "
    "information beyond a hashed user id and preferences, deleted on 'delete my data'."
)


# The ASK CLI project file: skill metadata only, since the endpoint is hosted by us.
ASK_RESOURCES = {
    "askcliResourcesVersion": "2020-03-31",
    "profiles": {"default": {"skillMetadata": {"src": "./skill-package"}}},
}


class PackageError(ValueError):
    """The package cannot be built as asked; the message says how to fix it."""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "package", help="write an ASK CLI skill-package/ (manifest + interaction models)"
    )
    parser.add_argument("--endpoint", required=True, help="public https URL of POST /alexa")
    parser.add_argument("--out", required=True, type=Path, help="folder to write skill-package/ in")
    parser.add_argument(
        "--privacy-url", help="privacy policy URL (default: the PRIVACY_POLICY_URL setting)"
    )
    parser.add_argument(
        "--certificate",
        choices=sorted(CERTIFICATE_TYPES),
        default="trusted",
        help="the endpoint's certificate: trusted (its own name) or wildcard (*.domain)",
    )
    parser.add_argument("--model", type=Path, default=SOURCE_PATH, help="source model")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    privacy_url = args.privacy_url or config.from_environment().get("PRIVACY_POLICY_URL")
    try:
        written = write_package(
            args.out,
            endpoint=args.endpoint,
            privacy_url=privacy_url,
            certificate=CERTIFICATE_TYPES[args.certificate],
            model=load_model(args.model),
        )
    except (PackageError, OSError, json.JSONDecodeError) as error:
        print(f"calm-cradle package: {error}")
        return 2
    print(f"Wrote {written}. To upload it: cd {args.out} && ask deploy")
    return 0


def write_package(
    out: Path,
    *,
    endpoint: str,
    privacy_url: str | None,
    certificate: str = "Trusted",
    model: dict[str, Any],
) -> Path:
    """Write the skill package under ``out``; returns the skill-package folder."""
    _require_https("--endpoint", endpoint, "the public URL of POST /alexa")
    if not privacy_url:
        raise PackageError(
            "no privacy policy URL: pass --privacy-url https://... or set PRIVACY_POLICY_URL"
        )
    _require_https("--privacy-url", privacy_url, "where your privacy policy is published")
    problems = validate_model(model)
    if problems:
        listed = "\n  ".join(str(p) for p in problems)
        raise PackageError(f"the interaction model has problems:\n  {listed}")
    check_example_phrases(model)

    package = Path(out) / "skill-package"
    models = package / "interactionModels" / "custom"
    models.mkdir(parents=True, exist_ok=True)
    _write_json(package / "skill.json", build_manifest(endpoint, privacy_url, certificate))
    for locale, locale_model in locale_models(model).items():
        _write_json(models / f"{locale}.json", locale_model)
    resources = Path(out) / "ask-resources.json"
    if not resources.exists():  # after the first deploy it holds the skill id: keep it
        _write_json(resources, ASK_RESOURCES)
    return package


def build_manifest(endpoint: str, privacy_url: str, certificate: str = "Trusted") -> dict:
    """The skill manifest (skill.json) for an https endpoint."""
    endpoint_object = {"uri": endpoint, "sslCertificateType": certificate}
    listing = {
        "name": SKILL_NAME,
        "summary": SUMMARY,
        "description": DESCRIPTION,
        "examplePhrases": list(EXAMPLE_PHRASES),
        "keywords": list(KEYWORDS),
    }
    return {
        "manifest": {
            "manifestVersion": "1.0",
            "publishingInformation": {
                "locales": {locale: dict(listing) for locale in LOCALES},
                "isAvailableWorldwide": False,
                "distributionCountries": list(DISTRIBUTION_COUNTRIES),
                "distributionMode": "PUBLIC",
                "category": "HEALTH_AND_FITNESS",
                "testingInstructions": TESTING_INSTRUCTIONS,
            },
            "privacyAndCompliance": {
                "allowsPurchases": False,
                "usesPersonalInfo": False,
                "isChildDirected": False,
                "isExportCompliant": True,
                "containsAds": False,
                "locales": {locale: {"privacyPolicyUrl": privacy_url} for locale in LOCALES},
            },
            "permissions": [{"name": REMINDERS_PERMISSION}],
            "events": {
                "endpoint": dict(endpoint_object),
                "subscriptions": [{"eventName": "SKILL_DISABLED"}],
            },
            "apis": {"custom": {"endpoint": dict(endpoint_object)}},
        }
    }


def check_example_phrases(model: dict[str, Any]) -> None:
    """Raise unless every example phrase is a launch or, after the skill name, a sample.

    Certification rejects example phrases the model does not contain; a close match, or one
    caught by a broad carrier phrase such as "i am {Query}", is not enough.
    """
    nlu = NLU(model)
    for phrase in EXAMPLE_PHRASES:
        match = nlu.match(phrase)
        if not match.invoked or match.how not in ("launch", "exact"):
            raise PackageError(
                f'example phrase "{phrase}" matches no sample of the interaction model '
                f"(best guess: {match.label}); add its words as a sample or change the phrase"
            )


def _require_https(option: str, url: str, what: str) -> None:
    parts = urlsplit(url)
    if parts.scheme.lower() != "https" or not parts.hostname:
        raise PackageError(
            f"{option} must be an https:// URL with a host name ({what}), got {url!r}; "
            "Alexa only calls skills and shows policies over https"
        )


def _write_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
