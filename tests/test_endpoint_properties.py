"""Properties of POST /alexa under random input: never a 500, never internals in a body.

Random headers and bodies are refused with the generic body and no skill logic; any envelope
Alexa could send (random request types, intents, slot text, locales, missing optional parts)
gets a 200 and a well-formed response. Runs are bounded so the suite stays fast.
"""

from __future__ import annotations

import base64
import json
import logging
from datetime import timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from skill.content import SUPPORTED_LOCALES
from skill.handlers.reply import LAST_TOPIC, OFFER, TIPS_HEARD
from skill.interaction_model import load_model
from tests.alexa_signing import CERT_URL, SKILL_ID, Clock, envelope
from tests.responses import assert_well_formed
from tests.signed_app import CAP, REJECTED, TOO_LARGE, HandlerSpy, signed_app

BOUNDED = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# --- strategies ------------------------------------------------------------------------------

# Any code point, with surrogates and control characters drawn often (the default never does).
any_char = st.one_of(
    st.characters(exclude_categories=[]), st.characters(categories=["Cs", "Cc", "Cf", "Zl"])
)
any_text = st.text(any_char, max_size=300)
# At most three slots per request, so the body stays under the cap.
long_text = st.integers(1_000, 18_000).map(lambda n: ("why does my baby cry " * n)[:n])
slot_text = st.one_of(any_text, long_text, st.text(max_size=80))

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                   max_size=4),
    max_leaves=12,
)

header_text = st.text(st.characters(min_codepoint=0x20, max_codepoint=0xFF,
                                    exclude_characters="\x7f"), max_size=120)
headers = st.fixed_dictionaries(
    {},
    optional={
        "Content-Type": st.sampled_from(["application/json", "application/json; charset=utf-8",
                                         "text/plain", "application/xml"]) | header_text,
        "Signature-256": header_text
        | st.binary(min_size=1, max_size=300).map(lambda b: base64.b64encode(b).decode()),
        "SignatureCertChainUrl": st.sampled_from(
            [CERT_URL, CERT_URL.replace("https", "http"), "https://s3.amazonaws.com/echo.api/x",
             "https://[::1", "file:///etc/passwd"]
        ) | header_text,
        "Signature": header_text,
        "X-Forwarded-For": header_text,
    },
).flatmap(lambda fixed: st.dictionaries(
    st.from_regex(r"X-[A-Za-z0-9-]{1,20}", fullmatch=True), header_text, max_size=3
).map(lambda extra: {**extra, **fixed}))

random_bodies = st.one_of(
    st.binary(max_size=3000),
    json_values.map(lambda v: json.dumps(v).encode()),
    st.integers(0, 3 * CAP).map(lambda n: b"[" * n),
    st.integers(CAP - 10, CAP + 10).map(lambda n: b" " * n),
)

KNOWN_REQUEST_TYPES = [
    "LaunchRequest", "IntentRequest", "SessionEndedRequest", "CanFulfillIntentRequest",
    "AudioPlayer.PlaybackStarted", "AudioPlayer.PlaybackNearlyFinished",
    "AudioPlayer.PlaybackFailed", "PlaybackController.NextCommandIssued",
    "System.ExceptionEncountered", "Connections.Response", "Alexa.Presentation.APL.UserEvent",
]
# Mostly intent requests (where the parent's words arrive), then launches, then everything else.
REQUEST_KINDS = {
    "intent": st.just("IntentRequest"),
    "launch": st.just("LaunchRequest"),
    "known": st.sampled_from(KNOWN_REQUEST_TYPES),
    "new": st.from_regex(r"[A-Z][A-Za-z]{0,15}(\.[A-Z][A-Za-z]{0,15}){0,2}", fullmatch=True),
}
request_types = st.sampled_from(["intent"] * 5 + ["launch", "known", "new"]).flatmap(
    REQUEST_KINDS.__getitem__
)
INTENT_SLOTS = {
    intent["name"]: [slot["name"] for slot in intent.get("slots", [])]
    for intent in load_model()["interactionModel"]["languageModel"]["intents"]
}
# Intents with free-text slots come up often: that is where odd text gets in.
SLOTTED_INTENTS = sorted(name for name, slots in INTENT_SLOTS.items() if slots)
intent_names = st.one_of(
    st.sampled_from(sorted(INTENT_SLOTS)),
    st.sampled_from(SLOTTED_INTENTS),
    st.from_regex(r"[A-Za-z.]{1,40}", fullmatch=True),
)
locales = st.sampled_from(SUPPORTED_LOCALES) | st.from_regex(r"[a-z]{2}-[A-Z]{2}", fullmatch=True)
# Alexa API calls (reminders, time zone) fail at once here and must degrade to speech.
CLOSED_API_ENDPOINT = "https://127.0.0.1:9"
# Parts Alexa leaves out in ordinary traffic: the skill must answer as usual without them.
OPTIONAL_PARTS = [
    "request.dialogState", "request.intent.slots", "request.intent.confirmationStatus",
    "session.attributes", "context.System.device.supportedInterfaces.AudioPlayer",
]
# Parts Alexa always sends with launch and intent requests. Without one a handler may fail,
# but the answer must still be a well-formed 200 (an apology at worst). The skill id (in
# context.System.application) stays: without it nothing verifies.
ALWAYS_SENT_PARTS = [
    "session", "session.user", "session.new", "context.System.device", "context.System.user",
    "context.System.apiAccessToken", "context.System.apiEndpoint", "request.locale",
    "request.requestId",
]


