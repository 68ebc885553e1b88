"""POST /alexa as the internet meets it: Amazon's signed requests are answered, the rest refused.

The app verifies with a real verifier trusting the test CA from ``tests.alexa_signing``; a spy
on the handler classes shows whether any skill logic ran.
"""

from __future__ import annotations

import base64
import io
import json
import logging
from datetime import timedelta

import pytest

from skill import content, create_app
from tests.alexa_signing import (
    SKILL_ID,
    envelope,
    intent_request,
    launch_request,
    make_signer,
    other_key,
)
from tests.responses import assert_well_formed, ends_session, spoken
from tests.signed_app import (
    CAP,
    REJECTED,
    TOO_LARGE,
    HandlerSpy,
    signed_app,
    stored_users,
    welcome_lines,
)


@pytest.fixture
def app(tmp_path, signer, clock):
    return signed_app(tmp_path, signer.make_verifier(SKILL_ID, clock=clock))


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def spy(monkeypatch):
    return HandlerSpy(monkeypatch)


@pytest.fixture
def errors(caplog):
    """ERROR records logged while the test runs (a handler crash, a verifier bug)."""
    caplog.set_level(logging.INFO)
    return lambda: [r for r in caplog.records if r.levelno >= logging.ERROR]


def sign_launch(signer, clock, **envelope_args):
    return signer.sign(envelope(launch_request(), timestamp=clock(), **envelope_args))


def post(client, body, headers, **kwargs):
    return client.post("/alexa", data=body, headers=headers, **kwargs)


def assert_rejected(reply, spy, status=400, body=REJECTED):
    assert reply.status_code == status
    assert reply.get_json() == body
    assert not spy.ran, f"skill logic ran for a refused request: {spy.calls}"


# --- Amazon's signed requests are answered ------------------------------------------------


def test_signed_launch_request_is_welcomed(client, signer, clock, spy):
    reply = post(client, *sign_launch(signer, clock))

    assert reply.status_code == 200
    data = reply.get_json()
    assert spoken(data) in welcome_lines()
    assert not ends_session(data)
    assert_well_formed(data)
    assert "LaunchHandler.handle" in spy.calls


def test_cert_url_in_another_valid_spelling_is_accepted(client, signer, clock):
    body, headers = sign_launch(signer, clock)
    headers["SignatureCertChainUrl"] = (
        "HTTPS://S3.AMAZONAWS.COM:443/echo.api/../echo.api/echo-api-cert-test.pem"
    )

    assert post(client, body, headers).status_code == 200


# --- Certification: every unverifiable request gets 400 and no skill logic runs ----------


def _without(name):
    def change(body, headers, signer):
        del headers[name]
        return body, headers

    return change


def _header(name, value):
    def change(body, headers, signer):
        headers[name] = value
        return body, headers

    return change


def _signed_by_another_key(body, headers, signer):
    headers["Signature-256"] = signer.signature(body, key=other_key())
    return body, headers


def _random_signature(body, headers, signer):
    headers["Signature-256"] = base64.b64encode(bytes(range(256))).decode()
    return body, headers


def _body_changed_after_signing(body, headers, signer):
    return body.replace(b'"locale": "en-US"', b'"locale": "en-GB"'), headers


def _legacy_sha1_signature_only(body, headers, signer):
    del headers["Signature-256"]
    headers["Signature"] = signer.sha1_signature(body)
    return body, headers


WRONG_CERT_URLS = {
    "http scheme": "http://s3.amazonaws.com/echo.api/echo-api-cert-test.pem",
    "other host": "https://notamazon.com/echo.api/echo-api-cert-test.pem",
    "path case": "https://s3.amazonaws.com/EcHo.aPi/echo-api-cert-test.pem",
    "other path": "https://s3.amazonaws.com/invalid.path/echo-api-cert-test.pem",
    "other port": "https://s3.amazonaws.com:563/echo.api/echo-api-cert-test.pem",
    "dot segments out": "https://s3.amazonaws.com/echo.api/../evil/echo-api-cert-test.pem",
    "not served": "https://s3.amazonaws.com/echo.api/nothing-here.pem",
}

CERTIFICATION_CASES = {
    "no signature": _without("Signature-256"),
    "empty signature": _header("Signature-256", ""),
    "signature not base64": _header("Signature-256", "not base64!"),
    "no cert url": _without("SignatureCertChainUrl"),
    "empty cert url": _header("SignatureCertChainUrl", ""),
    **{f"cert url: {name}": _header("SignatureCertChainUrl", url)
       for name, url in WRONG_CERT_URLS.items()},
    "signed by another cert": _signed_by_another_key,
    "bad signature": _random_signature,
    "body changed after signing": _body_changed_after_signing,
    "only the legacy SHA-1 signature": _legacy_sha1_signature_only,
}


