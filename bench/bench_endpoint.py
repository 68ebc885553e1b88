"""POST /alexa throughput with request verification on (warm chain cache) and off, same run.

Run: .venv/bin/python bench/bench_endpoint.py            (about 45 s)
     .venv/bin/python bench/bench_endpoint.py --quick    (about 20 s: a smoke run, its
                                                          ratios are too noisy to quote)

Three views of the same signed request (a mid-session QuestionIntent):
1. verification alone: json.loads baseline, warm verify, cold verify (new verifier);
2. in process, through Flask's test client (no sockets): the app's own cost;
3. over real HTTP: a threaded werkzeug server, and gunicorn with production's worker class
   and threads (skill.production), each in a subprocess, driven by client threads on
   keep-alive connections.
"Off" is ALEXA_VERIFY=0 (loopback only). Both modes run side by side and are measured in
alternating short rounds, best round kept: on a shared machine noise only ever slows a round
down, and alternation spreads it over both modes. Each round also records the server's CPU
time per request (this process, or the server's process tree from /proc), which other load
moves far less than requests/s. Alexa API calls fail fast (closed local port), so no network
time is included. Linux only (/proc).
"""

from __future__ import annotations

import argparse
import http.client
import json
import logging
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from skill import create_app, production  # noqa: E402
from skill.verification import RequestVerifier  # noqa: E402
from tests.alexa_signing import (  # noqa: E402
    SKILL_ID,
    AlexaSigner,
    Clock,
    envelope,
    intent_request,
    make_signer,
)

CLOSED_API_ENDPOINT = "https://127.0.0.1:9"  # Alexa API lookups fail at once, no network time
CLIENT_THREADS = 4
GUNICORN_WORKERS = 2
MODES = ("off", "verify")


def question(signer: AlexaSigner, clock: Clock) -> tuple[bytes, dict[str, str]]:
    """The benchmark request: a question in an ongoing conversation, signed now."""
    request = envelope(
        intent_request("QuestionIntent", {"Query": "why does my baby cry when I put her down"}),
        timestamp=clock(),
        new_session=False,
        session={"last_topic": "crying"},
        api_endpoint=CLOSED_API_ENDPOINT,
    )
    return signer.sign(request)


def app_settings(mode: str, database: Path, verifier: RequestVerifier | None) -> dict:
    settings = {
        "DATABASE_URL": f"sqlite:///{database}",
        "USER_ID_SECRET": "bench-secret",
        "ALEXA_VERIFY": mode == "verify",
    }
    if mode == "verify":
        settings |= {"ALEXA_SKILL_ID": SKILL_ID, "ALEXA_VERIFIER": verifier}
    return settings


def served_app():
    """The app a server subprocess runs (werkzeug or gunicorn), configured by BENCH_* variables.

    Verification trusts the test root in BENCH_ROOTS and serves the chain in BENCH_CHAIN as
    if from S3, with the real clock.
    """
    mode = os.environ["BENCH_MODE"]
    verifier = None
    if mode == "verify":
        chain = Path(os.environ["BENCH_CHAIN"]).read_bytes()
        verifier = RequestVerifier(
            SKILL_ID,
            trust_roots_pem=Path(os.environ["BENCH_ROOTS"]).read_bytes(),
            fetch_cert=lambda url: chain,
        )
    return create_app(app_settings(mode, Path(os.environ["BENCH_DATABASE"]), verifier))


# --- 1. verification alone --------------------------------------------------------------------


def bench_verification(signer: AlexaSigner, clock: Clock) -> float:
    """Print verification costs; return the warm cost in µs."""
    from bench.bench_verification import per_request_us

    body, headers = question(signer, clock)
    warm = signer.make_verifier(SKILL_ID, clock=clock)
    warm.verify(body, headers)
    baseline = per_request_us(lambda: json.loads(body), 5_000)
    warm_us = per_request_us(lambda: warm.verify(body, headers), 500)
    cold_us = per_request_us(
        lambda: signer.make_verifier(SKILL_ID, clock=clock).verify(body, headers), 50
    )
    print(f"1. verification alone ({len(body)}-byte body, best of 5)")
    print(f"   json.loads baseline      {baseline:9.1f} µs")
    print(f"   warm verify (cached)     {warm_us:9.1f} µs  {warm_us / baseline:7.1f}x baseline")
    print(f"   cold verify (new chain)  {cold_us:9.1f} µs  {cold_us / warm_us:7.1f}x warm")
    return warm_us


