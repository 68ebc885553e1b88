"""Calm Cradle served as in production, measured beside a bare Flask endpoint served the same way.

Run: python -m bench  (or: make bench)

* HTTP: ``calm-cradle serve --production`` (gunicorn, verification off on loopback) and
  ``bench.bare_app`` with the same gunicorn settings and worker count, each driven in turn
  by ``bench.loadgen`` in its own process: N keep-alive connections, a mix of launch,
  free question (QuestionIntent), night-feed check-in and tip requests from many users
  and devices. The devices' Settings API is a local fake server, as in the tests.
* In-process: the same requests through ``create_app``'s test client, per request kind,
  beside the bare app's test client (Flask routing and JSON only, no sockets); then, untimed,
  the database statements each kind sends (a listener would slow every statement).
* Cold start: import + ``create_app`` + first request in a fresh interpreter, several runs.
* Memory: VmRSS and PSS of each gunicorn worker after the load (PSS splits pages shared
  copy-on-write with the preloading master, so it is what a worker really adds).

Every number is measured in this run; ratios compare with the bare app in the same run.
Both servers and the load generator share this machine's CPUs, so absolute numbers are a
floor for a dedicated server; the ratios are the point.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import event

from bench.bare_app import create_bare_app
from bench.loadgen import summary
from skill import production, speech
from tests.alexa_signing import API_ACCESS_TOKEN, envelope, intent_request
from tests.fake_alexa_api import FakeAlexaApi

REPO = Path(__file__).resolve().parents[1]
KINDS = ("launch", "question", "night-feed", "tip")
QUESTIONS = (
    "why does my baby cry when I put her down",
    "will I spoil my baby if I pick him up every time",
    "how do I repair things after I snapped at my toddler",
    "what is secure attachment",
    "how can I calm my baby at night",
    "do I have to be a perfect parent",
)
ZONES = ("America/New_York", "Europe/London", "Australia/Sydney", "America/Los_Angeles")
PUBLIC_BASE_URL = "https://cradle.example.org"  # as deployed: audio is played, not spoken
SECRET = "bench-secret"


@dataclass
class Options:
    seconds: float = 5.0  # measured seconds per round and server
    rounds: int = 3
    warmup: float = 2.0
    connections: int = 8
    workers: int = field(default_factory=production.default_workers)
    worker_class: str = production.DEFAULT_WORKER_CLASS
    users: int = 48
    in_process_reps: int = 300
    cold_runs: int = 5
    database_url: str | None = None  # default: a fresh SQLite file


@dataclass
class Results:
    options: Options
    http: dict[str, dict[str, Any]] = field(default_factory=dict)  # "skill"/"bare" -> loadgen
    memory: dict[str, dict[str, float]] = field(default_factory=dict)
    in_process: dict[str, dict[str, float]] = field(default_factory=dict)  # kind -> summary
    heard: dict[str, str] = field(default_factory=dict)  # kind -> the start of one answer
    statements: dict[str, float] = field(default_factory=dict)  # kind -> per request, in-process
    server_warnings: int = 0  # WARNING/ERROR lines the skill server logged under load
    cold: dict[str, float] = field(default_factory=dict)
    cpu_ms: dict[str, list[float]] = field(default_factory=dict)  # server CPU/request, by round


# --- the requests -----------------------------------------------------------------------


def request_mix(api: FakeAlexaApi, users: int) -> list[tuple[str, dict[str, Any]]]:
    """One envelope of each kind per simulated parent, each parent on their own Echo."""
    mix = []
    for n in range(users):
        ids = {
            "user_id": f"amzn1.ask.account.BENCH{n:04d}",
            "device_id": f"amzn1.ask.device.BENCH{n:04d}",
            "api_endpoint": api.endpoint,
        }
        api.time_zones[ids["device_id"]] = ZONES[n % len(ZONES)]
        mix.append(("launch", envelope({"type": "LaunchRequest"}, **ids)))
        question = intent_request("QuestionIntent", {"Query": QUESTIONS[n % len(QUESTIONS)]})
        mix.append(("question", envelope(question, new_session=False, **ids)))
        checkin = intent_request("NightFeedCheckInIntent")
        mix.append(("night-feed", envelope(checkin, new_session=False, **ids)))
        mix.append(("tip", envelope(intent_request("TipIntent"), new_session=False, **ids)))
    return mix


def with_session_attributes(mix: list, database_url: str) -> list:
    """The mix as Alexa sends it: turns after a launch echo the attributes it returned.

    Each parent's launch is answered once, in process, and its ``sessionAttributes`` are
    put on that parent's later turns, as Alexa does within a session.
    """
    from skill.web import create_app

    client = create_app({**skill_settings(database_url), "ALEXA_VERIFY": False}).test_client()
    attributes: dict[str, Any] = {}
    for kind, body in mix:
        user = body["session"]["user"]["userId"]
        if kind == "launch":
            attributes[user] = client.post("/alexa", json=body).get_json()["sessionAttributes"]
        else:
            body["session"]["attributes"] = dict(attributes[user])
    return mix


def skill_settings(database_url: str) -> dict[str, str]:
    return {
        "ALEXA_VERIFY": "0",
        "DATABASE_URL": database_url,
        "USER_ID_SECRET": SECRET,
        "PUBLIC_BASE_URL": PUBLIC_BASE_URL,
    }


# --- HTTP under gunicorn ----------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running_server(command: list[str], env: dict[str, str], logs: Path) -> Iterator[tuple]:
    """Start a server subprocess (logs to files, so a full pipe never stalls it); SIGTERM after."""
    port = free_port()
    out, err = open(logs.with_suffix(".out"), "w"), open(logs.with_suffix(".err"), "w")  # noqa: SIM115
    process = subprocess.Popen(
        [*command, "--port", str(port)], cwd=REPO, env={**os.environ, **env},
        stdout=out, stderr=err,
    )
    try:
        _wait_until_up(f"http://127.0.0.1:{port}", process, logs)
        yield process, f"http://127.0.0.1:{port}/alexa"
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
        out.close()
        err.close()


def _wait_until_up(url: str, process: subprocess.Popen, logs: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited: {logs.with_suffix('.err').read_text()[-2000:]}")
        try:
            urllib.request.urlopen(url + "/healthz", timeout=1).read()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("server did not come up within 30 s")


def drive(url: str, bodies_file: Path, options: Options, warmup: float) -> dict[str, Any]:
    """Run the load generator in its own process against ``url``."""
    command = [
        sys.executable, "-m", "bench.loadgen", "--url", url, "--bodies", str(bodies_file),
        "--connections", str(options.connections), "--seconds", str(options.seconds),
        "--warmup", str(warmup),
    ]
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def _workers(master_pid: int) -> list[int]:
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text()
    return [int(pid) for pid in children.split()]


def server_cpu_seconds(master_pid: int) -> float:
    """User + system CPU time used so far by a gunicorn master and its live workers."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in [master_pid, *_workers(master_pid)]:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15)
    return total / ticks