@pytest.mark.parametrize("change", CERTIFICATION_CASES.values(), ids=CERTIFICATION_CASES.keys())
def test_unverifiable_request_is_refused_before_any_skill_logic(
    client, signer, clock, spy, caplog, change
):
    caplog.set_level(logging.INFO, logger="skill.alexa_endpoint")
    body, headers = change(*sign_launch(signer, clock), signer)

    reply = post(client, body, headers)

    assert_rejected(reply, spy)
    assert "verification failed" in caplog.text, "the reason is logged for the operator"


def test_refused_requests_leave_no_trace_in_the_store(app, client, signer, clock):
    for change in CERTIFICATION_CASES.values():
        assert post(client, *change(*sign_launch(signer, clock), signer)).status_code == 400
    assert stored_users(app) == 0

    assert post(client, *sign_launch(signer, clock)).status_code == 200
    assert stored_users(app) == 1, "an accepted launch is remembered"


@pytest.mark.parametrize(
    "envelope_args",
    [
        pytest.param({"skill_id": "amzn1.ask.skill.someone-else"}, id="wrong skill id"),
        pytest.param({"timestamp_offset": -151}, id="old timestamp"),
        pytest.param({"timestamp_offset": 151}, id="timestamp in the future"),
    ],
)
def test_signed_request_for_another_skill_or_time_is_refused(
    client, signer, clock, spy, envelope_args
):
    offset = envelope_args.pop("timestamp_offset", 0)
    clock.advance(-offset)  # the request was signed at clock() + offset
    body, headers = sign_launch(signer, clock, **envelope_args)
    clock.advance(offset)

    assert_rejected(post(client, body, headers), spy)


def test_replayed_request_is_refused_once_too_old(client, signer, clock, spy):
    body, headers = sign_launch(signer, clock)
    assert post(client, body, headers).status_code == 200
    spy.clear()

    clock.advance(151)

    assert_rejected(post(client, body, headers), spy)


@pytest.mark.parametrize(
    "chain",
    [
        pytest.param({"ca": "rogue"}, id="impostor CA with Amazon's names"),
        pytest.param({"dns_names": ()}, id="leaf without echo-api.amazon.com"),
        pytest.param({"dns_names": ("example.com",)}, id="leaf for another name"),
    ],
)
def test_request_signed_with_an_untrusted_chain_is_refused(
    tmp_path, signer, clock, spy, chain
):
    impostor = make_signer(**chain)
    verifier = impostor.make_verifier(SKILL_ID, clock, trust_roots_pem=signer.trust_roots_pem)
    client = signed_app(tmp_path, verifier).test_client()

    assert_rejected(post(client, *sign_launch(impostor, clock)), spy)


def test_request_signed_with_an_expired_certificate_is_refused(tmp_path, signer, clock, spy):
    year = timedelta(days=365)
    expired = make_signer(not_before=clock.now - 2 * year, not_after=clock.now - year)
    verifier = expired.make_verifier(SKILL_ID, clock, trust_roots_pem=signer.trust_roots_pem)
    client = signed_app(tmp_path, verifier).test_client()

    assert_rejected(post(client, *sign_launch(expired, clock)), spy)


def test_a_verifier_bug_fails_closed(tmp_path, spy, errors):
    class BrokenVerifier:
        def verify(self, body, headers):
            raise RuntimeError("internal detail")

    client = signed_app(tmp_path, BrokenVerifier()).test_client()
    reply = post(client, b"{}", {"Content-Type": "application/json"})

    assert_rejected(reply, spy)
    assert b"internal detail" not in reply.data
    assert errors(), "a verifier crash is logged as an error for the operator"


# --- Hostile bodies --------------------------------------------------------------------------


def padded_launch(signer, clock, size):
    """A signed launch request whose body is exactly ``size`` bytes."""
    body, _ = sign_launch(signer, clock, session={"pad": ""})
    body, headers = sign_launch(signer, clock, session={"pad": "x" * (size - len(body))})
    assert len(body) == size
    return body, headers


def test_signed_body_at_the_size_cap_is_answered(client, signer, clock):
    assert post(client, *padded_launch(signer, clock, CAP)).status_code == 200


def test_body_over_the_size_cap_is_refused_with_413(client, signer, clock, spy):
    reply = post(client, *padded_launch(signer, clock, CAP + 1))

    assert_rejected(reply, spy, status=413, body=TOO_LARGE)


