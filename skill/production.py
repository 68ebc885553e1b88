"""Serving a Flask app with gunicorn: every production setting, in one place, with its reason.

``calm-cradle serve --production`` builds the app once in the master process and forks the
workers from it (gunicorn's ``--preload``): a broken setting fails before anything listens,
workers start in milliseconds and share the loaded code and content copy-on-write. The
store re-creates its database connections in each forked worker (see ``skill.store``).

The benchmark serves its bare Flask baseline through :func:`serve` too, so both run on the
same settings.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from flask import Flask

# Method, path (PATH_INFO: never the query string), status, bytes sent, time taken. No
# client address, headers, referer, user agent or body: nothing that could identify a parent.
ACCESS_LOG_FORMAT = '%(t)s "%(m)s %(U)s" %(s)s %(b)s %(M)sms'
# gthread keeps connections alive and a worker busy while a request waits; sync workers
# close the connection after every response (measured in bench/: --worker-class sync).
WORKER_CLASSES = ("gthread", "sync")
DEFAULT_WORKER_CLASS = "gthread"
# More workers than this only add memory and database connections on a big machine.
MAX_WORKERS = 12
# Threads per gthread worker: two overlap a request's waits (database lock, Alexa's
# Settings API) without much GIL contention; on 2 CPUs they served 13-25% more requests
# per second than four.
THREADS = 2
# Alexa gives up on an answer after about 8 s; a worker silent for far longer is stuck.
WORKER_TIMEOUT = 30
# On SIGTERM, in-flight requests (each under Alexa's 8 s) get this long to finish.
GRACEFUL_TIMEOUT = 10
# Seconds an idle keep-alive connection stays open (a TLS proxy in front reuses them).
KEEPALIVE = 5


def cpu_count() -> int:
    """CPUs this process may run on (respects taskset/cgroup CPU sets, unlike os.cpu_count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def default_workers(environ: Mapping[str, str] | None = None) -> int:
    """``WEB_CONCURRENCY`` when set (the PaaS convention), else 2 x CPUs + 1, capped."""
    environ = os.environ if environ is None else environ
    value = environ.get("WEB_CONCURRENCY", "").strip()
    if not value:
        return min(2 * cpu_count() + 1, MAX_WORKERS)
    try:
        return int(value)
    except ValueError:
        raise ValueError(f"WEB_CONCURRENCY must be a number of workers, not {value!r}.") from None


def gunicorn_settings(
    host: str, port: int, workers: int, *, worker_class: str = DEFAULT_WORKER_CLASS
) -> dict[str, Any]:
    """The gunicorn settings Calm Cradle runs with (names as in gunicorn's config file)."""
    if workers < 1:
        raise ValueError(f"At least one worker is needed, not {workers}.")
    if worker_class not in WORKER_CLASSES:
        raise ValueError(f"The worker class must be one of {', '.join(WORKER_CLASSES)}.")
    return {
        "bind": [f"[{host}]:{port}" if ":" in host else f"{host}:{port}"],
        "workers": workers,
        "worker_class": worker_class,
        "threads": THREADS if worker_class == "gthread" else 1,
        "preload_app": True,
        "timeout": WORKER_TIMEOUT,
        "graceful_timeout": GRACEFUL_TIMEOUT,
        "keepalive": KEEPALIVE,
        "accesslog": "-",
        "access_log_format": ACCESS_LOG_FORMAT,
        "errorlog": "-",
        "loglevel": "info",
        # gunicorn >= 25 opens a control socket at one fixed path per user by default;
        # a second server on the machine (a test, a benchmark) would fight over it.
        "control_socket_disable": True,
        "proc_name": "calm-cradle",
    }


def serve(app: Flask, settings: Mapping[str, Any]) -> None:
    """Run ``app`` under gunicorn until SIGTERM or SIGINT, then exit the process (0 when clean).

    Workers are forked from this process, which must therefore hold no open database
    connection or running thread worth keeping. Everything built so far is frozen out of
    the garbage collector, whose bookkeeping would otherwise copy the shared pages into
    every worker.
    """
    # Imported here: gunicorn reads WEB_CONCURRENCY on import and fails on a bad value
    # with a bare int() error, before default_workers could say what is wrong.
    from gunicorn.app.base import BaseApplication

    class PreloadedApp(BaseApplication):
        """gunicorn's master process around an app that is already built."""

        def load_config(self) -> None:
            for name, value in settings.items():
                self.cfg.set(name, value)

        def load(self) -> Flask:
            return app

    gc.collect()
    gc.freeze()
    PreloadedApp().run()
