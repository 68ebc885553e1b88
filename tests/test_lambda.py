"""Calm Cradle on AWS Lambda: the handler Alexa invokes with the envelope as the event."""

from __future__ import annotations

import json
import logging

import pytest

from skill import lambda_handler as entry
from tests.alexa_signing import (
    API_ACCESS_TOKEN,
    DEVICE_ID,
    SKILL_ID,
    USER_ID,
    envelope,
    intent_request,
)
from tests.responses import assert_well_formed, spoken


@pytest.fixture
def settings_api(fake_alexa_api):
    """The device's Settings API (the skill asks it for the time zone)."""
    fake_alexa_api.token = API_ACCESS_TOKEN
    fake_alexa_api.time_zones[DEVICE_ID] = "America/New_York"
    return fake_alexa_api


def alexa_event(request, settings_api, **envelope_args):
    return envelope(request, api_endpoint=settings_api.endpoint, **envelope_args)


@pytest.fixture
def function_env(tmp_path, monkeypatch):
    """The Lambda function's environment; a fresh container (no app built yet) per test."""
    monkeypatch.setenv("ALEXA_SKILL_ID", SKILL_ID)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'lambda.sqlite'}")
    monkeypatch.setenv("USER_ID_SECRET", "lambda-test-secret")
    monkeypatch.delenv("ALEXA_VERIFY", raising=False)
    entry.lambda_app.cache_clear()
    yield
    if entry.lambda_app.cache_info().currsize:
        entry.lambda_app().extensions["store"].dispose()
    entry.lambda_app.cache_clear()


def invoke(event):
    """What Lambda does: the event arrives decoded from JSON, the result leaves as JSON."""
    result = entry.lambda_handler(json.loads(json.dumps(event)), context=None)
    return json.loads(json.dumps(result))


def remembered(user_id: str) -> bool:
    return entry.lambda_app().extensions["store"].load(user_id)["first_seen"] is not None


def test_a_launch_event_gets_the_welcome(function_env, settings_api):
    reply = invoke(alexa_event({"type": "LaunchRequest"}, settings_api))
    assert_well_formed(reply)
    assert "Calm Cradle" in spoken(reply)
    assert reply["response"]["shouldEndSession"] is False


def test_a_question_event_gets_guidance_from_the_article(function_env, settings_api):
    question = intent_request("QuestionIntent", {"Query": "why does my baby cry"})
    reply = invoke(alexa_event(question, settings_api))
    assert_well_formed(reply)
    assert "Stern" in spoken(reply)


def test_one_app_serves_every_event_of_a_container(function_env, settings_api):
    invoke(alexa_event({"type": "LaunchRequest"}, settings_api))
    invoke(alexa_event(intent_request("TipIntent"), settings_api, new_session=False))
    assert entry.lambda_app.cache_info().misses == 1


def test_an_event_for_another_skill_is_refused_before_the_skill_runs(
    function_env, settings_api, caplog
):
    other = "amzn1.ask.skill.99999999-0000-0000-0000-000000000000"
    with caplog.at_level(logging.INFO):
        reply = invoke(alexa_event({"type": "LaunchRequest"}, settings_api, skill_id=other))
    assert reply == {"error": "bad request"}
    assert "wrong skill id" in caplog.text
    assert not remembered(USER_ID), "the skill ran for a refused event"
    assert settings_api.requests == [], "the skill ran for a refused event"


@pytest.mark.parametrize(
    "event",
    [
        None,
        "LaunchRequest",
        [],
        {},
        {"version": "1.0", "request": {}},
        {"version": "1.0", "request": {"type": "LaunchRequest", "locale": "../../etc/passwd"}},
        {"version": 1, "request": {"type": "LaunchRequest"}},
        {"version": "1.0", "request": {"type": "LaunchRequest"}, "session": "not an object"},
    ],
    ids=["null", "string", "list", "empty", "no type", "bad locale", "numeric version",
         "bad session"],
)
def test_a_broken_event_is_refused_without_a_stack_trace(function_env, caplog, event):
    with caplog.at_level(logging.INFO):
        reply = invoke(event)
    assert reply == {"error": "bad request"}
    assert "refused Lambda event" in caplog.text
    assert "Traceback" not in caplog.text
    assert all(record.exc_info is None for record in caplog.records)


def test_an_unknown_request_type_still_gets_an_answer(function_env, settings_api):
    reply = invoke(alexa_event({"type": "Alexa.Presentation.APL.NewEventFromTheFuture"},
                               settings_api))
    assert reply["version"] == "1.0"
    assert "response" in reply


def test_missing_settings_are_named_at_the_first_event(function_env, monkeypatch):
    monkeypatch.delenv("ALEXA_SKILL_ID")
    monkeypatch.setenv("USER_ID_SECRET", " ")
    with pytest.raises(RuntimeError, match="ALEXA_SKILL_ID, USER_ID_SECRET"):
        entry.lambda_handler({"version": "1.0", "request": {"type": "LaunchRequest"}}, None)
