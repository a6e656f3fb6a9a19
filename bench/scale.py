"""Issue 18's measurements, each a ratio against the floor measured in the same run
(bench/floor.py: read every file and run one compiled regex scan), since this machine's
speed drifts between runs. Run: python bench/scale.py (bench/bench.py runs it last).

- a corpus of 2,000 real posts (../shared/corpus, repeated to reach 2,000 files), cold,
  with --jobs 1, --jobs 2 and a warm cache where citelint has them;
- a text page, an HTML page and a JSON Lines file of 8 and 16 MB: read and lint, in one
  process (their 16 MB time over their 8 MB time shows whether each reader is linear);
- one short post, cold, against ``python -c pass``;
- ``citelint check --force-exclude`` on 1 and 10 posts, as the pre-commit hook runs it.

Each figure is the best of a few runs, interleaved with the floor's where they are compared.
"""

from __future__ import annotations

import html
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from citelint.engine import lint_document
from citelint.readers import load_document
from citelint.rules import load_rules

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
FOLDERS = ("18f-blog", "globalvoices", "wikinews-gum", "wikinews-wikinewssum")
POSTS = 2_000
RUNS = 3
CITELINT = [sys.executable, "-m", "citelint"]


def best_time(command: Sequence[str], runs: int = RUNS, cwd: Path | None = None) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(list(command), cwd=cwd, capture_output=True, check=False)
        best = min(best, time.perf_counter() - started)
        if done.returncode > 1:  # a usage error is no measurement
            raise SystemExit(f"{' '.join(command)}: exit {done.returncode}: {done.stderr[-300:]!r}")
    return best


def interleaved(commands: dict[str, Sequence[str]], runs: int = RUNS) -> dict[str, float]:
    """The best time of each command, the commands taking turns run after run."""
    best = {name: float("inf") for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            best[name] = min(best[name], best_time(command, runs=1))
    return best


def corpus(directory: Path) -> Path | None:
    """2,000 real posts from ../shared/corpus, repeated in numbered folders as needed."""
    sources = [path for name in FOLDERS for path in sorted((SHARED / name).glob("*.md"))]
    if not sources:
        return None
    target = directory / "posts"
    for number in range(POSTS):
        source = sources[number % len(sources)]
        folder = target / f"copy{number // len(sources)}"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, folder / source.name)
    return target


def pages(directory: Path, megabytes: int) -> dict[str, Path]:
    """A text page, an HTML page and a JSON Lines file of about ``megabytes`` MB, made of
    the seed page's posts."""
    from citelint.readers.plain import split_archive

    seed = (ROOT / "examples" / "north-korean-refugees.txt").read_text(encoding="utf-8")
    posts = [
        (post.title or "", seed[post.prose[1].start : post.prose[1].end].strip())
        for post in split_archive(seed)
    ]
    size = megabytes * 1024 * 1024
    copies = size // len(seed.encode("utf-8")) + 1
    text = directory / f"page-{megabytes}.txt"
    text.write_text("\n".join([seed] * copies), encoding="utf-8")
    article = "".join(
        f"<article><h1>{html.escape(title)}</h1>"
        + "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n\n"))
        + "</article>"
        for title, body in posts
    )
    page = directory / f"page-{megabytes}.html"
    page.write_text(
        "<html><body>" + article * (size // len(article.encode("utf-8")) + 1) + "</body></html>",
        encoding="utf-8",
    )
    lines = "".join(
        json.dumps({"title": title, "text": body}, ensure_ascii=False) + "\n"
        for title, body in posts
    )
    jsonl = directory / f"posts-{megabytes}.jsonl"
    jsonl.write_text(lines * (size // len(lines.encode("utf-8")) + 1), encoding="utf-8")
    return {"text page": text, "HTML page": page, "JSON Lines": jsonl}


def read_and_lint(path: Path, runs: int = 2) -> float:
    rules = load_rules()
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        lint_document(load_document(str(path)), rules)
        best = min(best, time.perf_counter() - started)
    return best


def supports(option: str) -> bool:
    done = subprocess.run(
        [*CITELINT, "check", "--help"], capture_output=True, text=True, check=False
    )
    return option in done.stdout


def main() -> None:
    with tempfile.TemporaryDirectory() as temporary:
        directory = Path(temporary)
        posts = corpus(directory)
        if posts is None:
            print(f"(f) skipped the corpus: {SHARED} not found")
        else:
            floor = [sys.executable, str(ROOT / "bench" / "floor.py"), str(posts)]
            cold = [*CITELINT, "check", "--isolated", "--format", "json", str(posts)]
            cached = supports("--no-cache")
            uncached = [*cold, "--no-cache"] if cached else cold
            commands = {"floor": floor, "jobs 1": uncached}
            if supports("--jobs"):
                commands["jobs 1"] = [*uncached, "--jobs", "1"]
                commands["jobs 2"] = [*uncached, "--jobs", "2"]
            if cached:
                subprocess.run(cold, capture_output=True, check=False)  # fills the cache
                commands["warm"] = cold
            found = interleaved(commands)
            size = sum(path.stat().st_size for path in posts.rglob("*.md")) / 1e6
            print(f"(f) {POSTS:,} posts, {size:.1f} MB: floor {found['floor']:.2f} s")
            for name in ("jobs 1", "jobs 2", "warm"):
                if name in found:
                    ratio = found[name] / found["floor"]
                    print(f"(f)   {name:<7} {found[name]:6.2f} s = {ratio:5.1f} x the floor")
                else:
                    print(f"(f)   {name:<7} n/a (this citelint has no such option)")
            if "jobs 2" in found:
                print(f"(f)   jobs 2 / jobs 1 = {found['jobs 2'] / found['jobs 1']:.2f}")
        for_size = {megabytes: pages(directory, megabytes) for megabytes in (8, 16)}
        for name in for_size[8]:
            small, large = (read_and_lint(for_size[m][name]) for m in (8, 16))
            print(
                f"(f) {name:<10} read+lint 8 MB {small:6.2f} s, 16 MB {large:6.2f} s: "
                f"16/8 = {large / small:.2f}"
            )
        post = directory / "post.md"
        post.write_text("# Raids\n\n“The crackdown is severe,” said Y. H. Kim.\n\n[Reuters]\n")
        start = interleaved(
            {"python": [sys.executable, "-c", "pass"], "one post": [*CITELINT, "check", str(post)]},
            runs=7,
        )
        print(
            f"(f) one post cold {start['one post']:.3f} s, python -c pass {start['python']:.3f} s:"
            f" {start['one post'] - start['python']:.3f} s above the interpreter"
        )
        if posts is not None:
            files = sorted(str(path) for path in posts.rglob("*.md"))
            hook = [*CITELINT, "check", "--force-exclude"]
            for count in (1, 10):
                seconds = best_time([*hook, *files[:count]], runs=5)
                print(f"(f) the hook's command on {count:>2} posts: {seconds:.3f} s")


if __name__ == "__main__":
    main()
