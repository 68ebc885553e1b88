"""Alexa request verification: prove a POST came from Alexa, for this skill, just now.

Amazon signs every request body with a certificate it publishes on S3. Before any skill
logic runs we check, on the raw body bytes: the certificate URL, the certificate chain
(to a trusted root, within its dates, for echo-api.amazon.com), the SHA-256 signature,
the request timestamp and the skill id (see alexa-facts.md). A verified chain is cached
per URL until it expires, so a warm request costs one RSA signature check and no I/O.
"""

from __future__ import annotations

import base64
import json
import posixpath
import re
import ssl
import threading
import time
import urllib.request
import warnings
from collections import OrderedDict, deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import certifi
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.utils import CryptographyDeprecationWarning
from cryptography.x509 import verification as x509_verification

ALEXA_CERT_DNS_NAME = "echo-api.amazon.com"
CERT_URL_HOST = "s3.amazonaws.com"
CERT_URL_PATH_PREFIX = "/echo.api/"
SIGNATURE_HEADER = "Signature-256"
CERT_URL_HEADER = "SignatureCertChainUrl"
SKILL_EVENT_PREFIX = "AlexaSkillEvent."
SKILL_EVENT_MAX_SKEW_SECONDS = 3600
# Amazon serves one or two cert URLs; a flood of new ones is refused rather than downloaded.
FAILED_URL_BACKOFF = timedelta(seconds=60)
FAILED_URL_MEMORY = 256
FETCH_WINDOW = timedelta(seconds=60)
MAX_FETCHES_PER_WINDOW = 10
FETCH_TIMEOUT_SECONDS = 3.0
MAX_CERT_CHAIN_BYTES = 64 * 1024
_PEM_CERTIFICATE = re.compile(
    rb"-----BEGIN CERTIFICATE-----\r?\n.+?\r?\n-----END CERTIFICATE-----", re.DOTALL
)


