"""Fuzz every target in turn, one process at a time, for a total time, and say what each run
found::

    python fuzz/run_all.py --seconds 1800 --work /tmp/fuzzwork

Each target gets an equal share of the time, its own dictionary (fuzz/dictionaries/), its
seeds (made under WORK/seeds by fuzz/seeds.py unless there already) and its corpus
(WORK/corpus/<target>, kept between rounds: a second round starts where the first stopped).
libFuzzer stops at a crash; the runner then starts the target again for the rest of its time,
with every crash signature found so far let through (see fuzz_citelint.passing_known), so
that one bug does not hide the next. A timeout or running out of memory cannot be let through;
the target is started again at most --restarts times.

Per target it prints the executions, the final coverage (libFuzzer's cov: edges and ft:
features), the corpus size and every crash, timeout, out-of-memory and slow input with its
artifact in fuzz/crashes/ (not committed) and the command that shows its traceback.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

FUZZ = Path(__file__).resolve().parent
CRASHES = FUZZ / "crashes"
sys.path.insert(0, str(FUZZ))

from fuzz_citelint import KNOWN_CRASHES, SIGNATURE_LINE  # noqa: E402
from target import READERS, TARGETS  # noqa: E402

_STATUS = re.compile(
    r"^#(?P<runs>\d+)\s+\w+\s+cov: (?P<cov>\d+) ft: (?P<ft>\d+) corp: (?P<corp>\d+)"
)
_DONE = re.compile(r"^Done \d+ runs in (?P<seconds>\d+) second", re.MULTILINE)
_EXECUTED = re.compile(r"^stat::number_of_executed_units: (?P<runs>\d+)", re.MULTILINE)


@dataclass
class Finding:
    kind: str  # crash, timeout, oom, slow, leak
    artifact: str
    signature: str = ""


@dataclass
class TargetResult:
    target: str
    seconds: float = 0.0
    runs: int = 0
    cov: int = 0
    ft: int = 0
    corpus: int = 0
    corpus_files: int = 0
    sessions: int = 0
    findings: list[Finding] = field(default_factory=list)


def libfuzzer_flags(target: str, arguments: argparse.Namespace, seconds: int) -> list[str]:
    """The flags of one run. -timeout and -rss_limit_mb make a hang or a memory blow-up a
    crash with its input kept; -max_len lets inputs grow large enough for a superlinear cost
    to show, and for the readers -len_control=0 lets them reach it at once rather than after
    hours; -report_slow_units keeps inputs that are slow but under the timeout."""
    flags = [
        f"-dict={FUZZ / 'dictionaries' / f'{target}.dict'}",
        f"-max_total_time={seconds}",
        f"-max_len={arguments.max_len}",
        f"-timeout={arguments.timeout}",
        f"-rss_limit_mb={arguments.rss_limit_mb}",
        f"-report_slow_units={arguments.slow}",
        f"-artifact_prefix={CRASHES}/{target}-",
        "-print_final_stats=1",
    ]
    if target in READERS:
        flags.append("-len_control=0")
    return flags


def fuzz_target(target: str, seconds: float, arguments: argparse.Namespace) -> TargetResult:
    work: Path = arguments.work
    corpus = work / "corpus" / target
    corpus.mkdir(parents=True, exist_ok=True)
    logs = work / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    result = TargetResult(target)
    known: list[str] = []
    deadline = time.monotonic() + seconds
    started = time.monotonic()
    # Starting takes a while (instrumenting every module imported, reading the corpus), and
    # -max_total_time counts only from the fuzzing: the share is kept by starting it shorter.
    overhead = 20.0
    while result.sessions <= arguments.restarts:
        remaining = int(deadline - time.monotonic() - overhead)
        if remaining < 10:
            break
        session_started = time.monotonic()
        log = logs / f"{target}-{result.sessions}.log"
        before = set(CRASHES.iterdir())
        command = [
            sys.executable,
            str(FUZZ / "fuzz_citelint.py"),
            "--target",
            target,
            str(corpus),
            str(work / "seeds" / target),
            *libfuzzer_flags(target, arguments, remaining),
        ]
        environment = {**os.environ, KNOWN_CRASHES: "\n".join(known)}
        with log.open("w", encoding="utf-8") as output:
            process = subprocess.run(
                command, stdout=output, stderr=subprocess.STDOUT, env=environment, check=False
            )
        result.sessions += 1
        text = log.read_text(encoding="utf-8", errors="replace")
        fuzzed = read_stats(text, result)
        if fuzzed is not None:
            overhead = max(5.0, time.monotonic() - session_started - fuzzed)
        new = sorted(set(CRASHES.iterdir()) - before)
        signatures = [
            line.split(SIGNATURE_LINE, 1)[1].strip()
            for line in text.splitlines()
            if SIGNATURE_LINE in line
        ]
        for artifact in new:
            kind = artifact.name[len(target) + 1 :].split("-")[0]  # crash, timeout, oom, slow
            found = Finding(kind, str(artifact))
            if kind == "crash" and signatures:
                found.signature = signatures[-1]
                known.append(found.signature)
            result.findings.append(found)
        if process.returncode == 0 or not new:
            break  # the time is up (or libFuzzer stopped for a reason of its own: see the log)
    result.seconds = time.monotonic() - started
    result.corpus_files = sum(1 for _ in corpus.iterdir())
    return result


def read_stats(text: str, result: TargetResult) -> float | None:
    """Add a session's numbers to ``result``; the seconds it fuzzed, when it says."""
    statuses = [found for line in text.splitlines() if (found := _STATUS.match(line))]
    executed = _EXECUTED.findall(text)
    if executed:
        result.runs += int(executed[-1])
    elif statuses:
        result.runs += int(statuses[-1]["runs"])
    if statuses:
        last = statuses[-1]
        result.cov, result.ft, result.corpus = int(last["cov"]), int(last["ft"]), int(last["corp"])
    done = _DONE.search(text)
    return float(done["seconds"]) if done else None


