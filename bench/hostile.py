"""Linearity benchmark on hostile inputs (not a test). Run: python bench/hostile.py

Each case is one shape of text that once made, or could make, some analysis cost grow
faster than the text: many quotations, one huge paragraph, runs of digits, suppression
comments, deep nesting of quotation marks… For each, a file of 1, 2 and 4 MB is linted
with every rule (``citelint check FILE --format json -o /dev/null``, in a fresh process
each time, timed around the run itself so that start-up does not hide a slope), best of
``--runs``. The time is the CPU time of the run, which a machine shared with other work
disturbs less than the time on the clock. The last column is the 4 MB time over the 1 MB
time: about 4 is linear, 16 quadratic. A run longer than ``--limit`` seconds (on the
clock) is stopped and shown as ``>limit``; ``!`` marks a run in which a rule was switched
off (a pattern out of time or over its budget).

    python bench/hostile.py                  # every case, 1/2/4 MB, best of 2
    python bench/hostile.py --case digits    # the cases whose name holds "digits"
    python bench/hostile.py --sizes 0.25,0.5 --runs 1
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "north-korean-refugees.txt"
MEGABYTE = 1_000_000
SPEECH = "“We will not go back there again, not now.”"


@dataclass(frozen=True)
class Case:
    name: str
    what: str
    make: Callable[[int], str]  # bytes wanted -> the file's text
    suffix: str = ".txt"


def repeated(unit: str, head: str = "Title\n\n", tail: str = "\n") -> Callable[[int], str]:
    """``unit`` repeated until the file has the size asked for."""

    def make(size: int) -> str:
        copies = max(1, (size - len(head.encode())) // len(unit.encode()))
        return head + unit * copies + tail

    return make


def nested(opening: str, closing: str) -> Callable[[int], str]:
    """Quotation marks nested as deep as the file allows, then closed again."""

    def make(size: int) -> str:
        depth = max(1, size // (len(opening.encode()) + len(closing.encode())))
        return "Title\n\n" + opening * depth + closing * depth + "\n"

    return make


def carried(size: int) -> str:
    """Many quotations left open, then many paragraphs that each reopen them."""
    half = size // 2
    opened = "“a " * (half // len("“a ".encode()))
    reopening = "\n\n“b" * (half // len("\n\n“b".encode()))
    return "Title\n\n" + opened + reopening + "\n"


def disable_then_enable(size: int) -> str:
    """Many ranges opened, then as many enables naming another code, then the findings."""
    third = size // 3
    opening = "citelint-disable ATR001\n\n"
    closing = "citelint-enable QUO001\n\n"
    return (
        "Title\n\n"
        + opening * (third // len(opening))
        + closing * (third // len(closing))
        + f"{SPEECH}\n\n" * (third // len(f"{SPEECH}\n\n".encode()))
    )


def halves(first: str, second: str) -> Callable[[int], str]:
    """Half the file ``first`` repeated, then half ``second``, in one paragraph."""

    def make(size: int) -> str:
        return (
            "Title\n\n"
            + first * (size // 2 // len(first.encode()))
            + second * (size // 2 // len(second.encode()))
            + "\n"
        )

    return make


def figures_in_a_quotation(size: int) -> str:
    """One attributed quotation holding many short ones, then many different figures."""
    inside = "‘a’ " * (size // 2 // len("‘a’ ".encode()))
    count = size // 2 // len("10000% of people, ")
    figures = "".join(f"{number}% of people, " for number in range(10, 10 + count))
    return f"Title\n\nKim put it this way:\n\n“{inside}{figures}”\n"


def posts_with_directives(size: int) -> str:
    """JSON Lines, a short post a line, each with a directive that suppresses nothing."""
    body = "Hello there. <!-- citelint-disable FIG001 -->\n\n[Reuters]"
    line = json.dumps({"id": "0", "title": "Post", "text": body}) + "\n"
    return "".join(
        json.dumps({"id": str(n), "title": f"Post {n}", "text": body}) + "\n"
        for n in range(size // len(line))
    )


def seed_archive(size: int) -> str:
    seed = SEED.read_text(encoding="utf-8")
    return "\n".join([seed] * max(1, size // len(seed.encode())))


CASES = (
    Case("quotations", "“q”. paragraphs (issue 14)", repeated("“q”.\n\n")),
    Case("quotations-one-paragraph", "“q” in one paragraph", repeated("“q” ")),
    Case("speech-paragraphs", "unattributed speech, one per paragraph", repeated(f"{SPEECH}\n\n")),
    Case("speech-one-paragraph", "unattributed speech in one paragraph", repeated(f"{SPEECH} ")),
    Case(
        "questions-one-sentence",
        "quoted questions in one sentence",
        repeated("“Why is it so?” or "),
    ),
    Case(
        "long-sentence-quotations", "words, then quotations, one sentence", halves("word ", "“q” ")
    ),
    Case("cues-then-quotations", "cues, then quotations, one sentence", halves("said, ", "“q” ")),
    Case(
        "cues", "attributed speech, one paragraph", repeated(f"Kim said {SPEECH[:-1]},” he added. ")
    ),
    Case("cue-words", "cue words, one paragraph", repeated("said told according to “q” ")),
    Case("hyphens", "hyphens and quotations", repeated("a-b “q”-c well-known ")),
    Case(
        "long-words-before-a-cue",
        "quotations, each followed by a long word, sharing one cue",
        repeated(f"“We will not go back there again”:{'7' * 300}{{ ", tail=" she wrote.\n"),
    ),
    Case("words", "one huge paragraph of words", repeated("word ")),
    Case("tiny-paragraphs", "100k-odd tiny paragraphs", repeated("a\n\n")),
    Case("digits", "one run of digits and commas", repeated("1,")),
    Case("figures", "figures in one paragraph", repeated("42% of 12,345 people ")),
    Case("conversions", "unclosed conversions: 150 won (13", repeated("150 won (13 ")),
    Case("ranges", "ranges: 10 to 20 to 30", repeated("10 to ")),
    Case(
        "next-line-suppressions",
        "citelint-disable-next-line before each quotation",
        repeated(f"citelint-disable-next-line ATR001\n\n{SPEECH}\n\n"),
    ),
    Case(
        "range-suppressions",
        "disable/enable around each quotation",
        repeated(f"citelint-disable ATR001\n\n{SPEECH}\n\ncitelint-enable ATR001\n\n"),
    ),
    Case("unmatched-suppressions", "disables, enables of another code", disable_then_enable),
    Case(
        "directives-in-many-posts",
        "JSON Lines posts, each with an unused directive",
        posts_with_directives,
        ".jsonl",
    ),
    Case(
        "apostrophes", "apostrophes and elisions", repeated("don’t ’90s ’til rock ’n’ roll ’em a’ ")
    ),
    Case("lone-apostrophes", "apostrophes after words, one paragraph", repeated("dogs’ ")),
    Case(
        "dense-straight", "straight quotes every few bytes (fuzzing's slowest)", repeated('{"a": ')
    ),
    Case("nested-quotations", "“‘“‘… nested deep", nested("“‘", "’”")),
    Case("nested-straight", "\"' nested deep", nested("\"a '", "b' c\"")),
    Case("alternating-marks", "“‘”’ alternating", repeated("“a ‘b ”c ’d ")),
    Case("closers", "closing marks only", repeated("a” ")),
    Case("running-quotation", "one quotation reopened in every paragraph", repeated("“Go on\n\n")),
    Case("carried-stack", "many open quotations carried through many paragraphs", carried),
    Case(
        "figures-in-a-quotation", "a quotation of quotations, then figures", figures_in_a_quotation
    ),
    Case("speaker-labels", "Q: labels before speech", repeated(f"Q: {SPEECH}\n\n")),
    Case("dash-credits", "dash credits after speech", repeated(f"{SPEECH} — Kim\n\n")),
    Case("colons", "colon introductions", repeated(f"He put it this way:\n\n{SPEECH}\n\n")),
    Case("posts", "the seed page repeated (an archive)", seed_archive),
    Case(
        "markdown-headings",
        "Markdown headings quoting titles",
        repeated("## “Title of a thing” here\n\n", head=""),
        ".md",
    ),
    Case(
        "markdown-links",
        "Markdown links next to speech",
        repeated(f"[a](http://example.org/) {SPEECH}\n\n", head=""),
        ".md",
    ),
)


def time_one(path: str) -> float:
    """In the child: lint ``path`` with every rule as the command line does."""
    from citelint.cli import main

    started = time.process_time()
    main(["check", path, "--format", "json", "-o", os.devnull, "--exit-zero"])
    return time.process_time() - started


def timed_run(path: Path, limit: float) -> tuple[float | None, bool]:
    """Seconds of one run in a child process (None past ``limit``), and whether a rule was
    switched off (its pattern ran out of time or over its budget), which makes it cheaper."""
    try:
        done = subprocess.run(
            [sys.executable, __file__, "--child", str(path)],
            capture_output=True,
            text=True,
            timeout=limit,
            check=True,
        )
    except subprocess.TimeoutExpired:
        return None, False
    return float(done.stdout.split()[-1]), "the rule is off" in done.stderr


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--case", default="", help="only cases whose name holds this")
    parser.add_argument("--sizes", default="1,2,4", help="sizes in MB, comma-separated")
    parser.add_argument("--runs", type=int, default=2, help="best of this many runs")
    parser.add_argument("--limit", type=float, default=120.0, help="seconds before a run stops")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.child:
        print(f"{time_one(arguments.child):.6f}")
        return
    sizes = [float(size) for size in arguments.sizes.split(",")]
    header = "".join(f"{size:g} MB".rjust(10) for size in sizes)
    print(f"{'case':<26}{header}{'ratio':>8}  what")
    with tempfile.TemporaryDirectory() as directory:
        for case in CASES:
            if arguments.case not in case.name:
                continue
            timings: list[float | None] = []
            cells = ""
            for size in sizes:
                path = Path(directory) / f"{case.name}{case.suffix}"
                path.write_text(case.make(int(size * MEGABYTE)), encoding="utf-8")
                runs = [timed_run(path, arguments.limit) for _ in range(arguments.runs)]
                finished = [seconds for seconds, _ in runs if seconds is not None]
                timings.append(min(finished) if finished else None)
                if not finished:
                    break  # a larger file would only take longer
                off = "!" if any(switched_off for _, switched_off in runs) else "s"
                cells += f"{timings[-1]:9.2f}{off}"
            cells += f">{arguments.limit:g}s".rjust(10) * (len(sizes) - len(cells) // 10)
            timings += [None] * (len(sizes) - len(timings))
            first, last = timings[0], timings[-1]
            ratio = f"{last / first:8.1f}" if first and last else "       -"
            print(f"{case.name:<26}{cells}{ratio}  {case.what}", flush=True)
    print("(!: a rule was switched off, its pattern out of time or over its budget)")


if __name__ == "__main__":
    main()
