"""Throughput and cold-start benchmark (not a test). Run: python bench/bench.py

(a) lints the 18F blog corpus in ../shared/corpus/18f-blog/ (skipped if absent);
(b) lints a generated archive of at least 20 MB made by repeating the seed blog page;
(c) times `citelint check` on one short file from a cold start (a new process each run).
Targets: at least 5 MB/s on one core with all rules; a short file in under 0.3 s.

Each throughput is the best of several runs (as ``timeit`` reports), because shared machines
vary by a third from run to run; the spread is printed too.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from citelint.discovery import discover
from citelint.engine import lint_document
from citelint.readers import load_document
from citelint.rules import load_rules

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "north-korean-refugees.txt"
CORPUS = ROOT.parent / "shared" / "corpus" / "18f-blog"
ARCHIVE_BYTES = 20 * 1024 * 1024


def lint_paths(paths: list[str]) -> tuple[int, int, int, float]:
    rules = load_rules()
    started = time.perf_counter()
    files = discover(paths).files
    size = findings = 0
    for path in files:
        size += Path(path).stat().st_size
        findings += len(lint_document(load_document(path), rules))
    return len(files), size, findings, time.perf_counter() - started


def report(label: str, paths: list[str], runs: int) -> None:
    timings = [lint_paths(paths) for _ in range(runs)]
    files, size, findings, seconds = min(timings, key=lambda timing: timing[3])
    slowest = max(timing[3] for timing in timings)
    print(
        f"{label}: {files} files, {size / 1e6:.2f} MB, {findings} findings in {seconds:.2f} s"
        f" = {files / seconds:.1f} files/s, {size / 1e6 / seconds:.2f} MB/s"
        f" (best of {runs}; slowest {slowest:.2f} s)"
    )


def cold_start(path: Path, runs: int = 7) -> None:
    executable = Path(sys.executable).with_name("citelint")
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([str(executable), "check", str(path)], capture_output=True, check=False)
        times.append(time.perf_counter() - started)
    print(
        f"cold start, citelint check on a {path.stat().st_size}-byte file: "
        f"median {statistics.median(times):.3f} s, min {min(times):.3f} s over {runs} runs"
    )


def main() -> None:
    if CORPUS.is_dir():
        report("(a) 18f-blog corpus", [str(CORPUS)], runs=5)
    else:
        print(f"(a) skipped: {CORPUS} not found")
    seed = SEED.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as directory:
        archive = Path(directory) / "archive.txt"
        copies = ARCHIVE_BYTES // len(seed.encode("utf-8")) + 1
        archive.write_text("\n".join([seed] * copies), encoding="utf-8")
        report(f"(b) generated archive ({copies} copies of the seed page)", [str(archive)], runs=3)
        short = Path(directory) / "short.md"
        short.write_text(
            "# Raids\n\n“The crackdown is severe,” said Y. H. Kim.\n\n[Reuters]\n",
            encoding="utf-8",
        )
        cold_start(short)


if __name__ == "__main__":
    main()