@pytest.mark.parametrize(("size", "status"), [(2000, 200), (CAP + 1, 413), (10 * CAP, 413)])
def test_chunked_body_without_content_length_is_capped_too(
    client, signer, clock, spy, size, status
):
    body, headers = padded_launch(signer, clock, size)

    reply = client.post(
        "/alexa",
        input_stream=io.BytesIO(body),
        headers={**headers, "Transfer-Encoding": "chunked"},
        environ_overrides={"wsgi.input_terminated": True},  # what a chunk-aware server sets
    )

    assert reply.status_code == status
    assert spy.ran == (status == 200)


def test_cap_comes_from_config(tmp_path, signer, clock, spy):
    verifier = signer.make_verifier(SKILL_ID, clock=clock)
    client = signed_app(tmp_path, verifier, MAX_CONTENT_LENGTH=1000).test_client()

    assert_rejected(post(client, *padded_launch(signer, clock, 1001)), spy, 413, TOO_LARGE)


@pytest.mark.parametrize(
    "content_type",
    ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
     "application/jsonx", None],
)
def test_signed_body_with_the_wrong_content_type_is_refused(
    client, signer, clock, spy, content_type
):
    body, headers = sign_launch(signer, clock)
    if content_type is None:
        del headers["Content-Type"]
    else:
        headers["Content-Type"] = content_type

    assert_rejected(post(client, body, headers), spy)


@pytest.mark.parametrize(
    "body",
    [b"", b"not json", b"\xff\xfe\x00garbage", b'{"version": "1.0", "request": {', b"[" * 60_000],
    ids=["empty", "text", "invalid utf-8", "truncated", "nested beyond the recursion limit"],
)
def test_signed_body_that_is_not_json_is_refused(client, signer, spy, body):
    assert_rejected(post(client, body, signer.headers(body)), spy)


def _signed_envelope(clock, **changes):
    data = envelope(launch_request(), timestamp=clock())
    for path, value in changes.items():
        *parents, leaf = path.split("__")
        target = data
        for key in parents:
            target = target[key]
        target[leaf] = value
    return data


NOT_ENVELOPES = {
    "array": lambda clock: [],
    "string": lambda clock: "LaunchRequest",
    "empty object": lambda clock: {},
    "request is text": lambda clock: _signed_envelope(clock, request="LaunchRequest"),
    "request without type": lambda clock: _signed_envelope(clock, request__type=None),
    "empty request type": lambda clock: _signed_envelope(clock, request__type=""),
    "numeric request type": lambda clock: _signed_envelope(clock, request__type=7),
    "no version": lambda clock: _signed_envelope(clock, version=None),
    "request id is a number": lambda clock: _signed_envelope(clock, request__requestId=5),
    "locale is a path": lambda clock: _signed_envelope(clock, request__locale="../../../etc"),
    "locale with a NUL": lambda clock: _signed_envelope(clock, request__locale="en-US\x00"),
    "locale is a number": lambda clock: _signed_envelope(clock, request__locale=1),
    "session is a list": lambda clock: _signed_envelope(clock, session=[]),
    "context is text": lambda clock: _signed_envelope(clock, context="x", session__new=True),
    "session user is text": lambda clock: _signed_envelope(clock, session__user="someone"),
}


@pytest.mark.parametrize("make", NOT_ENVELOPES.values(), ids=NOT_ENVELOPES.keys())
def test_signed_json_that_is_not_an_alexa_envelope_is_refused(client, signer, clock, spy, make):
    assert_rejected(post(client, *signer.sign(make(clock))), spy)


# --- A verified request always gets a well-formed answer ------------------------------------


ODD_QUERIES = {
    "very long": "why does my baby cry " * 400,
    "emoji and scripts": "👶🏽 ñandú 漢字 עברית \u202e reversed \u200b",
    "lone surrogate": "why \ud800 cry \udfff",
    "control characters": "why\x00 does\x07 she\x1b cry\x7f",
    "markup": '<speak>& </prosody><audio src="http://x"/> "quoted" \'single\'',
    "whitespace only": " \t\n ",
    "empty": "",
}


@pytest.mark.parametrize("query", ODD_QUERIES.values(), ids=ODD_QUERIES.keys())
def test_question_with_any_text_gets_a_well_formed_answer(client, signer, clock, errors, query):
    request = intent_request("QuestionIntent", {"Query": query})
    reply = post(client, *signer.sign(envelope(request, timestamp=clock())))

    assert reply.status_code == 200
    data = reply.get_json()
    assert_well_formed(data)
    assert spoken(data)
    assert not errors(), "odd words are answered, not apologised for"


def _drop(path):
    def change(data):
        *parents, leaf = path.split(".")
        target = data
        for key in parents:
            target = target[key]
        del target[leaf]

    return change


MISSING_PARTS = [
    "session", "context", "context.System.device",
    "context.System.user", "context.System.apiAccessToken", "request.locale", "request.requestId",
    "request.intent.slots", "request.dialogState", "request.intent.slots.Query.value",
    "session.attributes",
]