def report(results: Sequence[TargetResult], log_directory: Path) -> str:
    lines = [
        f"{'target':<10} {'seconds':>7} {'execs':>8} {'cov':>6} {'ft':>7} {'corpus':>7}  findings",
    ]
    for result in results:
        kinds = [finding.kind for finding in result.findings]
        summary = ", ".join(f"{kinds.count(kind)} {kind}" for kind in dict.fromkeys(kinds))
        lines.append(
            f"{result.target:<10} {result.seconds:>7.0f} {result.runs:>8} {result.cov:>6} "
            f"{result.ft:>7} {result.corpus:>7}  {summary or 'none'}"
        )
    total_runs = sum(result.runs for result in results)
    total_seconds = sum(result.seconds for result in results)
    found = [finding for result in results for finding in result.findings]
    lines.append(
        f"total: {total_runs} executions in {total_seconds:.0f} s, {len(found)} findings "
        f"(logs in {log_directory})"
    )
    for result in results:
        for finding in result.findings:
            what = f" {finding.signature}" if finding.signature else ""
            lines.append(f"  {result.target} {finding.kind}:{what}")
            lines.append(f"    {finding.artifact}")
            lines.append(
                f"    python fuzz/fuzz_citelint.py --replay --target {result.target} "
                f"{finding.artifact}"
            )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=1800, help="total, shared by the targets")
    parser.add_argument("--work", type=Path, default=Path("/tmp/fuzzwork"))
    parser.add_argument("--target", action="append", choices=TARGETS, help="default: all")
    parser.add_argument("--shared", type=Path, default=FUZZ.parents[1] / "shared")
    parser.add_argument("--max-len", type=int, default=65536)
    parser.add_argument("--timeout", type=int, default=10, help="seconds an input may take")
    parser.add_argument("--rss-limit-mb", type=int, default=2048)
    parser.add_argument("--slow", type=int, default=2, help="report inputs slower (seconds)")
    parser.add_argument("--restarts", type=int, default=4, help="after a crash, per target")
    arguments = parser.parse_args(argv)
    targets = arguments.target or list(TARGETS)
    CRASHES.mkdir(exist_ok=True)
    seeds = arguments.work / "seeds"
    missing = [target for target in targets if not (seeds / target).is_dir()]
    if missing:
        from seeds import make_seeds  # noqa: PLC0415 - imports citelint; only when needed

        for target, count in make_seeds(seeds, arguments.shared, missing).items():
            print(f"{target}: {count} seeds", flush=True)
    share = arguments.seconds / len(targets)
    results = []
    for target in targets:
        print(f"fuzzing {target} for {share:.0f} s…", flush=True)
        results.append(fuzz_target(target, share, arguments))
    print(report(results, arguments.work / "logs"))
    return 1 if any(result.findings for result in results) else 0


if __name__ == "__main__":
    sys.exit(main())
