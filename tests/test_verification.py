"""Alexa request verification: every certification case is refused, real requests pass.

Real cryptography throughout: a test CA signs the chain, the leaf key signs the body, and
the verifier validates the chain with cryptography's web PKI verifier. Time is injected.
"""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta

import pytest

from skill.verification import RequestVerifier, VerificationError
from tests.alexa_signing import (
    CERT_URL,
    SKILL_ID,
    AlexaSigner,
    Clock,
    envelope,
    intent_request,
    launch_request,
    make_signer,
    other_key,
    utc_now,
)


@pytest.fixture
def verifier(signer: AlexaSigner, clock: Clock) -> RequestVerifier:
    return signer.make_verifier(SKILL_ID, clock=clock)


def days_from_now(days: int) -> datetime:
    return utc_now() + timedelta(days=days)


def refused(verifier: RequestVerifier, body: bytes, headers: dict[str, str]) -> str:
    """Verify, expecting refusal; return the reason."""
    with pytest.raises(VerificationError) as caught:
        verifier.verify(body, headers)
    return caught.value.reason


def launch(clock: Clock, *, skew: float = 0, **kwargs) -> dict:
    """A LaunchRequest sent ``skew`` seconds from the verifier's now."""
    return envelope(launch_request(), timestamp=clock() + timedelta(seconds=skew), **kwargs)


@pytest.mark.parametrize("intermediate", [True, False], ids=["with-intermediate", "root-only"])
def test_signed_request_passes_and_returns_envelope(clock, intermediate):
    signer = make_signer(intermediate=intermediate)
    request = envelope(intent_request("CryingIntent"), timestamp=clock())
    body, headers = signer.sign(request)

    assert signer.make_verifier(SKILL_ID, clock=clock).verify(body, headers) == request


def test_header_names_are_case_insensitive(signer, verifier, clock):
    body, headers = signer.sign(launch(clock))
    lowered = {name.lower(): value for name, value in headers.items()}

    assert verifier.verify(body, lowered)["request"]["type"] == "LaunchRequest"


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda h: h.pop("Signature-256"), "missing signature"),
        (lambda h: h.update({"Signature-256": ""}), "empty signature"),
        (lambda h: h.pop("SignatureCertChainUrl"), "missing cert url"),
        (lambda h: h.update({"SignatureCertChainUrl": ""}), "missing cert url"),
        (lambda h: h.update({"Signature-256": "not*base64!"}), "bad signature encoding"),
        (lambda h: h.update({"Signature-256": "%%%%abcd"}), "bad signature encoding"),
    ],
    ids=[
        "no-signature", "empty-signature", "no-cert-url", "empty-cert-url",
        "garbage-base64", "base64-with-junk",
    ],
)
def test_missing_or_malformed_headers_are_refused_without_fetching(
    signer, verifier, clock, change, reason
):
    body, headers = signer.sign(launch(clock))
    change(headers)

    assert refused(verifier, body, headers) == reason
    assert signer.fetch_count == 0


@pytest.mark.parametrize(
    "cert_url",
    [
        "http://s3.amazonaws.com/echo.api/echo-api-cert.pem",
        "https://notamazon.com/echo.api/echo-api-cert.pem",
        "https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem",
        "https://s3.amazonaws.com/invalid.path/echo-api-cert.pem",
        "https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem",
        "https://s3.amazonaws.com/echo.api/../invalid.path/echo-api-cert.pem",
        "https://s3.amazonaws.com.evil.example/echo.api/echo-api-cert.pem",
        "https://s3.amazonaws.com:notaport/echo.api/echo-api-cert.pem",
    ],
)
def test_invalid_cert_urls_are_refused_without_fetching(signer, verifier, clock, cert_url):
    body = json.dumps(launch(clock)).encode()

    assert refused(verifier, body, signer.headers(body, cert_url=cert_url)) == "bad cert url"
    assert signer.fetch_count == 0


@pytest.mark.parametrize(
    "cert_url",
    [
        "https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert-test.pem",
        "HTTPS://S3.AMAZONAWS.COM/echo.api/echo-api-cert-test.pem",
        "https://s3.amazonaws.com:443/echo.api/echo-api-cert-test.pem",
    ],
)
def test_equivalent_cert_url_forms_pass_and_fetch_the_canonical_url(
    signer, verifier, clock, cert_url
):
    body = json.dumps(launch(clock)).encode()

    verifier.verify(body, signer.headers(body, cert_url=cert_url))
    assert signer.fetched == [CERT_URL]