def worker_memory(master_pid: int) -> dict[str, float]:
    """Mean VmRSS and PSS (MiB) of a gunicorn master's worker processes, and the master's RSS."""
    children = _workers(master_pid)
    rss = [_status_kib(int(pid), "VmRSS") / 1024 for pid in children]
    pss = [_pss_kib(int(pid)) / 1024 for pid in children]
    return {
        "workers": len(children),
        "rss_mib": statistics.mean(rss),
        "pss_mib": statistics.mean(pss),
        "master_rss_mib": _status_kib(master_pid, "VmRSS") / 1024,
    }


def _status_kib(pid: int, name: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(name + ":"):
            return int(line.split()[1])
    raise KeyError(name)


def _pss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1])
    raise KeyError("Pss")


def measure_http(results: Results, mix: list, folder: Path, database_url: str) -> None:
    """Both servers up at once, driven in alternating rounds; each keeps its best round.

    Other work on the machine comes and goes; alternating and keeping the best round
    compares the two servers at their least disturbed, under the same conditions.
    """
    options = results.options
    bodies_file = folder / "bodies.json"
    bodies_file.write_text(json.dumps(mix))
    gunicorn_args = ["--workers", str(options.workers), "--worker-class", options.worker_class]
    commands = {
        "skill": ([sys.executable, "-m", "skill", "serve", "--production", *gunicorn_args],
                  skill_settings(database_url)),
        "bare": ([sys.executable, "-m", "bench.bare_app", *gunicorn_args], {}),
    }
    with ExitStack() as stack:
        servers = {
            name: stack.enter_context(running_server(command, env, folder / name))
            for name, (command, env) in commands.items()
        }
        for round_number in range(options.rounds):
            order = list(servers) if round_number % 2 == 0 else list(reversed(servers))
            for name in order:
                process, url = servers[name]
                warmup = options.warmup if round_number == 0 else min(options.warmup, 0.5)
                cpu_before = server_cpu_seconds(process.pid)
                result = drive(url, bodies_file, options, warmup)
                cpu_used = server_cpu_seconds(process.pid) - cpu_before
                result["cpu_ms"] = cpu_used / result["sent"] * 1e3
                best = results.http.get(name)
                results.http[name] = result if best is None or result["rps"] > best["rps"] else best
                results.cpu_ms.setdefault(name, []).append(result["cpu_ms"])
        for name, (process, _) in servers.items():
            results.memory[name] = worker_memory(process.pid)
    log = (folder / "skill").with_suffix(".err").read_text().splitlines()
    results.server_warnings = sum(
        1 for line in log if ("WARNING" in line or "ERROR" in line) and "ALEXA_VERIFY" not in line
    )