class VerificationError(Exception):
    """The request is not provably from Alexa; ``reason`` is short and safe to log."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class _TrustedKey:
    """A signing key from a verified chain, usable while every cert in the chain is valid."""

    public_key: rsa.RSAPublicKey
    valid_from: datetime
    valid_until: datetime

    def valid_at(self, now: datetime) -> bool:
        return self.valid_from <= now <= self.valid_until


def normalise_cert_url(url: str) -> str:
    """Return the canonical form of an Alexa cert URL, or raise if Alexa could not have sent it.

    Dot segments are resolved first, so ``/echo.api/../echo.api/x.pem`` is accepted and
    ``/echo.api/../evil/x.pem`` is not. Scheme and host compare case-insensitively, the path
    case-sensitively, as Amazon specifies.
    """
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise VerificationError("bad cert url") from None
    path = posixpath.normpath(parts.path) if parts.path else ""
    if (
        parts.scheme.lower() != "https"
        or parts.hostname != CERT_URL_HOST
        or port not in (None, 443)
        or not path.startswith(CERT_URL_PATH_PREFIX)
    ):
        raise VerificationError("bad cert url")
    return urlunsplit(("https", CERT_URL_HOST, path, "", ""))


def fetch_cert_chain(url: str) -> bytes:
    """GET a PEM chain over HTTPS, giving up if it is slow or too large.

    Alexa waits about 8 s for an answer, so the whole download must fit in a few seconds.
    """
    deadline = time.monotonic() + FETCH_TIMEOUT_SECONDS
    context = ssl.create_default_context(cafile=certifi.where())
    chunks: list[bytes] = []
    size = 0
    with urllib.request.urlopen(url, timeout=FETCH_TIMEOUT_SECONDS, context=context) as response:
        while chunk := response.read1(8192):
            size += len(chunk)
            if size > MAX_CERT_CHAIN_BYTES:
                raise ValueError("cert chain too large")
            if time.monotonic() > deadline:
                raise TimeoutError("cert chain download too slow")
            chunks.append(chunk)
    return b"".join(chunks)


class RequestVerifier:
    """Checks Alexa requests; one instance per app, safe to share between threads.

    ``skill_id=None`` skips the skill id check (local development only).
    ``trust_roots_pem`` defaults to the certifi bundle; ``fetch_cert`` (URL -> PEM bytes,
    raising OSError or ValueError on failure) defaults to an HTTPS GET; ``clock`` defaults
    to the current UTC time. Tests inject all three.
    """

    def __init__(
        self,
        skill_id: str | None,
        trust_roots_pem: bytes | None = None,
        fetch_cert: Callable[[str], bytes] | None = None,
        clock: Callable[[], datetime] | None = None,
        max_skew_seconds: float = 150,
        cache_size: int = 16,
    ) -> None:
        if trust_roots_pem is None:
            with open(certifi.where(), "rb") as bundle:
                trust_roots_pem = bundle.read()
        with warnings.catch_warnings():
            # certifi still ships a few old roots with serial number 0 (Starfield Services
            # G2, in Amazon's own trust path, among them); cryptography warns about them.
            warnings.simplefilter("ignore", CryptographyDeprecationWarning)
            self._store = x509_verification.Store(_load_certificates(trust_roots_pem))
        self._skill_id = skill_id
        self._fetch_cert = fetch_cert or fetch_cert_chain
        self._clock = clock or (lambda: datetime.now(UTC))
        self._max_skew_seconds = max_skew_seconds
        self._cache_size = cache_size
        self._cache: OrderedDict[str, _TrustedKey] = OrderedDict()
        # Cert URLs that failed lately, and when recent downloads started: anyone can name a
        # fresh URL under /echo.api/, and each would otherwise cost an outbound download.
        self._failed: OrderedDict[str, datetime] = OrderedDict()
        self._fetches: deque[datetime] = deque()
        self._lock = threading.Lock()

    def verify(self, body: bytes, headers: Mapping[str, str]) -> dict[str, Any]:
        """Return the parsed request envelope, or raise VerificationError."""
        now = self._now()
        by_name = {name.lower(): value for name, value in headers.items()}
        signature = _decode_signature(by_name.get(SIGNATURE_HEADER.lower()))
        cert_url = by_name.get(CERT_URL_HEADER.lower())
        if not cert_url:
            raise VerificationError("missing cert url")
        public_key = self._signing_key(normalise_cert_url(cert_url), now)
        try:
            public_key.verify(signature, body, padding.PKCS1v15(), hashes.SHA256())
        except InvalidSignature:
            raise VerificationError("bad signature") from None
        envelope = _parse_envelope(body)
        self._check_timestamp(envelope["request"], now)
        self._check_skill_id(envelope)
        return envelope

    def _now(self) -> datetime:
        now = self._clock()
        return now if now.tzinfo else now.replace(tzinfo=UTC)

    def _signing_key(self, url: str, now: datetime) -> rsa.RSAPublicKey:
        """The verified key for ``url``: from the cache while valid, else fetched and checked."""
        with self._lock:
            cached = self._cache.get(url)
            if cached is not None and cached.valid_at(now):
                self._cache.move_to_end(url)
                return cached.public_key
            self._admit_fetch(url, now)
        # Fetch and validate outside the lock so one slow download never stalls warm requests.
        try:
            try:
                pem = self._fetch_cert(url)
            except (OSError, ValueError):
                raise VerificationError("cert fetch failed") from None
            trusted = self._verify_chain(pem, now)
        except VerificationError:
            with self._lock:
                self._failed[url] = now + FAILED_URL_BACKOFF
                while len(self._failed) > FAILED_URL_MEMORY:
                    self._failed.popitem(last=False)
            raise
        with self._lock:
            self._cache[url] = trusted
            self._cache.move_to_end(url)
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return trusted.public_key

    def _admit_fetch(self, url: str, now: datetime) -> None:
        """Refuse (holding the lock) a URL that failed lately, or a download over the rate."""
        retry_at = self._failed.get(url)
        if retry_at is not None and now < retry_at:
            raise VerificationError("cert url failed recently")
        while self._fetches and now - self._fetches[0] >= FETCH_WINDOW:
            self._fetches.popleft()
        if len(self._fetches) >= MAX_FETCHES_PER_WINDOW:
            raise VerificationError("too many cert fetches")
        self._fetches.append(now)

    def _verify_chain(self, pem: bytes, now: datetime) -> _TrustedKey:
        try:
            leaf, *intermediates = _load_certificates(pem)
        except ValueError:
            raise VerificationError("bad cert chain") from None
        verifier = (
            x509_verification.PolicyBuilder()
            .store(self._store)
            .time(now)
            .build_server_verifier(x509.DNSName(ALEXA_CERT_DNS_NAME))
        )
        try:
            chain = verifier.verify(leaf, intermediates)
        except x509_verification.VerificationError:
            raise VerificationError("untrusted cert") from None
        public_key = leaf.public_key()
        if not isinstance(public_key, rsa.RSAPublicKey):
            raise VerificationError("untrusted cert")
        return _TrustedKey(
            public_key,
            valid_from=max(cert.not_valid_before_utc for cert in chain),
            valid_until=min(cert.not_valid_after_utc for cert in chain),
        )

    def _check_timestamp(self, request: dict[str, Any], now: datetime) -> None:
        """Refuse replays: the request must have been sent close to now (either direction)."""
        try:
            sent = datetime.fromisoformat(request["timestamp"])
        except (KeyError, TypeError, ValueError):
            raise VerificationError("bad timestamp") from None
        if sent.tzinfo is None:
            sent = sent.replace(tzinfo=UTC)
        is_skill_event = str(request.get("type", "")).startswith(SKILL_EVENT_PREFIX)
        allowed = SKILL_EVENT_MAX_SKEW_SECONDS if is_skill_event else self._max_skew_seconds
        if abs((now - sent).total_seconds()) > allowed:
            raise VerificationError("stale timestamp")

    def _check_skill_id(self, envelope: dict[str, Any]) -> None:
        if self._skill_id is None:
            return
        application_id = _lookup(envelope, "context", "System", "application", "applicationId")
        if application_id is None:
            application_id = _lookup(envelope, "session", "application", "applicationId")
        if application_id != self._skill_id:
            raise VerificationError("wrong skill id")


def default_verifier(skill_id: str | None) -> RequestVerifier:
    """A verifier for production: certifi roots, HTTPS fetches, the real clock."""
    return RequestVerifier(skill_id)


def _load_certificates(pem: bytes) -> list[x509.Certificate]:
    """Parse PEM certificates one at a time, in order, skipping any cryptography refuses.

    cryptography will one day refuse certificates with serial number 0, which certifi still
    ships: one refused certificate must not take the whole bundle, and the skill, down.
    """
    certificates = []
    for block in _PEM_CERTIFICATE.findall(pem):
        try:
            certificates.append(x509.load_pem_x509_certificate(block))
        except ValueError:
            continue
    if not certificates:
        raise ValueError("no usable certificates")
    return certificates


def _decode_signature(value: str | None) -> bytes:
    if value is None:
        raise VerificationError("missing signature")
    if not value.strip():
        raise VerificationError("empty signature")
    try:
        return base64.b64decode(value, validate=True)
    except ValueError:  # binascii.Error is a ValueError
        raise VerificationError("bad signature encoding") from None


def _parse_envelope(body: bytes) -> dict[str, Any]:
    try:
        envelope = json.loads(body)
    except (ValueError, RecursionError):
        raise VerificationError("body not json") from None
    if not isinstance(envelope, dict) or not isinstance(envelope.get("request"), dict):
        raise VerificationError("not an alexa envelope")
    return envelope


def _lookup(data: Any, *keys: str) -> Any:
    """``data[k1][k2]...``, or None when any level is missing or not an object."""
    for key in keys:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data
