"""A small HTTP load generator, run as its own process so it never shares a GIL with a server.

Run: python -m bench.loadgen --url http://127.0.0.1:PORT/alexa --bodies bodies.json

Each of ``--connections`` threads keeps one ``http.client`` connection alive (reopening it
when the server closes it, as gunicorn's sync workers do after every response) and POSTs
the bodies in turn, until ``--requests`` were sent or ``--seconds`` passed. The first
``--warmup`` seconds are not counted. Prints one JSON object: counts, duration, requests
per second and latency percentiles, overall and per request kind, and how many requests
were sent in all (warm-up included).
"""

from __future__ import annotations

import argparse
import http.client
import json
import math
import sys
import threading
import time
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit


def percentile(sorted_values: Sequence[float], fraction: float) -> float:
    """The value below which ``fraction`` of the (sorted) values lie; nearest-rank method."""
    if not sorted_values:
        return float("nan")
    rank = max(1, math.ceil(fraction * len(sorted_values)))
    return sorted_values[rank - 1]


def summary(latencies: list[float]) -> dict[str, float]:
    ordered = sorted(latencies)
    return {
        "count": len(ordered),
        "p50_ms": percentile(ordered, 0.50) * 1e3,
        "p99_ms": percentile(ordered, 0.99) * 1e3,
    }


class _Worker(threading.Thread):
    """One keep-alive connection sending bodies round robin, from its own starting point."""

    def __init__(self, run: _Run, offset: int) -> None:
        super().__init__(daemon=True)
        self.run_state = run
        self.offset = offset
        self.samples: list[tuple[str, float]] = []
        self.sent = 0  # every request, warm-up included (for CPU per request)
        self.errors = 0
        self.reconnects = 0

    def run(self) -> None:
        state = self.run_state
        connection = state.connect()
        index = self.offset
        while not state.done():
            kind, body = state.bodies[index % len(state.bodies)]
            index += 1
            started = time.perf_counter()
            try:
                connection.request("POST", state.path, body, state.headers)
                response = connection.getresponse()
                response.read()
                ok = response.status == 200
                if response.will_close:
                    self.reconnects += 1
            except (OSError, http.client.HTTPException):
                ok = False
                connection.close()
                connection = state.connect()
            finished = time.perf_counter()
            self.sent += 1
            if started >= state.measure_from and state.take_ticket():
                if ok:
                    self.samples.append((kind, finished - started))
                else:
                    self.errors += 1
        connection.close()


class _Run:
    def __init__(self, url: str, bodies: list[tuple[str, bytes]], requests: int,
                 seconds: float, warmup: float) -> None:
        parts = urlsplit(url)
        if parts.hostname not in ("127.0.0.1", "::1", "localhost"):
            raise SystemExit("loadgen only targets loopback addresses")
        self.host, self.port, self.path = parts.hostname, parts.port or 80, parts.path or "/"
        self.bodies = bodies
        self.headers = {"Content-Type": "application/json", "Connection": "keep-alive"}
        self.measure_from = time.perf_counter() + warmup
        self.stop_at = self.measure_from + seconds
        self._tickets = requests
        self._lock = threading.Lock()

    def connect(self) -> http.client.HTTPConnection:
        return http.client.HTTPConnection(self.host, self.port, timeout=30)

    def take_ticket(self) -> bool:
        """Count one measured request; False once the request budget is spent."""
        with self._lock:
            if self._tickets <= 0:
                return False
            self._tickets -= 1
            return True

    def done(self) -> bool:
        return time.perf_counter() >= self.stop_at or self._tickets <= 0


def run_load(url: str, bodies: list[tuple[str, bytes]], *, connections: int, requests: int,
             seconds: float, warmup: float) -> dict[str, Any]:
    """Drive the server and return the measurements (see the module docstring)."""
    state = _Run(url, bodies, requests, seconds, warmup)
    workers = [_Worker(state, offset=i * 7) for i in range(connections)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    samples = [sample for worker in workers for sample in worker.samples]
    measured_for = min(time.perf_counter(), state.stop_at) - state.measure_from
    by_kind: dict[str, list[float]] = {}
    for kind, latency in samples:
        by_kind.setdefault(kind, []).append(latency)
    return {
        "connections": connections,
        "ok": len(samples),
        "errors": sum(worker.errors for worker in workers),
        "sent": sum(worker.sent for worker in workers),
        "reconnects": sum(worker.reconnects for worker in workers),
        "seconds": measured_for,
        "rps": len(samples) / measured_for if measured_for > 0 else 0.0,
        **summary([latency for _, latency in samples]),
        "kinds": {kind: summary(values) for kind, values in sorted(by_kind.items())},
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--bodies", required=True, help='JSON file: [["kind", {envelope}], ...]')
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--requests", type=int, default=50_000, help="measured requests at most")
    parser.add_argument("--seconds", type=float, default=8.0, help="measured seconds at most")
    parser.add_argument("--warmup", type=float, default=2.0)
    args = parser.parse_args(argv)
    with open(args.bodies, encoding="utf-8") as handle:
        bodies = [(kind, json.dumps(envelope).encode()) for kind, envelope in json.load(handle)]
    result = run_load(args.url, bodies, connections=args.connections, requests=args.requests,
                      seconds=args.seconds, warmup=args.warmup)
    json.dump(result, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