@pytest.mark.parametrize(
    "chain",
    [
        {"dns_names": ()},
        {"dns_names": ("evil.example.com",)},
        {"not_before": days_from_now(-30), "not_after": days_from_now(-1)},
        {"not_before": days_from_now(1), "not_after": days_from_now(30)},
        {"ca": "rogue"},
    ],
    ids=["no-san", "other-san", "expired", "not-yet-valid", "untrusted-root-same-names"],
)
def test_certificates_alexa_would_not_use_are_refused(clock, chain):
    trusted = make_signer()
    bad = make_signer(**chain)
    body, headers = bad.sign(launch(clock))
    verifier = bad.make_verifier(SKILL_ID, clock=clock, trust_roots_pem=trusted.trust_roots_pem)

    assert refused(verifier, body, headers) == "untrusted cert"


def test_unreadable_chain_is_refused(signer, verifier, clock):
    signer.chain_pem = b"<html>Access Denied</html>"
    body, headers = signer.sign(launch(clock))

    assert refused(verifier, body, headers) == "bad cert chain"


def test_chain_that_cannot_be_fetched_is_refused(signer, verifier, clock):
    body = json.dumps(launch(clock)).encode()
    missing = "https://s3.amazonaws.com/echo.api/no-such-cert.pem"

    assert refused(verifier, body, signer.headers(body, cert_url=missing)) == "cert fetch failed"


def test_body_changed_after_signing_is_refused(signer, verifier, clock):
    body, headers = signer.sign(launch(clock))
    tampered = body.replace(b"LaunchRequest", b"SessionEndedRequest")

    assert refused(verifier, tampered, headers) == "bad signature"


def test_body_signed_by_another_key_is_refused(signer, verifier, clock):
    body, headers = signer.sign(launch(clock))
    headers["Signature-256"] = signer.signature(body, key=other_key())

    assert refused(verifier, body, headers) == "bad signature"


def test_sha1_signature_alone_is_not_enough(signer, verifier, clock):
    body, headers = signer.sign(launch(clock))
    del headers["Signature-256"]
    headers["Signature"] = signer.sha1_signature(body)

    assert refused(verifier, body, headers) == "missing signature"


def test_sha1_signature_in_the_sha256_header_is_refused(signer, verifier, clock):
    body, headers = signer.sign(launch(clock))
    headers["Signature-256"] = signer.sha1_signature(body)

    assert refused(verifier, body, headers) == "bad signature"


@pytest.mark.parametrize("offset", [-150, 150, 0])
def test_timestamp_within_150_seconds_passes(signer, verifier, clock, offset):
    body, headers = signer.sign(launch(clock, skew=offset))

    verifier.verify(body, headers)


@pytest.mark.parametrize("offset", [-151, 151], ids=["151s-old", "151s-in-future"])
def test_timestamp_beyond_150_seconds_is_refused(signer, verifier, clock, offset):
    body, headers = signer.sign(launch(clock, skew=offset))

    assert refused(verifier, body, headers) == "stale timestamp"


@pytest.mark.parametrize(("age", "accepted"), [(3000, True), (3601, False)])
def test_skill_events_get_an_hour(signer, verifier, clock, age, accepted):
    event = envelope(
        {"type": "AlexaSkillEvent.SkillEnabled"}, timestamp=clock() - timedelta(seconds=age)
    )
    body, headers = signer.sign(event)

    if accepted:
        assert verifier.verify(body, headers)["request"]["type"] == "AlexaSkillEvent.SkillEnabled"
    else:
        assert refused(verifier, body, headers) == "stale timestamp"


@pytest.mark.parametrize("timestamp", [None, "yesterday", 1700000000])
def test_missing_or_unreadable_timestamp_is_refused(signer, verifier, clock, timestamp):
    request = launch(clock)
    request["request"]["timestamp"] = timestamp
    body, headers = signer.sign(request)

    assert refused(verifier, body, headers) == "bad timestamp"


def test_wrong_skill_id_is_refused(signer, verifier, clock):
    body, headers = signer.sign(launch(clock, skill_id="amzn1.ask.skill.someone-else"))

    assert refused(verifier, body, headers) == "wrong skill id"


def test_skill_id_falls_back_to_the_session(signer, verifier, clock):
    request = launch(clock)
    del request["context"]["System"]["application"]
    body, headers = signer.sign(request)
    assert verifier.verify(body, headers) == request

    request["session"]["application"]["applicationId"] = "amzn1.ask.skill.someone-else"
    body, headers = signer.sign(request)
    assert refused(verifier, body, headers) == "wrong skill id"


def test_request_without_any_skill_id_is_refused(signer, verifier, clock):
    request = launch(clock)
    del request["context"]
    del request["session"]
    body, headers = signer.sign(request)

    assert refused(verifier, body, headers) == "wrong skill id"


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"this is not json", "body not json"),
        (b"\xff\xfe{}", "body not json"),
        (b"[" * 100_000, "body not json"),
        (b"[]", "not an alexa envelope"),
        (b'{"version": "1.0"}', "not an alexa envelope"),
    ],
    ids=["text", "bad-utf8", "deeply-nested", "array", "no-request"],
)
def test_signed_body_that_is_not_an_envelope_is_refused(signer, verifier, body, reason):
    assert refused(verifier, body, signer.headers(body)) == reason


