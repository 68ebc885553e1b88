"""How much Alexa request verification costs per request, cold and warm.

Run: .venv/bin/python bench/bench_verification.py

Baseline is json.loads of the same body (work every request needs anyway). Cold builds a
new verifier per request, so it pays certificate parsing and chain validation (the fetch is
served from memory, so network time is not included). Warm reuses one verifier whose chain
is cached: one RSA signature check plus the envelope checks.
"""

from __future__ import annotations

import json
import sys
import timeit
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from skill.verification import RequestVerifier  # noqa: E402
from tests.alexa_signing import (  # noqa: E402
    SKILL_ID,
    Clock,
    envelope,
    intent_request,
    make_signer,
)

REPEATS = 5


def per_request_us(statement, number: int) -> float:
    """Best of REPEATS runs, in microseconds per call (best = least disturbed by noise)."""
    return min(timeit.repeat(statement, number=number, repeat=REPEATS)) / number * 1e6


def main() -> None:
    clock = Clock()
    signer = make_signer()
    request = envelope(
        intent_request("QuestionIntent", {"Query": "why does my baby cry when I put her down"}),
        timestamp=clock(),
        session={"last_topic": "crying"},
    )
    body, headers = signer.sign(request)

    warm_verifier = signer.make_verifier(SKILL_ID, clock=clock)
    warm_verifier.verify(body, headers)

    def cold() -> None:
        signer.make_verifier(SKILL_ID, clock=clock).verify(body, headers)

    timings = {
        "baseline json.loads": per_request_us(lambda: json.loads(body), 20_000),
        "warm verify (cached chain)": per_request_us(
            lambda: warm_verifier.verify(body, headers), 2_000
        ),
        "cold verify (new verifier, chain validation)": per_request_us(cold, 200),
        "one-off: default verifier with certifi roots": per_request_us(
            lambda: RequestVerifier(SKILL_ID), 5
        ),
    }
    baseline = timings["baseline json.loads"]
    warm = timings["warm verify (cached chain)"]
    cold_us = timings["cold verify (new verifier, chain validation)"]

    print(f"body: {len(body)} bytes; chain: leaf + intermediate, RSA-2048; best of {REPEATS}")
    for name, us in timings.items():
        print(f"  {name:<46} {us:10.1f} µs   {us / baseline:8.1f}x baseline")
    print(f"cold / warm: {cold_us / warm:.1f}x   warm - baseline: {warm - baseline:.1f} µs/request")
    print(f"fetches during the whole run: {signer.fetch_count}")


if __name__ == "__main__":
    main()