@st.composite
def alexa_requests(draw) -> dict[str, Any]:
    """The ``request`` part of an envelope Alexa could send, of any type."""
    request: dict[str, Any] = {"type": draw(request_types)}
    if request["type"] == "IntentRequest" or draw(st.booleans()):
        name = draw(intent_names)
        extra = draw(st.lists(st.from_regex(r"[A-Za-z]{1,12}", fullmatch=True), max_size=2))
        slots = {}
        for slot in [*INTENT_SLOTS.get(name, []), *extra]:
            slots[slot] = {"name": slot, "confirmationStatus": "NONE"}
            value = draw(st.none() | slot_text)
            if value is not None:
                slots[slot]["value"] = value
        request["intent"] = {
            "name": name,
            "confirmationStatus": draw(st.sampled_from(["NONE", "CONFIRMED", "DENIED"])),
            "slots": slots,
        }
        request["dialogState"] = draw(
            st.sampled_from(["STARTED", "IN_PROGRESS", "COMPLETED"]) | st.from_regex(
                r"[A-Z_]{1,20}", fullmatch=True
            )
        )
    return request


ANY_REQUEST = alexa_requests()


def _delete(data: dict[str, Any], path: str) -> None:
    *parents, leaf = path.split(".")
    for key in parents:
        data = data.get(key)
        if not isinstance(data, dict):
            return
    data.pop(leaf, None)


@st.composite
def spoken_requests(draw, intent: str) -> dict[str, Any]:
    """An IntentRequest for ``intent`` with every slot of the model filled with any text."""
    return {
        "type": "IntentRequest",
        "intent": {
            "name": intent,
            "confirmationStatus": "NONE",
            "slots": {
                slot: {"name": slot, "value": draw(slot_text), "confirmationStatus": "NONE"}
                for slot in INTENT_SLOTS[intent]
            },
        },
    }


@st.composite
def valid_envelopes(
    draw, clock: Clock, requests: st.SearchStrategy = ANY_REQUEST, droppable=tuple(OPTIONAL_PARTS)
) -> dict:
    """A whole envelope, sent within the allowed clock skew, with some parts left out."""
    sent = clock() + timedelta(seconds=draw(st.integers(-150, 150)))
    data = envelope(draw(requests), locale=draw(locales), timestamp=sent,
                    new_session=draw(st.booleans()), api_endpoint=CLOSED_API_ENDPOINT)
    for path in draw(st.lists(st.sampled_from(droppable), unique=True, max_size=4)):
        _delete(data, path)
    return data


def _paths(data: Any, prefix: tuple = ()) -> list[tuple]:
    """Every key path in a JSON document."""
    found = [prefix] if prefix else []
    if isinstance(data, dict):
        for key, value in data.items():
            found += _paths(value, (*prefix, key))
    return found


@st.composite
def mutated_envelopes(draw, clock: Clock) -> dict[str, Any]:
    """A valid envelope with one field replaced by random JSON, or removed."""
    data = draw(valid_envelopes(clock))
    *parents, leaf = draw(st.sampled_from(_paths(data)))
    target = data
    for key in parents:
        target = target[key]
    if draw(st.booleans()):
        del target[leaf]
    else:
        target[leaf] = draw(json_values)
    return data


# --- fixtures --------------------------------------------------------------------------------




@pytest.fixture
def client(tmp_path, signer, clock):
    return signed_app(tmp_path, signer.make_verifier(SKILL_ID, clock=clock)).test_client()


@pytest.fixture
def spy(monkeypatch):
    return HandlerSpy(monkeypatch)


