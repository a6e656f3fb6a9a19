"""Peak memory per reader, in proportion to the input (not a test). Run: python bench/memory.py

Each case is a 16 MB file, read alone and then read and linted by ``citelint check`` (JSON
report to /dev/null), each in a fresh process whose peak resident set size a small process
that starts it reads from ``os.wait4``. The cases are realistic content in every format (the
seed page's posts repeated as plain text, Markdown, HTML articles, a WordPress export and JSON
Lines) and the hostile shapes: a million short JSON lines, Markdown and plain text of tiny
paragraphs, HTML of tiny elements, an export of tiny items. A process that reads or checks a
tiny file of the same format is the baseline (the interpreter and its imports); the ratio is
the peak above that baseline over the file's size. Target: at most about 20x.

``--size MB`` changes the size; ``--only NAME`` runs the cases whose name contains NAME;
``--mode read`` or ``--mode check`` measures only that;
``--write DIR`` only writes the inputs; ``--profile NAME`` reads and lints one case (at 2 MB
unless ``--size`` says otherwise) under tracemalloc and prints where the memory goes.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import subprocess
import sys
import tempfile
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "north-korean-refugees.txt"
MEGABYTE = 1024 * 1024

_WXR_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0"'
    ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
    ' xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n<title>Bench</title>\n'
)
_WXR_TAIL = "</channel>\n</rss>\n"


def _seed_posts() -> list[tuple[str, list[str]]]:
    """(title, paragraphs) of each post of the seed page, its credit line included."""
    from citelint.readers.plain import split_archive

    seed = SEED.read_text(encoding="utf-8")
    posts = []
    for post in split_archive(seed):
        body = seed[post.prose[1].start : post.prose[1].end].strip()
        posts.append((post.title or "", [p.strip() for p in body.split("\n\n") if p.strip()]))
    return posts


def _markdown(posts: list[tuple[str, list[str]]]) -> str:
    return "".join(f"## {title}\n\n" + "".join(f"{p}\n\n" for p in body) for title, body in posts)


def _html(posts: list[tuple[str, list[str]]]) -> str:
    return "".join(
        f"<article><h2>{html.escape(title)}</h2>\n"
        + "".join(f"<p>{html.escape(p)}</p>\n" for p in body)
        + "</article>\n"
        for title, body in posts
    )


def _wxr_item(title: str, body: str) -> str:
    return (
        f"<item><title>{html.escape(title)}</title><wp:post_type>post</wp:post_type>"
        f"<wp:status>publish</wp:status><content:encoded><![CDATA[{body}]]></content:encoded>"
        "</item>\n"
    )


def _wxr(posts: list[tuple[str, list[str]]]) -> str:
    return "".join(
        _wxr_item(title, "".join(f"<p>{html.escape(p)}</p>\n" for p in body))
        for title, body in posts
    )


def _jsonl(posts: list[tuple[str, list[str]]]) -> str:
    return "".join(
        json.dumps({"id": str(number), "title": title, "text": "\n\n".join(body)}) + "\n"
        for number, (title, body) in enumerate(posts)
    )


# name -> (format, head, repeated unit, tail); the unit is repeated to the size asked for.
Case = tuple[str, str, Callable[[list[tuple[str, list[str]]]], str], str]
CASES: dict[str, Case] = {
    "text": ("text", "", lambda posts: SEED.read_text(encoding="utf-8") + "\n", ""),
    "markdown": ("markdown", "---\ntitle: Bench\n---\n\n", _markdown, ""),
    "html": ("html", "<!DOCTYPE html><html><body>\n", _html, "</body></html>\n"),
    "wxr": ("wxr", _WXR_HEAD, _wxr, _WXR_TAIL),
    "jsonl": ("jsonl", "", _jsonl, ""),
    "jsonl-tiny-lines": ("jsonl", "", lambda posts: '{"text":"Hi."}\n', ""),
    "markdown-tiny-paragraphs": ("markdown", "", lambda posts: "Hi.\n\n", ""),
    "text-tiny-paragraphs": ("text", "", lambda posts: "Hi.\n\n", ""),
    "html-tiny-elements": ("html", "<html><body>\n", lambda posts: "<p>Hi.</p>", "</body></html>"),
    "wxr-tiny-items": ("wxr", _WXR_HEAD, lambda posts: _wxr_item("a", "Hi."), _WXR_TAIL),
}
SUFFIX = {"text": ".txt", "markdown": ".md", "html": ".html", "wxr": ".xml", "jsonl": ".jsonl"}


def write_case(name: str, directory: Path, size: int) -> Path:
    input_format, head, unit_of, tail = CASES[name]
    unit = unit_of(_seed_posts())
    copies = max(1, (size - len(head) - len(tail)) // len(unit.encode("utf-8")))
    path = directory / f"{name}{SUFFIX[input_format]}"
    path.write_text(head + unit * copies + tail, encoding="utf-8")
    return path


def write_tiny(input_format: str, directory: Path) -> Path:
    """A small file of the format, for the baseline: the interpreter and its imports."""
    _, head, _, tail = CASES[input_format]
    path = directory / f"tiny{SUFFIX[input_format]}"
    path.write_text(head + _tiny_body(input_format) + tail, encoding="utf-8")
    return path


def _tiny_body(input_format: str) -> str:
    return {
        "text": "Raids\n\nThe crackdown is severe, said Kim.\n",
        "markdown": "The crackdown is severe, said Kim.\n",
        "html": "<p>The crackdown is severe, said Kim.</p>",
        "wxr": _wxr_item("Raids", "<p>The crackdown is severe, said Kim.</p>"),
        "jsonl": '{"text": "The crackdown is severe, said Kim."}\n',
    }[input_format]


_READ = (
    "import sys; from citelint.readers import load_document; "
    "load_document(sys.argv[1], sys.argv[2], max_bytes=1 << 40)"
)


# The measured process is started by this small one, which reports its peak: a process
# started straight from the benchmark would inherit the benchmark's own high-water mark
# (Linux carries it over fork and exec), and the benchmark holds the inputs it writes.
_MEASURE = (
    "import os, subprocess, sys; "
    "process = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL); "
    "_, status, usage = os.wait4(process.pid, 0); "
    "print(os.waitstatus_to_exitcode(status), usage.ru_maxrss)"
)


def peak_rss(arguments: list[str]) -> int:
    """Peak resident set size of a fresh process running ``arguments``, in bytes."""
    found = subprocess.run(
        [sys.executable, "-c", _MEASURE, *arguments], capture_output=True, text=True, check=True
    )
    code, kilobytes = found.stdout.split()
    if int(code) not in (0, 1):
        raise SystemExit(f"{' '.join(arguments)} failed ({code}):\n{found.stderr}")
    return int(kilobytes) * 1024  # ru_maxrss is in kilobytes on Linux


def commands(path: Path, input_format: str) -> dict[str, list[str]]:
    python = sys.executable
    return {
        "read": [python, "-c", _READ, str(path), input_format],
        "check": [
            *(python, "-m", "citelint", "check", str(path), "--isolated"),
            *("--input-format", input_format, "--format", "json", "-o", os.devnull),
            "--max-file-size",
            "1024",
        ],
    }


def measure(names: list[str], size: int, only_mode: str | None = None) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        directory = Path(scratch)
        baselines: dict[tuple[str, str], int] = {}
        print(
            f"{'case':<26} {'size':>8}  {'mode':<5} {'peak RSS':>9} {'baseline':>9}"
            f" {'above':>9} {'ratio':>6}"
        )
        for name in names:
            input_format = CASES[name][0]
            path = write_case(name, directory, size)
            megabytes = path.stat().st_size / MEGABYTE
            for mode, arguments in commands(path, input_format).items():
                if only_mode is not None and mode != only_mode:
                    continue
                key = (input_format, mode)
                if key not in baselines:
                    tiny = write_tiny(input_format, directory)
                    baselines[key] = peak_rss(commands(tiny, input_format)[mode])
                peak = peak_rss(arguments)
                above = peak - baselines[key]
                print(
                    f"{name:<26} {megabytes:6.1f}MB  {mode:<5} {peak / MEGABYTE:7.0f}MB"
                    f" {baselines[key] / MEGABYTE:7.0f}MB {above / MEGABYTE:7.0f}MB"
                    f" {above / MEGABYTE / megabytes:5.1f}x",
                    flush=True,
                )
            path.unlink()


def profile(name: str, size: int, top: int = 15) -> None:
    """Where the memory of reading and linting one case goes, by tracemalloc."""
    from citelint.engine import lint_document
    from citelint.readers import load_document
    from citelint.rules import load_rules

    rules = load_rules()
    with tempfile.TemporaryDirectory() as scratch:
        path = write_case(name, Path(scratch), size)
        megabytes = path.stat().st_size / MEGABYTE
        tracemalloc.start(8)
        document = load_document(str(path), CASES[name][0])
        after_read = tracemalloc.take_snapshot()
        current, peak = tracemalloc.get_traced_memory()
        print(
            f"{name}, {megabytes:.1f} MB: read holds {current / MEGABYTE:.1f} MB, peak "
            f"{peak / MEGABYTE:.1f} MB ({peak / MEGABYTE / megabytes:.1f}x)"
        )
        _top(after_read, top)
        tracemalloc.reset_peak()
        violations = lint_document(document, rules)
        after_lint = tracemalloc.take_snapshot()
        current, peak = tracemalloc.get_traced_memory()
        print(
            f"lint: {len(violations)} findings, holds {current / MEGABYTE:.1f} MB, peak "
            f"{peak / MEGABYTE:.1f} MB ({peak / MEGABYTE / megabytes:.1f}x)"
        )
        _top(after_lint.compare_to(after_read, "traceback"), top)
        tracemalloc.stop()


def _top(statistics: object, top: int) -> None:
    if isinstance(statistics, tracemalloc.Snapshot):
        statistics = statistics.statistics("traceback")
    assert isinstance(statistics, list)
    for statistic in statistics[:top]:
        size = getattr(statistic, "size_diff", statistic.size)
        # The innermost frames of citelint's own code: where the memory is held.
        frames = [
            f"{Path(frame.filename).name}:{frame.lineno}"
            for frame in reversed(statistic.traceback)
            if f"citelint{os.sep}" in frame.filename
        ][:4]
        print(f"  {size / MEGABYTE:8.2f} MB {statistic.count:>9} blocks  {' < '.join(frames)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=float, help="input size in MB (16; 2 with --profile)")
    parser.add_argument("--only", help="run only the cases whose name contains this")
    parser.add_argument("--mode", choices=("read", "check"), help="measure only this mode")
    parser.add_argument("--write", type=Path, help="only write the inputs to this directory")
    parser.add_argument("--profile", help="profile one case under tracemalloc")
    arguments = parser.parse_args(argv)
    names = [name for name in CASES if not arguments.only or arguments.only in name]
    if arguments.profile:
        matching = [name for name in CASES if arguments.profile in name]
        if len(matching) != 1:
            parser.error(f"--profile {arguments.profile!r} names {len(matching)} cases: {matching}")
        profile(matching[0], int((arguments.size or 2) * MEGABYTE))
    elif arguments.write:
        arguments.write.mkdir(parents=True, exist_ok=True)
        for name in names:
            write_case(name, arguments.write, int((arguments.size or 16) * MEGABYTE))
    else:
        measure(names, int((arguments.size or 16) * MEGABYTE), arguments.mode)
    return 0


if __name__ == "__main__":
    sys.exit(main())
