"""Sign requests the way Alexa does, with our own test CA, for any test that posts to /alexa.

A test CA (root, intermediate, leaf for echo-api.amazon.com) is built with `cryptography`
and conforms to the web PKI profile that `skill.verification` enforces. Keys are generated
once per test session; certificates are cheap and made per signer so a test can ask for an
expired, not-yet-valid, SAN-less or impostor chain.

Typical use::

    signer = make_signer()
    clock = Clock()
    verifier = signer.make_verifier(SKILL_ID, clock=clock)
    body, headers = signer.sign(envelope(launch_request(), skill_id=SKILL_ID, timestamp=clock()))
    verifier.verify(body, headers)
"""

from __future__ import annotations

import base64
import functools
import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from skill.verification import ALEXA_CERT_DNS_NAME, RequestVerifier

CERT_URL = "https://s3.amazonaws.com/echo.api/echo-api-cert-test.pem"
SKILL_ID = "amzn1.ask.skill.11111111-2222-3333-4444-555555555555"
USER_ID = "amzn1.ask.account.TESTUSER0001"
DEVICE_ID = "amzn1.ask.device.TESTDEVICE0001"
API_ENDPOINT = "http://127.0.0.1:9"  # nothing listens: API calls fail fast unless a test fakes them
API_ACCESS_TOKEN = "test-api-access-token"

_ROOT_NAME = "Calm Cradle Test Root CA"
_INTERMEDIATE_NAME = "Calm Cradle Test Intermediate CA"


@functools.cache
def _key(label: str) -> rsa.RSAPrivateKey:
    """One RSA-2048 key per label per test session: generation is the slow part."""
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def utc_now() -> datetime:
    """Now in UTC, whole seconds, as Alexa timestamps are."""
    return datetime.now(UTC).replace(microsecond=0)


class Clock:
    """A settable clock to inject into the verifier, so tests move time instead of sleeping."""

    def __init__(self, now: datetime | None = None) -> None:
        self.now = now or utc_now()

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@dataclass
class AlexaSigner:
    """A signing identity plus the S3 stand-in that serves its certificate chain."""

    trust_roots_pem: bytes
    chain_pem: bytes
    leaf: x509.Certificate
    signing_key: rsa.RSAPrivateKey
    cert_url: str = CERT_URL
    served_urls: set[str] = field(default_factory=set)
    fetched: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.served_urls.add(self.cert_url)

    @property
    def fetch_count(self) -> int:
        return len(self.fetched)

    def fetch_cert(self, url: str) -> bytes:
        """Serve the chain PEM like S3 would, recording every fetch."""
        self.fetched.append(url)
        if url not in self.served_urls:
            raise OSError(f"404 Not Found: {url}")
        return self.chain_pem

    def signature(self, body: bytes, *, key: rsa.RSAPrivateKey | None = None) -> str:
        """Base64 SHA256withRSA (PKCS#1 v1.5) over the raw body: the Signature-256 value."""
        raw = (key or self.signing_key).sign(body, padding.PKCS1v15(), hashes.SHA256())
        return base64.b64encode(raw).decode("ascii")

    def sha1_signature(self, body: bytes) -> str:
        """The legacy `Signature` header value (SHA-1), which alone must not be accepted."""
        raw = self.signing_key.sign(body, padding.PKCS1v15(), hashes.SHA1())
        return base64.b64encode(raw).decode("ascii")

    def headers(self, body: bytes, *, cert_url: str | None = None) -> dict[str, str]:
        """The verification headers Alexa sends with ``body``."""
        return {
            "Content-Type": "application/json; charset=utf-8",
            "SignatureCertChainUrl": cert_url or self.cert_url,
            "Signature-256": self.signature(body),
        }

    def sign(self, request_envelope: dict[str, Any]) -> tuple[bytes, dict[str, str]]:
        """Serialise an envelope and sign it: ``(body, headers)`` ready to POST."""
        body = json.dumps(request_envelope).encode("utf-8")
        return body, self.headers(body)

    def make_verifier(
        self,
        skill_id: str | None = SKILL_ID,
        clock: Clock | None = None,
        *,
        trust_roots_pem: bytes | None = None,
        **kwargs: Any,
    ) -> RequestVerifier:
        """A real verifier that trusts the test root and fetches from this signer."""
        return RequestVerifier(
            skill_id,
            trust_roots_pem=trust_roots_pem or self.trust_roots_pem,
            fetch_cert=self.fetch_cert,
            clock=clock,
            **kwargs,
        )