@pytest.fixture
def skill_errors(caplog):
    """Clears, then returns, the ERROR records of one example (a handler that crashed)."""
    caplog.set_level(logging.WARNING)

    class Errors:
        def clear(self) -> None:
            caplog.clear()

        def __call__(self) -> list[str]:
            return [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]

    return Errors()


def post(client, body: bytes, request_headers: dict[str, str]):
    return client.post("/alexa", data=body, headers=request_headers)


def assert_no_internals(reply) -> None:
    text = reply.get_data(as_text=True)
    for leak in ("Traceback", "Exception", "Error:", 'File "', "werkzeug", "ask_sdk"):
        assert leak not in text


# --- properties ------------------------------------------------------------------------------


@BOUNDED
@given(request_headers=headers, body=random_bodies)
def test_random_requests_are_refused_with_a_generic_body(client, spy, request_headers, body):
    spy.clear()
    reply = post(client, body, request_headers)

    if len(body) > CAP:
        assert (reply.status_code, reply.get_json()) == (413, TOO_LARGE)
    else:
        assert (reply.status_code, reply.get_json()) == (400, REJECTED)
    assert not spy.ran


@BOUNDED
@given(body=random_bodies)
def test_random_bodies_signed_by_alexa_but_not_envelopes_are_refused(client, signer, spy, body):
    spy.clear()
    reply = post(client, body, signer.headers(body))

    assert reply.status_code == (413 if len(body) > CAP else 400)
    assert reply.get_json() in (REJECTED, TOO_LARGE)
    assert not spy.ran


@BOUNDED
@given(data=st.data())
def test_signed_envelope_with_any_field_changed_is_answered_or_refused_never_broken(
    client, signer, clock, spy, data
):
    spy.clear()
    request_envelope = data.draw(mutated_envelopes(clock))

    reply = post(client, *signer.sign(request_envelope))
    event(f"status {reply.status_code}")

    assert reply.status_code in (200, 400)
    assert_no_internals(reply)
    if reply.status_code == 400:
        assert reply.get_json() == REJECTED
        assert not spy.ran
    else:
        assert_well_formed(reply.get_json())


@BOUNDED
@given(data=st.data())
def test_any_envelope_alexa_could_send_gets_a_well_formed_answer(
    client, signer, clock, spy, skill_errors, data
):
    spy.clear()
    skill_errors.clear()
    request_envelope = data.draw(valid_envelopes(clock))

    reply = post(client, *signer.sign(request_envelope))
    kind = request_envelope["request"]["type"]
    event(kind if kind in KNOWN_REQUEST_TYPES else "a type ask-sdk does not know")
    intent = request_envelope["request"].get("intent", {}).get("name")
    event(f"intent with slots: {intent}" if intent in SLOTTED_INTENTS else "other intent")
    event("spoken" if reply.get_json()["response"].get("outputSpeech") else "silent")

    assert reply.status_code == 200, reply.data
    assert_well_formed(reply.get_json())
    assert_no_internals(reply)
    assert spy.ran
    assert not skill_errors(), "the skill answered with an apology instead"


@BOUNDED
@given(data=st.data(), attributes=st.dictionaries(
    st.sampled_from([LAST_TOPIC, OFFER, TIPS_HEARD]) | st.text(max_size=10), json_values,
    max_size=4,
))
def test_unusual_verified_envelopes_still_get_a_well_formed_200(
    client, signer, clock, data, attributes
):
    """Parts Alexa always sends are missing, session attributes hold anything."""
    request_envelope = data.draw(
        valid_envelopes(clock, droppable=(*OPTIONAL_PARTS, *ALWAYS_SENT_PARTS))
    )
    if "session" in request_envelope:
        request_envelope["session"]["attributes"] = attributes

    reply = post(client, *signer.sign(request_envelope))

    assert reply.status_code == 200
    assert_well_formed(reply.get_json())
    assert_no_internals(reply)


@BOUNDED
@given(data=st.data(), intent=st.sampled_from(SLOTTED_INTENTS))
def test_whatever_the_parent_says_is_answered_in_words(
    client, signer, clock, skill_errors, data, intent
):
    skill_errors.clear()
    request_envelope = data.draw(valid_envelopes(clock, spoken_requests(intent)))

    reply = post(client, *signer.sign(request_envelope))

    assert reply.status_code == 200, reply.data
    assert_well_formed(reply.get_json())
    assert reply.get_json()["response"].get("outputSpeech"), "a question always gets words"
    assert not skill_errors(), "the skill answered with an apology instead"