# --- in-process dispatch and cold start ---------------------------------------------------


def measure_in_process(results: Results, mix: list, database_url: str) -> None:
    """Per-kind latency through the Flask test client; logging on, as in production.

    The kinds (and the bare app) take turns request by request, so a burst of other work
    on the machine falls on all of them alike.
    """
    from skill.web import create_app

    logging.basicConfig(level=logging.INFO, stream=open(os.devnull, "w"), force=True)  # noqa: SIM115
    settings = {**skill_settings(database_url), "ALEXA_VERIFY": False}
    skill_app = create_app(settings)
    skill_client = skill_app.test_client()
    turns = [(kind, skill_client, [body for k, body in mix if k == kind]) for kind in KINDS]
    turns.append(("bare", create_bare_app().test_client(), [body for _, body in mix]))
    latencies: dict[str, list[float]] = {kind: [] for kind, _, _ in turns}
    warmup = 20
    for n in range(results.options.in_process_reps + warmup):
        for kind, client, bodies in turns:
            started = time.perf_counter()
            reply = client.post("/alexa", json=bodies[n % len(bodies)])
            elapsed = time.perf_counter() - started
            if reply.status_code != 200:
                raise RuntimeError(f"{kind}: HTTP {reply.status_code}")
            if n == 0 and kind != "bare":
                results.heard[kind] = _words(reply.get_json())
            if n >= warmup:
                latencies[kind].append(elapsed)
    results.in_process = {kind: summary(values) for kind, values in latencies.items()}
    results.statements = statements_per_request(skill_app, mix)
    logging.basicConfig(level=logging.WARNING, force=True)


def statements_per_request(app: Any, mix: list) -> dict[str, float]:
    """How many SQL statements one request of each kind sends, on average.

    Counted after the timed requests, so in the state the load runs in (parents seen
    before, ids already heard), and untimed: the listener slows every statement.
    """
    engine, client = app.extensions["store"].engine, app.test_client()
    sent: list[Any] = []

    def record(*statement: Any) -> None:
        sent.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        counts = {}
        for kind in KINDS:
            bodies = [body for k, body in mix if k == kind]
            sent.clear()
            for body in bodies:
                client.post("/alexa", json=body)
            counts[kind] = len(sent) / len(bodies)
    finally:
        event.remove(engine, "before_cursor_execute", record)
    return counts


def _words(reply: dict[str, Any]) -> str:
    """The first words a response speaks, for the reader to see that real answers were timed."""
    ssml = (reply.get("response", {}).get("outputSpeech") or {}).get("ssml", "")
    return speech.ssml_to_text(ssml)[:70] if ssml else "(no speech)"


_COLD_START = """
import json, sys, time
started = time.perf_counter()
from skill.web import create_app
imported = time.perf_counter()
app = create_app(json.loads(sys.argv[1]))
built = time.perf_counter()
reply = app.test_client().post("/alexa", json=json.loads(sys.argv[2]))
answered = time.perf_counter()
assert reply.status_code == 200, reply.status_code
print(json.dumps({"import_ms": (imported - started) * 1e3,
                  "create_app_ms": (built - imported) * 1e3,
                  "first_request_ms": (answered - built) * 1e3}))
"""


def measure_cold_start(results: Results, mix: list, database_url: str) -> None:
    """Fresh interpreters; the first run (which also migrates a new database) is not counted."""
    settings = json.dumps({**skill_settings(database_url), "ALEXA_VERIFY": False})
    question = json.dumps(next(body for kind, body in mix if kind == "question"))
    runs = []
    for n in range(results.options.cold_runs + 1):
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", _COLD_START, settings, question],
            cwd=REPO, capture_output=True, text=True, check=True,
        )
        total = (time.perf_counter() - started) * 1e3
        if n:
            runs.append({**json.loads(done.stdout), "process_ms": total})
    results.cold = {key: statistics.median(run[key] for run in runs) for key in runs[0]}


# --- the whole run ------------------------------------------------------------------------