def test_warm_request_reuses_the_verified_chain(signer, verifier, clock):
    for _ in range(3):
        body, headers = signer.sign(launch(clock))
        verifier.verify(body, headers)
        clock.advance(60)

    assert signer.fetch_count == 1


def test_cached_chain_is_not_used_after_the_leaf_expires(clock):
    signer = make_signer(not_after=clock() + timedelta(hours=1))
    verifier = signer.make_verifier(SKILL_ID, clock=clock)
    body, headers = signer.sign(launch(clock))
    verifier.verify(body, headers)

    clock.advance(2 * 3600)
    body, headers = signer.sign(launch(clock))

    assert refused(verifier, body, headers) == "untrusted cert"
    assert signer.fetch_count == 2


def test_rotated_certificate_at_the_same_url_is_picked_up_after_expiry(clock):
    signer = make_signer(not_after=clock() + timedelta(hours=1))
    verifier = signer.make_verifier(SKILL_ID, clock=clock)
    verifier.verify(*signer.sign(launch(clock)))

    clock.advance(2 * 3600)
    renewed = make_signer(not_after=clock() + timedelta(days=90))
    signer.chain_pem, signer.signing_key = renewed.chain_pem, renewed.signing_key

    verifier.verify(*signer.sign(launch(clock)))
    assert signer.fetch_count == 2


def test_cache_is_bounded_and_evicts_the_least_recently_used_url(signer, clock):
    urls = [f"https://s3.amazonaws.com/echo.api/cert-{n}.pem" for n in range(3)]
    signer.served_urls.update(urls)
    verifier = signer.make_verifier(SKILL_ID, clock=clock, cache_size=2)

    def verify_via(url: str) -> None:
        body = json.dumps(launch(clock)).encode()
        verifier.verify(body, signer.headers(body, cert_url=url))

    for n in [0, 1, 0, 2, 0, 1]:
        verify_via(urls[n])

    # 0 was used after 1, so adding 2 evicts 1: 0 stays warm, 1 is fetched again.
    assert signer.fetched == [urls[0], urls[1], urls[2], urls[1]]


def test_concurrent_requests_share_one_verifier(signer, verifier, clock):
    signed = [signer.sign(launch(clock)) for _ in range(40)]

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda request: verifier.verify(*request), signed))

    assert [result["request"]["type"] for result in results] == ["LaunchRequest"] * 40
    assert 1 <= signer.fetch_count <= 4


def test_no_skill_id_configured_skips_only_the_skill_id_check(signer, clock):
    verifier = signer.make_verifier(None, clock=clock)
    body, headers = signer.sign(launch(clock, skill_id="amzn1.ask.skill.any"))
    assert verifier.verify(body, headers)["request"]["type"] == "LaunchRequest"

    tampered = body.replace(b"LaunchRequest", b"SessionEndedRequest")
    assert refused(verifier, tampered, headers) == "bad signature"


def test_a_cert_url_that_failed_is_not_downloaded_again_for_a_minute(signer, clock):
    bad_url = "https://s3.amazonaws.com/echo.api/missing.pem"  # the signer does not serve it
    verifier = signer.make_verifier(SKILL_ID, clock=clock)
    body = json.dumps(launch(clock)).encode()
    headers = signer.headers(body, cert_url=bad_url)

    assert refused(verifier, body, headers) == "cert fetch failed"
    assert refused(verifier, body, headers) == "cert url failed recently"
    assert signer.fetch_count == 1

    clock.advance(61)
    body = json.dumps(launch(clock)).encode()
    assert refused(verifier, body, signer.headers(body, cert_url=bad_url)) == "cert fetch failed"
    assert signer.fetch_count == 2


def test_a_flood_of_new_cert_urls_is_refused_without_downloading(signer, verifier, clock):
    verifier.verify(*signer.sign(launch(clock)))  # the real URL, now warm
    flood = [f"https://s3.amazonaws.com/echo.api/flood-{n}.pem" for n in range(30)]
    signer.served_urls.update(flood)
    reasons = []
    for url in flood:
        body = json.dumps(launch(clock)).encode()
        try:
            verifier.verify(body, signer.headers(body, cert_url=url))
            reasons.append("ok")
        except VerificationError as error:
            reasons.append(error.reason)

    assert reasons.count("too many cert fetches") == 21  # 10 downloads a minute, 1 already used
    assert signer.fetch_count == 10
    verifier.verify(*signer.sign(launch(clock)))  # the warm URL still answers at once
