"""Serving a Flask app with gunicorn: every production setting, in one place, with its reason.

``calm-cradle serve --production`` builds the app once in the master process and forks the
workers from it (gunicorn's ``--preload``): a broken setting fails before anything listens,
workers start in milliseconds and share the loaded code and content copy-on-write. The
store re-creates its database connections in each forked worker (see ``skill.store``).

The benchmark serves its bare Flask baseline through :func:`serve` too, so both run on the
same settings.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from flask import Flask
from gunicorn.app.base import BaseApplication

# Method, path (PATH_INFO: never the query string), status, bytes sent, time taken. No
# client address, headers, referer, user agent or body: nothing that could identify a parent.
ACCESS_LOG_FORMAT = '%(t)s "%(m)s %(U)s" %(s)s %(b)s %(M)sms'
# gthread: see bench/ for the measured comparison with sync workers.
WORKER_CLASSES = ("gthread", "sync")
DEFAULT_WORKER_CLASS = "gthread"
# More workers than this only add memory and database connections on a big machine.
MAX_WORKERS = 12
# Threads per gthread worker: enough to overlap the few blocking calls a request makes
# (database, Alexa's Settings API) without holding the GIL hostage.
THREADS = 4
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
    if environ.get("WEB_CONCURRENCY", "").strip():
        return int(environ["WEB_CONCURRENCY"])
    return min(2 * cpu_count() + 1, MAX_WORKERS)


def gunicorn_settings(
    host: str, port: int, workers: int, *, worker_class: str = DEFAULT_WORKER_CLASS
) -> dict[str, Any]:
    """The gunicorn settings Calm Cradle runs with (names as in gunicorn's config file)."""
    if workers < 1:
        raise ValueError("at least one worker is needed")
    if worker_class not in WORKER_CLASSES:
        raise ValueError(f"worker class must be one of {', '.join(WORKER_CLASSES)}")
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


class _GunicornServer(BaseApplication):
    """gunicorn's master process around an app that is already built (preloaded)."""

    def __init__(self, app: Flask, settings: Mapping[str, Any]) -> None:
        self._app = app
        self._settings = dict(settings)
        super().__init__()

    def load_config(self) -> None:
        for name, value in self._settings.items():
            self.cfg.set(name, value)

    def load(self) -> Flask:
        return self._app


def serve(app: Flask, settings: Mapping[str, Any]) -> None:
    """Run ``app`` under gunicorn until SIGTERM or SIGINT, then exit the process (0 when clean).

    Workers are forked from this process, which must therefore hold no open database
    connection or running thread worth keeping.
    """
    _GunicornServer(app, settings).run()
