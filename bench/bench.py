"""Throughput and cold-start benchmark (not a test). Run: python bench/bench.py

(a) lints the 18F blog corpus in ../shared/corpus/18f-blog/ (skipped if absent);
(b) lints a generated archive of at least 20 MB made by repeating the seed blog page;
(c) times `citelint check` on one short file from a cold start (a new process each run);
(d) reads (no rules) and lints each input format: the 18F Markdown corpus, the CC Labs
    WordPress export, and the seed page's posts as plain text, HTML articles and JSON Lines
    (each made about 5 MB by repetition);
(e) builds the index of archived originals (--sources) and pairs the seed page's posts with
    it: for the Reuters story among the 509 18F posts, and among 10,000 generated documents
    (paragraphs of the 18F corpus recombined).
(f) bench/scale.py: issue 18's ratios against the floor (bench/floor.py), alone with
    --scale-only.
Targets: at least 5 MB/s on one core with all rules; a short file in under 0.3 s.

Each throughput is the best of several runs (as ``timeit`` reports), because shared machines
vary by a third from run to run; the spread is printed too.
"""

from __future__ import annotations

import html
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from citelint.discovery import discover
from citelint.engine import lint_document
from citelint.readers import load_document
from citelint.readers.plain import split_archive
from citelint.rules import load_rules

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "north-korean-refugees.txt"
CORPUS = ROOT.parent / "shared" / "corpus" / "18f-blog"
EXPORT = ROOT.parent / "shared" / "corpus" / "cc-labs-wordpress" / "wordpress.xml"
ARCHIVE_BYTES = 20 * 1024 * 1024
FORMAT_BYTES = 5 * 1024 * 1024


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


def cold_start(path: Path, runs: int = 7, label: str = "") -> None:
    executable = Path(sys.executable).with_name("citelint")
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(
            [str(executable), "check", path.name],
            cwd=path.parent,
            capture_output=True,
            check=False,
        )
        times.append(time.perf_counter() - started)
    print(
        f"cold start, citelint check on a {path.stat().st_size}-byte {path.suffix} file{label}: "
        f"median {statistics.median(times):.3f} s, min {min(times):.3f} s over {runs} runs"
    )


def reader_throughput(label: str, paths: list[str], runs: int = 3) -> None:
    """MB/s of reading alone and of reading and linting with every rule."""
    rules = load_rules()
    files = discover(paths).files
    size = sum(Path(path).stat().st_size for path in files)
    for phase, active in (("read", ()), ("read+lint", rules)):
        best = float("inf")
        for _ in range(runs):
            started = time.perf_counter()
            for path in files:
                document = load_document(path)
                if active:
                    lint_document(document, active)
            best = min(best, time.perf_counter() - started)
        megabytes = size / 1e6
        print(
            f"(d) {label:<36} {phase:<10} {megabytes:6.2f} MB in {best:5.2f} s"
            f" = {megabytes / best:6.2f} MB/s"
        )


def seed_formats(directory: Path) -> dict[str, Path]:
    """The seed page's posts as plain text, HTML articles and JSON Lines, about 5 MB each."""
    seed = SEED.read_text(encoding="utf-8")
    posts = [
        (post.title or "", seed[post.prose[1].start : post.prose[1].end].strip())
        for post in split_archive(seed)
    ]
    articles = "".join(
        f"<article><h2>{html.escape(title)}</h2>"
        + "".join(f"<p>{html.escape(p)}</p>\n" for p in body.split("\n\n"))
        + "</article>\n"
        for title, body in posts
    )
    lines = "".join(
        json.dumps({"id": str(n), "title": title, "text": body}) + "\n"
        for n, (title, body) in enumerate(posts)
    )
    made = {}
    for name, unit, head, tail in (
        ("seed.txt", seed + "\n", "", ""),
        ("seed.html", articles, "<!DOCTYPE html><html><body>", "</body></html>"),
        ("seed.jsonl", lines, "", ""),
    ):
        path = directory / name
        copies = FORMAT_BYTES // len(unit.encode("utf-8")) + 1
        path.write_text(head + unit * copies + tail, encoding="utf-8")
        made[name] = path
    return made


STORY = ROOT / "tests" / "fixtures" / "reuters-underground-railroad.txt"
GENERATED_DOCUMENTS = 10_000


def archive_timing(label: str, directory: Path) -> None:
    """Index build time for ``directory`` and pairing time per seed post."""
    from citelint.originals import SourceArchive

    started = time.perf_counter()
    archive = SourceArchive.load(directory)
    built = time.perf_counter() - started
    seed = load_document(str(SEED))
    started = time.perf_counter()
    paired = [archive.pair(seed, post) for post in seed.posts]
    pairing = (time.perf_counter() - started) / len(seed.posts)
    found = sum(1 for pairing_ in paired if pairing_ is not None)
    print(
        f"(e) {label}: {len(archive.originals)} originals indexed in {built:.2f} s; "
        f"pairing {pairing * 1000:.2f} ms per post; {found} of {len(seed.posts)} seed posts paired"
    )


def generated_archive(directory: Path, documents: int) -> None:
    """``documents`` plain-text stories of paragraphs drawn from the 18F corpus."""
    import random

    paragraphs = [
        paragraph.strip()
        for path in sorted(CORPUS.glob("*.md"))
        for paragraph in path.read_text(encoding="utf-8").split("\n\n")
        if len(paragraph.split()) >= 12 and not paragraph.lstrip().startswith(("---", "{", "<"))
    ]
    chooser = random.Random(2019)
    for number in range(documents):
        body = "\n\n".join(chooser.sample(paragraphs, 8))
        (directory / f"story-{number:05}.txt").write_text(f"Story {number}\n\n{body}\n", "utf-8")


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
        plain = Path(directory) / "short.txt"
        plain.write_text(short.read_text(encoding="utf-8").replace("# ", ""), encoding="utf-8")
        cold_start(plain)
        config = Path(directory) / "citelint.toml"
        config.write_text(
            'extend-select = ["SRC003"]\n[severity]\nFIG001 = "info"\n', encoding="utf-8"
        )
        cold_start(short, label=" with a citelint.toml")
        cold_start(plain, label=" with a citelint.toml")
        config.unlink()
        if CORPUS.is_dir():
            reader_throughput("Markdown (18F corpus)", [str(CORPUS)])
        if EXPORT.is_file():
            reader_throughput("WordPress export (CC Labs)", [str(EXPORT)])
        for name, path in seed_formats(Path(directory)).items():
            reader_throughput(f"{name} (seed posts repeated)", [str(path)])
        if CORPUS.is_dir():
            import shutil

            mixed = Path(directory) / "originals-18f"
            shutil.copytree(CORPUS, mixed)
            shutil.copy(STORY, mixed)
            archive_timing("Reuters story + 509 18F posts", mixed)
            generated = Path(directory) / "originals-generated"
            generated.mkdir()
            generated_archive(generated, GENERATED_DOCUMENTS)
            shutil.copy(STORY, generated)
            archive_timing(
                f"Reuters story + {GENERATED_DOCUMENTS:,} generated documents", generated
            )


if __name__ == "__main__":
    import scale  # bench/scale.py: issue 18's ratios against the floor

    if sys.argv[1:] != ["--scale-only"]:
        main()
    scale.main()
