"""Coverage-guided fuzzing of every reader, the engine and the rule and configuration loaders
(atheris, libFuzzer's engine for Python). Not a test: run it for as long as you like.

    pip install atheris
    python fuzz/fuzz_citelint.py SEED_DIR -max_total_time=3600 -artifact_prefix=fuzz/crashes/

SEED_DIR holds real inputs to start from (see ``make_seeds``). An input is a format byte and
the bytes of a file; citelint must turn it into findings or one InputError, RuleError or
ConfigError, and every finding must lie inside the file. Anything else is a crash, which
atheris writes to ``fuzz/crashes/``; each one found is kept in ``tests/fuzz_regressions/``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent))

with atheris.instrument_imports():
    from target import FORMAT_NAMES, run_input


def make_seeds(directory: Path, shared: Path) -> None:
    """Seed inputs from real text: posts of each format, rule files, a configuration."""
    directory.mkdir(parents=True, exist_ok=True)
    root = Path(__file__).resolve().parents[1]
    sources = [
        ("text", root / "examples" / "north-korean-refugees.txt"),
        ("text", root / "tests" / "fixtures" / "reuters-underground-railroad.txt"),
        ("wxr", root / "tests" / "fixtures" / "cc-labs-export.xml"),
        *(
            ("markdown", path)
            for path in sorted((shared / "corpus" / "18f-blog").glob("*.md"))[:40]
        ),
        *(("rule", path) for path in sorted((root / "rules").glob("*.toml"))),
    ]
    for number, (kind, path) in enumerate(sources):
        prefix = bytes([FORMAT_NAMES.index(kind)])
        (directory / f"seed-{number:03}").write_bytes(prefix + path.read_bytes()[:20000])
    page = (root / "examples" / "north-korean-refugees.txt").read_text(encoding="utf-8")
    html = (
        "<html><body><article>"
        + "".join(f"<p>{p}</p>" for p in page.split("\n\n"))
        + "</article></body></html>"
    )
    (directory / "seed-html").write_bytes(bytes([FORMAT_NAMES.index("html")]) + html.encode())
    lines = "".join(
        f'{{"id": "{n}", "text": {p!r}}}\n'.replace("'", '"')
        for n, p in enumerate(page.split("\n\n")[:20])
    )
    (directory / "seed-jsonl").write_bytes(bytes([FORMAT_NAMES.index("jsonl")]) + lines.encode())
    config = b'select = ["QUO", "SRC"]\n[severity]\nQUO003 = "warning"\n[per-file-ignores]\n"a/*" = ["FIG"]\n'  # noqa: E501
    (directory / "seed-config").write_bytes(bytes([FORMAT_NAMES.index("config")]) + config)


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--make-seeds":
        make_seeds(Path(sys.argv[2]), Path(__file__).resolve().parents[2] / "shared")
        sys.exit(0)
    atheris.Setup(sys.argv, run_input)
    atheris.Fuzz()
