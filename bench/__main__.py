"""``python -m bench``: Calm Cradle as served in production, beside a bare Flask baseline.

Prints one table (see ``bench.bench_app``); about a minute and a half on 2 CPUs.
"""

from __future__ import annotations

import argparse
import shlex
import sys
import time

from bench import bench_app
from skill import production


def main() -> int:
    defaults = bench_app.Options()
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=defaults.seconds,
                        help="measured seconds per round and server")
    parser.add_argument("--rounds", type=int, default=defaults.rounds,
                        help="alternating rounds per server; the best one counts")
    parser.add_argument("--warmup", type=float, default=defaults.warmup)
    parser.add_argument("--connections", type=int, default=defaults.connections)
    parser.add_argument("--workers", type=int, default=defaults.workers)
    parser.add_argument("--worker-class", choices=production.WORKER_CLASSES,
                        default=defaults.worker_class)
    parser.add_argument("--users", type=int, default=defaults.users)
    parser.add_argument("--cold-runs", type=int, default=defaults.cold_runs)
    parser.add_argument("--database-url", help="default: a fresh SQLite file")
    args = parser.parse_args()
    options = bench_app.Options(
        seconds=args.seconds, rounds=args.rounds, warmup=args.warmup, connections=args.connections,
        workers=args.workers, worker_class=args.worker_class, users=args.users,
        cold_runs=args.cold_runs, database_url=args.database_url,
    )
    started = time.monotonic()
    results = bench_app.run(options)
    print(bench_app.table(results))
    command = shlex.join(["python", "-m", "bench", *sys.argv[1:]])
    print(f"command: {command}   (whole run {time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
