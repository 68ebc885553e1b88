"""Signed requests over a real socket: a werkzeug HTTP server in a thread serves the app, whose
verifier trusts the test CA, and requests travel through urllib / http.client as Alexa's would."""

from __future__ import annotations

import http.client
import json
import socket
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import pytest
from flask import Flask
from werkzeug.serving import make_server

from tests.alexa_signing import SKILL_ID, envelope, intent_request, launch_request, make_signer
from tests.responses import assert_well_formed, spoken
from tests.signed_app import CAP, REJECTED, TOO_LARGE, signed_app, stored_users, welcome_lines


@dataclass
class Server:
    app: Flask
    host: str
    port: int

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/alexa"


@pytest.fixture(scope="module")
def signer():
    return make_signer()


@pytest.fixture
def server(tmp_path, signer) -> Iterator[Server]:
    """The app behind a threaded werkzeug server on a free loopback port, real clock."""
    app = signed_app(tmp_path, signer.make_verifier(SKILL_ID))
    http_server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=http_server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield Server(app, "127.0.0.1", http_server.server_port)
    finally:
        http_server.shutdown()
        thread.join(timeout=10)
        http_server.server_close()


def send(server: Server, body: bytes, headers: dict[str, str]) -> tuple[int, dict]:
    """POST over HTTP; (status, JSON body) whatever the status."""
    request = urllib.request.Request(server.url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=10) as reply:
            return reply.status, json.load(reply)
    except urllib.error.HTTPError as error:
        with error:
            return error.code, json.load(error)


def test_signed_launch_over_http_is_welcomed(server, signer):
    status, data = send(server, *signer.sign(envelope(launch_request())))

    assert status == 200
    assert spoken(data) in welcome_lines()
    assert_well_formed(data)


def test_signed_question_over_http_gets_an_answer(server, signer):
    request = intent_request("QuestionIntent", {"Query": "why does my baby cry so much"})

    status, data = send(server, *signer.sign(envelope(request)))

    assert status == 200
    assert_well_formed(data)
    assert "Jessica Stern" in spoken(data) or len(spoken(data).split()) > 5


@pytest.mark.parametrize(
    "tamper",
    [
        pytest.param(lambda body, headers: (body.replace(b"en-US", b"en-GB"), headers),
                     id="body changed after signing"),
        pytest.param(lambda body, headers: (body, {**headers, "Signature-256": ""}),
                     id="signature removed"),
        pytest.param(
            lambda body, headers: (body, {
                **headers, "SignatureCertChainUrl": "https://s3.amazonaws.com/evil/cert.pem"}),
            id="cert url elsewhere",
        ),
    ],
)
def test_tampered_request_over_http_is_refused_and_leaves_no_trace(server, signer, tamper):
    status, data = send(server, *tamper(*signer.sign(envelope(launch_request()))))

    assert (status, data) == (400, REJECTED)
    assert stored_users(server.app) == 0


def raw_exchange(server: Server, head: bytes, body_parts: list[bytes]) -> tuple[int, dict]:
    """Write a hand-made request on a socket (then half-close it) and read the reply."""
    with socket.create_connection((server.host, server.port), timeout=10) as sock:
        sock.sendall(head)
        for part in body_parts:
            try:
                sock.sendall(part)
            except (BrokenPipeError, ConnectionResetError):
                break  # the server answered and stopped reading: the reply is waiting
        sock.shutdown(socket.SHUT_WR)
        reply = http.client.HTTPResponse(sock)
        reply.begin()
        return reply.status, json.loads(reply.read())


def chunked(body: bytes, size: int = 8192) -> list[bytes]:
    parts = [body[i:i + size] for i in range(0, len(body), size)]
    return [b"%x\r\n%s\r\n" % (len(part), part) for part in parts] + [b"0\r\n\r\n"]


def request_head(headers: dict[str, str]) -> bytes:
    lines = ["POST /alexa HTTP/1.1", "Host: 127.0.0.1", *(f"{k}: {v}" for k, v in headers.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def padded_launch(signer, size: int) -> tuple[bytes, dict[str, str]]:
    body, _ = signer.sign(envelope(launch_request(), session={"pad": ""}))
    body, headers = signer.sign(
        envelope(launch_request(), session={"pad": "x" * (size - len(body) - 2)})
    )
    return body, headers


def test_chunked_signed_request_over_http_is_answered(server, signer):
    body, headers = signer.sign(envelope(launch_request()))

    status, data = raw_exchange(
        server, request_head({**headers, "Transfer-Encoding": "chunked"}), chunked(body)
    )

    assert status == 200
    assert spoken(data) in welcome_lines()


def test_chunked_body_over_the_cap_over_http_gets_413(server, signer):
    body, headers = padded_launch(signer, 3 * CAP)

    status, data = raw_exchange(
        server, request_head({**headers, "Transfer-Encoding": "chunked"}), chunked(body)
    )

    assert (status, data) == (413, TOO_LARGE)
    assert stored_users(server.app) == 0


def test_declared_length_over_the_cap_over_http_gets_413(server, signer):
    body, headers = padded_launch(signer, CAP + 100)
    head = request_head({**headers, "Content-Length": str(len(body))})

    assert raw_exchange(server, head, [body]) == (413, TOO_LARGE)


def test_client_that_stops_mid_body_gets_the_generic_400(server, signer):
    body, headers = signer.sign(envelope(launch_request()))
    head = request_head({**headers, "Content-Length": str(len(body) + 500)})

    assert raw_exchange(server, head, [body]) == (400, REJECTED)
    assert stored_users(server.app) == 0


def test_concurrent_signed_requests_are_all_answered(server, signer):
    requests = [signer.sign(envelope(launch_request(), user_id=f"amzn1.ask.account.U{i}"))
                for i in range(16)]

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda signed: send(server, *signed), requests))

    assert [status for status, _ in results] == [200] * 16
    assert all(spoken(data) in welcome_lines() for _, data in results)
    assert stored_users(server.app) == 16