def run(options: Options) -> Results:
    results = Results(options)
    with tempfile.TemporaryDirectory(prefix="calm-cradle-bench-") as tmp, FakeAlexaApi() as api:
        folder = Path(tmp)
        api.token = API_ACCESS_TOKEN
        database_url = options.database_url or f"sqlite:///{folder / 'bench.sqlite'}"
        mix = with_session_attributes(request_mix(api, options.users), database_url)
        measure_in_process(results, mix, database_url)
        measure_cold_start(results, mix, database_url)
        measure_http(results, mix, folder, database_url)
    return results


def table(results: Results) -> str:
    """One table: skill beside bare Flask, and the skill's cost as a multiple of the bare one."""
    options, skill, bare = results.options, results.http["skill"], results.http["bare"]
    in_process, cold, memory = results.in_process, results.cold, results.memory
    rows: list[tuple[str, str, str, str]] = [("measure", "skill", "bare Flask", "skill cost")]

    def add(name: str, mine: str, base: str = "", cost: float | None = None) -> None:
        rows.append((name, mine, base, "" if cost is None else f"{cost:.2f}x"))

    add("HTTP throughput (req/s)", f"{skill['rps']:.0f}", f"{bare['rps']:.0f}",
        bare["rps"] / skill["rps"])
    skill_cpu, bare_cpu = min(results.cpu_ms["skill"]), min(results.cpu_ms["bare"])
    add("server CPU per request (ms)", f"{skill_cpu:.2f}", f"{bare_cpu:.2f}", skill_cpu / bare_cpu)
    for stat in ("p50_ms", "p99_ms"):
        add(f"HTTP latency {stat[:3]} (ms)", f"{skill[stat]:.2f}", f"{bare[stat]:.2f}",
            skill[stat] / bare[stat])
    for kind in KINDS:
        stats = skill["kinds"][kind]
        add(f"  HTTP {kind} p50 / p99 (ms)", f"{stats['p50_ms']:.2f} / {stats['p99_ms']:.2f}")
    add("HTTP requests measured (errors)", f"{skill['ok']} ({skill['errors']})",
        f"{bare['ok']} ({bare['errors']})")
    base = in_process["bare"]
    add("in-process bare p50 / p99 (ms)", "", f"{base['p50_ms']:.3f} / {base['p99_ms']:.3f}")
    for kind in KINDS:
        stats = in_process[kind]
        add(f"in-process {kind} p50 / p99 (ms)", f"{stats['p50_ms']:.3f} / {stats['p99_ms']:.3f}",
            "", stats["p50_ms"] / base["p50_ms"])
    add("SQL statements per request, by kind", " / ".join(
        f"{results.statements[kind]:.1f}" for kind in KINDS))
    add("cold start: import skill.web (ms)", f"{cold['import_ms']:.0f}")
    add("cold start: create_app (ms)", f"{cold['create_app_ms']:.0f}")
    add("cold start: first request (ms)", f"{cold['first_request_ms']:.0f}")
    add("cold start: whole process (ms)", f"{cold['process_ms']:.0f}")
    for key, name in (("rss_mib", "worker RSS"), ("pss_mib", "worker PSS"),
                      ("master_rss_mib", "master RSS")):
        add(f"{name} (MiB)", f"{memory['skill'][key]:.1f}", f"{memory['bare'][key]:.1f}",
            memory["skill"][key] / memory["bare"][key])

    database = "SQLite" if not options.database_url else options.database_url.split(":")[0]
    threads = f" x {production.THREADS} threads" if options.worker_class == "gthread" else ""
    header = (
        f"Calm Cradle bench: {production.cpu_count()} CPUs, gunicorn {options.workers} "
        f"{options.worker_class} workers{threads}, {options.connections} keep-alive connections, "
        f"best of {options.rounds} alternating {options.seconds:g} s rounds, {database}, "
        f"verification off, mix of {', '.join(KINDS)} over {options.users} users"
    )
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = [header, ""]
    for name, *values in rows:
        cells = [name.ljust(widths[0])]
        cells += [value.rjust(width) for value, width in zip(values, widths[1:], strict=True)]
        lines.append("  ".join(cells))
    lines.append("")
    lines.extend(f"  {kind} answered: {words}" for kind, words in results.heard.items())
    lines.append(f"  skill server log under load: {results.server_warnings} warnings or errors")
    lines.append("")
    lines.append(
        "skill cost: skill / bare (throughput: bare / skill; in-process: / bare p50). Server CPU:\n"
        "gunicorn master + workers, user + system, per request sent (least of the rounds). "
        f"Connections reopened: skill {skill['reconnects']}, bare {bare['reconnects']}."
    )
    return "\n".join(lines)