def make_signer(
    *,
    ca: str = "test",
    intermediate: bool = True,
    dns_names: tuple[str, ...] = (ALEXA_CERT_DNS_NAME,),
    not_before: datetime | None = None,
    not_after: datetime | None = None,
    cert_url: str = CERT_URL,
) -> AlexaSigner:
    """A fresh chain from the CA labelled ``ca`` ("rogue" gives an impostor with the same names).

    The leaf is valid from a day ago for 90 days unless ``not_before``/``not_after`` say
    otherwise; an empty ``dns_names`` leaves the SAN extension out.
    """
    now = utc_now()
    root_key = _key(f"{ca}-root")
    root = _certificate(
        _ROOT_NAME, root_key, _ROOT_NAME, root_key,
        not_before=now - timedelta(days=365), not_after=now + timedelta(days=3650), ca=True,
    )
    issuer_name, issuer_key, chain = _ROOT_NAME, root_key, []
    if intermediate:
        intermediate_key = _key(f"{ca}-intermediate")
        chain.append(_certificate(
            _INTERMEDIATE_NAME, intermediate_key, _ROOT_NAME, root_key,
            not_before=now - timedelta(days=365), not_after=now + timedelta(days=1825),
            ca=True, path_length=0,
        ))
        issuer_name, issuer_key = _INTERMEDIATE_NAME, intermediate_key
    leaf_key = _key(f"{ca}-leaf")
    leaf = _certificate(
        ALEXA_CERT_DNS_NAME, leaf_key, issuer_name, issuer_key,
        not_before=not_before or now - timedelta(days=1),
        not_after=not_after or now + timedelta(days=90),
        dns_names=dns_names,
    )
    return AlexaSigner(
        trust_roots_pem=_pem(root),
        chain_pem=b"".join(_pem(cert) for cert in [leaf, *chain]),
        leaf=leaf,
        signing_key=leaf_key,
        cert_url=cert_url,
    )


def other_key() -> rsa.RSAPrivateKey:
    """A key no certificate vouches for: "request signed by another cert"."""
    return _key("unrelated")


def launch_request() -> dict[str, Any]:
    return {"type": "LaunchRequest"}


def intent_request(name: str, slots: dict[str, str] | None = None) -> dict[str, Any]:
    """An IntentRequest with filled slots given as ``{slot name: spoken value}``."""
    return {
        "type": "IntentRequest",
        "dialogState": "COMPLETED",
        "intent": {
            "name": name,
            "confirmationStatus": "NONE",
            "slots": {
                slot: {"name": slot, "value": value, "confirmationStatus": "NONE"}
                for slot, value in (slots or {}).items()
            },
        },
    }


def envelope(
    request: dict[str, Any],
    *,
    skill_id: str = SKILL_ID,
    locale: str = "en-US",
    timestamp: datetime | None = None,
    session: dict[str, Any] | None = None,
    new_session: bool = True,
    user_id: str = USER_ID,
    device_id: str = DEVICE_ID,
    api_endpoint: str = API_ENDPOINT,
) -> dict[str, Any]:
    """A realistic Alexa request envelope around ``request`` (session = session attributes).

    AudioPlayer, PlaybackController and skill-event requests carry no session, as on Alexa.
    """
    sent = (timestamp or utc_now()).astimezone(UTC)
    request = {
        "requestId": f"amzn1.echo-api.request.{uuid.uuid4()}",
        "timestamp": sent.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "locale": locale,
        **request,
    }
    application = {"applicationId": skill_id}
    user = {"userId": user_id}
    result: dict[str, Any] = {
        "version": "1.0",
        "context": {
            "System": {
                "application": application,
                "user": user,
                "device": {
                    "deviceId": device_id,
                    "supportedInterfaces": {"AudioPlayer": {}},
                },
                "apiEndpoint": api_endpoint,
                "apiAccessToken": API_ACCESS_TOKEN,
            },
        },
        "request": request,
    }
    if not request["type"].startswith(("AudioPlayer.", "PlaybackController.", "AlexaSkillEvent.")):
        result["session"] = {
            "new": new_session,
            "sessionId": f"amzn1.echo-api.session.{uuid.uuid4()}",
            "application": application,
            "attributes": session or {},
            "user": user,
        }
    return result


def _name(common_name: str) -> x509.Name:
    return x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "US"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Calm Cradle Tests"),
        x509.NameAttribute(NameOID.COMMON_NAME, common_name),
    ])


def _certificate(
    subject: str,
    subject_key: rsa.RSAPrivateKey,
    issuer: str,
    issuer_key: rsa.RSAPrivateKey,
    *,
    not_before: datetime,
    not_after: datetime,
    ca: bool = False,
    path_length: int | None = None,
    dns_names: tuple[str, ...] = (),
) -> x509.Certificate:
    """A v3 certificate with the extensions the web PKI profile requires of CAs and leaves."""
    public_key = subject_key.public_key()
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(subject))
        .issuer_name(_name(issuer))
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=path_length), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()),
            critical=False,
        )
    )
    if ca:
        usage = _key_usage(key_cert_sign=True, crl_sign=True)
        builder = builder.add_extension(usage, critical=True)
    else:
        builder = builder.add_extension(
            _key_usage(digital_signature=True, key_encipherment=True), critical=True
        ).add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        if dns_names:
            builder = builder.add_extension(
                x509.SubjectAlternativeName([x509.DNSName(name) for name in dns_names]),
                critical=False,
            )
    return builder.sign(issuer_key, hashes.SHA256())


def _key_usage(**allowed: bool) -> x509.KeyUsage:
    usages = dict.fromkeys(
        ["digital_signature", "content_commitment", "key_encipherment", "data_encipherment",
         "key_agreement", "key_cert_sign", "crl_sign", "encipher_only", "decipher_only"],
        False,
    )
    return x509.KeyUsage(**{**usages, **allowed})


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)

