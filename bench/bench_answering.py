"""How long one question takes to answer, and what reading the ranking model once saves.

Run: .venv/bin/python bench/bench_answering.py

Baseline is safety triage alone (the regular expressions every question passes first), so
the ratio shows what ranking adds on top. Cold is reading the learned ranking model, which a
server pays once per process; without the cache every question would pay it.
Latency is measured per question over every labelled question, several rounds, both as wall
time (what a parent waits) and as CPU time (the same without other processes' noise).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from skill import answering, evaluation, safety, topic_model  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
ROUNDS = 20
TARGET_P99_MS = 5.0


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(pct / 100 * len(ordered)))]


def per_question_ms(func, questions: list[str]) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds for each call of ``func(question)``, over ROUNDS rounds."""
    wall, cpu = [], []
    for _ in range(ROUNDS):
        for question in questions:
            w0, c0 = time.perf_counter(), time.thread_time()
            func(question)
            wall.append((time.perf_counter() - w0) * 1000)
            cpu.append((time.thread_time() - c0) * 1000)
    return wall, cpu


def main() -> None:
    questions = [row.q for row in evaluation.load_rows(sorted(DATA.glob("questions*.jsonl")))]

    reads = []
    for _ in range(5):
        topic_model.shipped.cache_clear()
        start = time.perf_counter()
        topic_model.shipped()
        reads.append((time.perf_counter() - start) * 1000)
    cold_ms = min(reads)

    base_wall, _ = per_question_ms(safety.triage, questions)
    wall, cpu = per_question_ms(answering.answer, questions)
    base_p50 = statistics.median(base_wall)
    p50, p99 = statistics.median(wall), percentile(wall, 99)

    print(f"questions               {len(questions)} x {ROUNDS} rounds")
    print(f"baseline triage p50     {base_p50 * 1000:8.1f} us")
    print(f"answer p50 (wall)       {p50 * 1000:8.1f} us   {p50 / base_p50:6.1f}x baseline")
    print(f"answer p99 (wall)       {p99 * 1000:8.1f} us   target < {TARGET_P99_MS:.0f} ms")
    print(f"answer p99 (cpu)        {percentile(cpu, 99) * 1000:8.1f} us")
    print(f"answer max (wall)       {max(wall) * 1000:8.1f} us")
    print(f"cold model read         {cold_ms * 1000:8.1f} us   {cold_ms / p50:6.0f}x a warm answer")
    print(f"throughput (one core)   {1000 / statistics.mean(wall):8.0f} questions/s")
    print("p99 target              " + ("met" if p99 < TARGET_P99_MS else "MISSED"))


if __name__ == "__main__":
    main()