# --- 2. in process ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Round:
    """One measured round: wall-clock rate, and CPU time spent per request by the server."""

    rate: float  # requests per second
    cpu_us: float  # server CPU µs per request: barely moved by other load on the machine


def in_process_round(send, seconds: float) -> Round:
    """Call ``send()`` for about ``seconds``; the server is this process."""
    done = 0
    start, cpu_start = time.perf_counter(), time.process_time()
    while time.perf_counter() < start + seconds:
        for _ in range(20):
            send()
        done += 20
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    return Round(done / wall, cpu / done * 1e6)


def bench_in_process(signer: AlexaSigner, clock: Clock, folder: Path, rounds: int,
                     seconds: float) -> dict[str, list[Round]]:
    body, headers = question(signer, clock)
    clients = {}
    for mode in MODES:
        verifier = signer.make_verifier(SKILL_ID, clock=clock)
        app = create_app(app_settings(mode, folder / f"inproc-{mode}.sqlite", verifier))
        clients[mode] = app.test_client()

    def sender(mode):
        client = clients[mode]

        def send():
            reply = client.post("/alexa", data=body, headers=headers)
            assert reply.status_code == 200, reply.data

        return send

    for mode in MODES:
        in_process_round(sender(mode), 0.3)  # warm: chain cached, content loaded
    return alternating(lambda mode: in_process_round(sender(mode), seconds), rounds)


def alternating(measure, rounds: int) -> dict[str, list[Round]]:
    """Each mode's rounds, measured in turn so that drift and noise hit both modes alike."""
    found: dict[str, list[Round]] = {mode: [] for mode in MODES}
    for _ in range(rounds):
        for mode in MODES:
            found[mode].append(measure(mode))
    return found


# --- 3. over HTTP ------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def server(kind: str, mode: str, folder: Path, signer: AlexaSigner):
    """A server subprocess of ``kind`` (werkzeug | gunicorn); yields (port, pid) once it answers."""
    (folder / "roots.pem").write_bytes(signer.trust_roots_pem)
    (folder / "chain.pem").write_bytes(signer.chain_pem)
    port = free_port()
    env = {
        **os.environ,
        "BENCH_MODE": mode,
        "BENCH_ROOTS": str(folder / "roots.pem"),
        "BENCH_CHAIN": str(folder / "chain.pem"),
        "BENCH_DATABASE": str(folder / f"{kind}-{mode}.sqlite"),
        "PYTHONPATH": str(REPO),
    }
    if kind == "gunicorn":
        command = [str(Path(sys.executable).with_name("gunicorn")),
                   "--workers", str(GUNICORN_WORKERS),
                   "--worker-class", production.DEFAULT_WORKER_CLASS,
                   "--threads", str(production.THREADS),
                   "--keep-alive", str(production.KEEPALIVE),
                   "--bind", f"127.0.0.1:{port}", "--log-level", "warning",
                   "bench.bench_endpoint:served_app()"]
    else:
        command = [sys.executable, __file__, "--serve", str(port)]
    log_path = folder / f"{kind}-{mode}.log"  # a file, not a pipe nobody reads: never blocks
    with open(log_path, "w") as log:
        process = subprocess.Popen(command, cwd=REPO, env=env, stdout=log, stderr=log)
    try:
        wait_until_up(port, process, log_path)
        yield port, process.pid
    finally:
        process.terminate()
        process.wait(timeout=10)


def cpu_seconds(pid: int) -> float:
    """CPU time used so far by a process and its children (gunicorn's workers), from /proc."""
    # Workers are forked by the main thread; a thread's CPU stays in its process's total.
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    ticks = 0
    for process in [pid, *map(int, children)]:
        fields = Path(f"/proc/{process}/stat").read_text().rsplit(")", 1)[1].split()
        ticks += int(fields[11]) + int(fields[12])  # utime + stime
    return ticks / os.sysconf("SC_CLK_TCK")


def wait_until_up(port: int, process: subprocess.Popen, log_path: Path) -> None:
    for _ in range(300):
        if process.poll() is not None:
            raise RuntimeError(f"server exited: {log_path.read_text()}")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("server did not come up")


