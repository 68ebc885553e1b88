"""A local stand-in for Google Translate's TTS endpoint, speaking the batchexecute protocol.

gTTS POSTs `f.req=[[["jQ1olc","[text,lang,speed,\"null\"]",null,"generic"]]]` to
/_/TranslateWebserverUi/data/batchexecute and reads the base64 MP3 out of the `wrb.fr` line
of the reply. This server does the same over real HTTP on 127.0.0.1 and answers with a real
MP3 (a hummed tone, about as long as the text would take to say), so the whole gTTS client
path runs unchanged except for the host it talks to.
"""

from __future__ import annotations

import base64
import json
import math
import threading
from array import array
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import lameenc

BATCHEXECUTE_PATH = "/_/TranslateWebserverUi/data/batchexecute"
RATE = 24000  # what Google serves: MPEG-2 Layer III, 24 kHz, mono, 32 kbps
SECONDS_PER_CHAR = 0.06


def hummed_mp3(seconds: float) -> bytes:
    """A 200 Hz tone pulsing like syllables, with 0.2 s of silence each side, as MP3."""
    pad = array("h", bytes(2 * int(0.2 * RATE)))
    samples = array("h", pad)
    for i in range(int(seconds * RATE)):
        envelope = 0.5 - 0.5 * math.cos(2 * math.pi * 4 * i / RATE)  # 4 "syllables" a second
        samples.append(int(12000 * envelope * math.sin(2 * math.pi * 200 * i / RATE)))
    samples += pad
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(32)
    encoder.set_in_sample_rate(RATE)
    encoder.set_channels(1)
    encoder.set_quality(7)
    return bytes(encoder.encode(samples.tobytes()) + encoder.flush())


class FakeGoogleTTS:
    """Run with `with FakeGoogleTTS() as google:`; `google.url` is its base URL."""

    def __init__(self) -> None:
        self.requests: list[dict] = []  # {"text", "lang", "speed"} per request received
        self.fail_with: int | None = None  # answer every request with this HTTP status
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> FakeGoogleTTS:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                if self.path.split("?")[0] != BATCHEXECUTE_PATH:
                    return self._reply(404, b"Not Found")
                if fake.fail_with:
                    return self._reply(fake.fail_with, b"Internal error")
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                try:
                    rpc = json.loads(parse_qs(body.decode())["f.req"][0])
                    rpc_id, params, _, kind = rpc[0][0]
                    text, lang, speed, _ = json.loads(params)
                except (KeyError, ValueError, TypeError):
                    return self._reply(400, b"Bad Request")
                if rpc_id != "jQ1olc" or kind != "generic":
                    return self._reply(400, b"Bad Request")
                fake.requests.append({"text": text, "lang": lang, "speed": speed})
                audio = base64.b64encode(hummed_mp3(SECONDS_PER_CHAR * len(text))).decode()
                envelope = json.dumps(
                    [
                        ["wrb.fr", "jQ1olc", json.dumps([audio]), None, None, None, "generic"],
                        ["di", 42],
                    ],
                    separators=(",", ":"),
                )
                trailer = f'[["e",4,null,null,{len(envelope)}]]'
                payload = f")]}}'\n\n{len(envelope)}\n{envelope}\n{len(trailer)}\n{trailer}\n"
                self._reply(200, payload.encode(), "application/json; charset=utf-8")

            def _reply(self, status: int, body: bytes, ctype: str = "text/plain") -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        return Handler