@pytest.mark.parametrize("path", MISSING_PARTS)
def test_request_missing_an_optional_part_is_answered(client, signer, clock, errors, path):
    data = envelope(intent_request("QuestionIntent", {"Query": "why do babies cry"}),
                    timestamp=clock())
    _drop(path)(data)

    reply = post(client, *signer.sign(data))

    assert reply.status_code == 200
    assert_well_formed(reply.get_json())
    assert spoken(reply.get_json())
    assert not errors()


def test_unknown_intent_gets_a_kind_redirect(client, signer, clock):
    request = intent_request("SomethingNewIntent", {"Thing": "value"})
    data = post(client, *signer.sign(envelope(request, timestamp=clock()))).get_json()

    assert spoken(data) in content.for_locale("en-US").variants("unknown_request")
    assert_well_formed(data)


@pytest.mark.parametrize(
    "request_type", ["Alexa.Presentation.Future.Event", "Messaging.MessageReceived", "x"]
)
def test_request_type_ask_sdk_does_not_know_is_answered_without_words(
    client, signer, clock, spy, request_type
):
    body, headers = signer.sign(envelope({"type": request_type}, timestamp=clock()))

    reply = post(client, body, headers)

    assert reply.status_code == 200
    assert reply.get_json()["response"] == {}
    assert "UnknownRequestHandler.handle" in spy.calls


def test_enum_value_ask_sdk_does_not_know_still_gets_the_tip_asked_for(client, signer, clock, spy):
    request = {**intent_request("TipIntent"), "dialogState": "SOME_NEW_STATE"}
    request["intent"]["confirmationStatus"] = "MAYBE"

    reply = post(client, *signer.sign(envelope(request, timestamp=clock())))

    assert reply.status_code == 200
    assert "TipHandler.handle" in spy.calls
    assert_well_formed(reply.get_json())


def test_failure_outside_the_handlers_becomes_a_spoken_apology(app, signer, clock, monkeypatch):
    def crash(**kwargs):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(app.extensions["alexa_skill"], "invoke", crash)
    reply = post(app.test_client(), *sign_launch(signer, clock))

    assert reply.status_code == 200
    assert spoken(reply.get_json()) in content.for_locale("en-US").variants("apology")
    assert b"secret" not in reply.data


# --- Configuration guards --------------------------------------------------------------------


@pytest.mark.parametrize("skill_id", [None, "", "   "])
@pytest.mark.parametrize("with_verifier", [False, True], ids=["default verifier", "own verifier"])
def test_app_refuses_to_verify_without_a_skill_id(tmp_path, signer, skill_id, with_verifier):
    settings = {
        "ALEXA_VERIFY": True,
        "ALEXA_SKILL_ID": skill_id,
        "ALEXA_VERIFIER": signer.make_verifier(None) if with_verifier else None,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite'}",
    }

    with pytest.raises(ValueError, match="ALEXA_SKILL_ID"):
        create_app(settings)


def test_app_builds_with_verification_off_and_no_skill_id(tmp_path):
    app = create_app({"ALEXA_VERIFY": False, "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite'}"})

    assert app.extensions["alexa_verifier"] is None


@pytest.fixture
def unverified_client(tmp_path):
    """Verification off, as for local development."""
    app = create_app({"TESTING": True, "ALEXA_VERIFY": False,
                      "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite'}"})
    return app.test_client()


@pytest.mark.parametrize("address", ["127.0.0.1", "127.8.9.10", "::1"])
def test_with_verification_off_loopback_clients_are_answered(unverified_client, address):
    reply = unverified_client.post(
        "/alexa", json=envelope(launch_request()), environ_base={"REMOTE_ADDR": address}
    )

    assert reply.status_code == 200
    assert spoken(reply.get_json()) in welcome_lines()


@pytest.mark.parametrize(
    ("address", "proxy_headers"),
    [
        ("203.0.113.7", {}),
        ("10.0.0.2", {}),
        ("::ffff:8.8.8.8", {}),
        ("", {}),
        ("127.0.0.1", {"X-Forwarded-For": "203.0.113.7"}),
        ("127.0.0.1", {"Forwarded": "for=203.0.113.7"}),
        ("127.0.0.1", {"X-Real-IP": "203.0.113.7"}),
    ],
    ids=["public v4", "private v4", "mapped v6", "no address", "via proxy", "via Forwarded",
         "via nginx"],
)
def test_with_verification_off_other_clients_are_refused(
    unverified_client, spy, address, proxy_headers
):
    reply = unverified_client.post(
        "/alexa",
        data=json.dumps(envelope(launch_request())),
        headers={"Content-Type": "application/json", **proxy_headers},
        environ_base={"REMOTE_ADDR": address},
    )

    assert_rejected(reply, spy)
