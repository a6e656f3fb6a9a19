"""Every input the fuzzer (fuzz/fuzz_citelint.py) made crash citelint, replayed: each must now
give findings or one clear error."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "fuzz"))
from target import run_input

REGRESSIONS = sorted((Path(__file__).parent / "fuzz_regressions").iterdir())


@pytest.mark.parametrize("path", REGRESSIONS, ids=lambda path: path.name)
def test_a_crash_found_by_fuzzing_stays_fixed(path: Path) -> None:
    run_input(path.read_bytes())


HOSTILE = [
    "“".encode(), "”".encode(), b'"', b"'", b"<", b">", b"&", b"&#", b"<!--", b"-->", b"<![",
    b"]]>", b"---\n", b"+++\n", b"```", b"{{", b"}}", b"\r", b"\n\n", b"\x00", b"\xff",
    b"\xef\xbb\xbf",
    b"\\u", b'{"text": "', b"[Reuters", b"(Reuters) \xe2\x80\x93", b"1,000", b"17%", b"<!ENTITY",
    b"<!-- citelint-disable -->", b"citelint-disable-next-line ", b"source_file: ../x\n",
]  # fmt: skip


def _seeds() -> list[bytes]:
    from target import FORMAT_NAMES

    root = Path(__file__).resolve().parents[1]
    files = [
        ("text", root / "examples" / "north-korean-refugees.txt"),
        ("wxr", root / "tests" / "fixtures" / "cc-labs-export.xml"),
        (
            "markdown",
            root / "tests" / "fixtures" / "2016-05-12-introducing-18fs-new-visual-identity.md",
        ),
        ("rule", root / "rules" / "FIG001-unsourced-figure.toml"),
        ("rule", root / "rules" / "SRC001-missing-source-tag.toml"),
    ]
    seeds = [bytes([FORMAT_NAMES.index(kind)]) + path.read_bytes()[:6000] for kind, path in files]
    page = (root / "examples" / "north-korean-refugees.txt").read_text(encoding="utf-8")[:4000]
    seeds.append(bytes([FORMAT_NAMES.index("html")]) + f"<article><p>{page}</p></article>".encode())
    seeds.append(
        bytes([FORMAT_NAMES.index("jsonl")]) + (json.dumps({"id": 1, "text": page}) + "\n").encode()
    )
    seeds.append(
        bytes([FORMAT_NAMES.index("config")]) + b'select = ["QUO"]\n[severity]\nQUO003 = "info"\n'
    )
    return seeds


def _mutate(data: bytes, chooser: random.Random) -> bytes:
    head, body = data[:1], bytearray(data[1:])
    for _ in range(chooser.randint(1, 8)):
        where = chooser.randint(0, len(body))
        action = chooser.random()
        if action < 0.4:
            body[where:where] = chooser.choice(HOSTILE)
        elif action < 0.6 and body:
            body[min(where, len(body) - 1)] = chooser.randint(0, 255)
        elif action < 0.8:
            del body[where : where + chooser.randint(1, 200)]
        else:
            start = chooser.randint(0, len(body))
            body[where:where] = body[start : start + chooser.randint(1, 300)]
    return head + bytes(body)


def test_mutated_real_inputs_never_crash() -> None:
    """A short, deterministic fuzz run in every test run; the long one is fuzz/."""
    chooser = random.Random(7)
    seeds = _seeds()
    for _ in range(2000):
        run_input(_mutate(chooser.choice(seeds), chooser))