def http_round(port: int, pid: int, body: bytes, headers: dict[str, str],
               seconds: float) -> Round:
    """CLIENT_THREADS client threads, each on its own keep-alive connection, for ``seconds``."""
    counts = [0] * CLIENT_THREADS
    failures: list[str] = []
    deadline = time.perf_counter() + seconds

    def client(index: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        try:
            while time.perf_counter() < deadline:
                connection.request("POST", "/alexa", body=body, headers=headers)
                reply = connection.getresponse()
                reply.read()
                if reply.status != 200:
                    failures.append(f"HTTP {reply.status}")
                    return
                counts[index] += 1
        except OSError as error:
            failures.append(f"{type(error).__name__} after {counts[index]} requests")
        finally:
            connection.close()

    start, cpu_start = time.perf_counter(), cpu_seconds(pid)
    threads = [threading.Thread(target=client, args=(i,)) for i in range(CLIENT_THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall, cpu = time.perf_counter() - start, cpu_seconds(pid) - cpu_start
    if failures:
        raise RuntimeError(f"benchmark client failed: {failures}")
    done = sum(counts)
    return Round(done / wall, cpu / done * 1e6)


def bench_http(kind: str, signer: AlexaSigner, folder: Path, rounds: int,
               seconds: float) -> dict[str, list[Round]]:
    with server(kind, "off", folder, signer) as off, server(kind, "verify", folder, signer) as on:
        servers = {"off": off, "verify": on}
        body, headers = question(signer, Clock())  # real time: the servers' clocks are real
        for port, pid in servers.values():
            http_round(port, pid, body, headers, 0.5)  # warm every worker
        return alternating(lambda mode: http_round(*servers[mode], body, headers, seconds),
                           rounds)


def print_pair(label: str, rounds: dict[str, list[Round]]) -> dict[str, float]:
    """One line: best rate and least CPU per request of each mode, and verify/off ratios."""
    rate = {mode: max(r.rate for r in found) for mode, found in rounds.items()}
    cpu = {mode: min(r.cpu_us for r in found) for mode, found in rounds.items()}
    print(f"   {label:<33} {rate['off']:6.0f} {rate['verify']:6.0f} req/s  "
          f"{rate['verify'] / rate['off']:5.2f}   | {cpu['off']:6.0f} {cpu['verify']:6.0f} µs  "
          f"{cpu['verify'] / cpu['off']:5.2f}  (+{cpu['verify'] - cpu['off']:.0f} µs)")
    return cpu


def serve(port: int) -> None:
    """Subprocess entry: a threaded werkzeug server, as `calm-cradle serve` runs one."""
    from werkzeug.serving import make_server

    logging.basicConfig(level=logging.ERROR)  # no warning per request
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # no access log line per request
    make_server("127.0.0.1", port, served_app(), threaded=True).serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer, shorter rounds")
    parser.add_argument("--serve", type=int, metavar="PORT", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve)
        return
    logging.basicConfig(level=logging.ERROR)  # the endpoint's warnings are not the result
    rounds, seconds = (4, 0.4) if args.quick else (10, 0.5)
    started = time.perf_counter()
    signer, clock = make_signer(), Clock()
    warm_us = bench_verification(signer, clock)
    folder = Path(tempfile.mkdtemp(prefix="bench-endpoint-"))
    try:
        print(f"2/3. POST /alexa, {rounds} alternating rounds of {seconds} s per mode; "
              f"{os.cpu_count()} CPUs")
        print(f"   {'':<33} {'off':>6} {'verify':>6} best   ratio | server CPU per request")
        cpu = print_pair("in process (test client)",
                         bench_in_process(signer, clock, folder, rounds, seconds))
        print_pair(f"werkzeug threaded, {CLIENT_THREADS} clients",
                   bench_http("werkzeug", signer, folder, rounds, seconds))
        if shutil.which("gunicorn", path=str(Path(sys.executable).parent)):
            print_pair(f"gunicorn {GUNICORN_WORKERS}x{production.THREADS} gthread, "
                       f"{CLIENT_THREADS} clients",
                       bench_http("gunicorn", signer, folder, rounds, seconds))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"warm verification alone is {warm_us / cpu['off']:.1%} of the CPU an unverified "
          f"request costs in process ({warm_us:.0f} of {cpu['off']:.0f} µs)")
    print(f"total {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
