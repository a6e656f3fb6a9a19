"""Every input the fuzzer (fuzz/fuzz_citelint.py) made crash citelint, replayed: each must now
give findings or one clear error. And the fuzzer's own parts: its dictionaries are ones
libFuzzer reads, and every target has seeds."""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SHARED

sys.path.insert(0, str(ROOT / "fuzz"))
import tokens
from mutators import amplify
from seeds import SEED_LIMIT, make_seeds
from target import TARGETS, run_input, target_of, with_target

REGRESSIONS = sorted((Path(__file__).parent / "fuzz_regressions").iterdir())
DICTIONARIES = ROOT / "fuzz" / "dictionaries"


@pytest.mark.parametrize("path", REGRESSIONS, ids=lambda path: path.name)
def test_a_crash_found_by_fuzzing_stays_fixed(path: Path) -> None:
    data = path.read_bytes()
    # The name says which target it crashed, and the first byte makes run_input pick it.
    assert path.name.startswith(f"{target_of(data)}-"), (path.name, target_of(data))
    run_input(data)


# -- the dictionaries ------------------------------------------------------------------------------

# libFuzzer's dictionary syntax (FuzzerUtil.cpp, ParseOneDictionaryLine): an optional name and
# "=", then a quoted string whose only escapes are \\, \" and \xNN.
_ENTRY = re.compile(r'(?:[A-Za-z0-9_]+=)?"(?P<value>(?:[^"\\]|\\\\|\\"|\\x[0-9A-Fa-f]{2})*)"')


def parse_dictionary(text: str) -> list[bytes]:
    entries = []
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        found = _ENTRY.fullmatch(stripped)
        assert found, f"line {number} is not a libFuzzer dictionary entry: {line!r}"
        value = re.sub(
            rb"\\(\\|\"|x[0-9A-Fa-f]{2})",
            lambda m: m.group(1) if len(m.group(1)) == 1 else bytes([int(m.group(1)[1:], 16)]),
            found["value"].encode("ascii"),
        )
        assert 0 < len(value) <= tokens.MAX_ENTRY_BYTES, f"line {number}: {len(value)} bytes"
        entries.append(value)
    return entries


@pytest.mark.parametrize("name", [*TARGETS, "all"])
def test_every_target_has_a_dictionary_libfuzzer_reads(name: str) -> None:
    path = DICTIONARIES / f"{name}.dict"
    text = path.read_text(encoding="ascii")
    assert len(parse_dictionary(text)) > 50
    # Written by fuzz/tokens.py: a list changed there shows here until it is run again.
    assert text == tokens.dictionary_text(name), "run python fuzz/tokens.py"


def test_the_dictionaries_hold_the_tokens_of_their_formats() -> None:
    def entries(name: str) -> set[bytes]:
        return set(parse_dictionary((DICTIONARIES / f"{name}.dict").read_text(encoding="ascii")))

    assert {"“".encode(), "’90s".encode(), "\u202f»".encode(), b"[Reuters]"} <= entries("text")
    assert {b"---\n", b"+++\n", b"!!timestamp ", b"2020-13-45", b"source_file: "} <= entries(
        "markdown"
    )
    assert {b"<article>", b"&#x201d;", b"<![CDATA[", b" role="} <= entries("html")
    assert {b"<content:encoded>", b"<wp:meta_key>", b"[/caption]"} <= entries("wxr")
    assert {b'{"text": "', b"\\ud83d", b"1e400"} <= entries("jsonl")
    assert {b"per-file-ignores", b"rule-options", b"fail-on", b"1e400"} <= entries("config")
    assert {b"[tool.citelint]"} <= entries("pyproject")
    assert {b'"citelint_baseline"', b'"count"', b'"findings"'} <= entries("baseline")
    # Every option of every check kind, so that a fuzzed rule file can name it.
    assert {name.encode() for name in tokens.option_names()} <= entries("rule")


# -- the seeds -------------------------------------------------------------------------------------


def test_make_seeds_writes_small_seeds_for_every_target(tmp_path: Path) -> None:
    counts = make_seeds(tmp_path, SHARED)
    assert set(counts) == set(TARGETS)
    for target in TARGETS:
        seeds = sorted((tmp_path / target).iterdir())
        assert len(seeds) >= 4, target
        assert all(seed.stat().st_size <= SEED_LIMIT for seed in seeds), target
    every = sorted((tmp_path / "all").iterdir())
    assert len(every) == sum(counts.values())
    for seed in every:
        assert seed.name.startswith(f"{target_of(seed.read_bytes())}-"), seed.name


def test_every_seed_is_read_without_a_crash(tmp_path: Path) -> None:
    make_seeds(tmp_path, SHARED)
    for seed in sorted((tmp_path / "all").iterdir()):
        run_input(seed.read_bytes())


def test_the_amplifying_mutations_keep_the_target_byte_and_the_size_limit() -> None:
    data = with_target("config", 'select = ["QUO"]\nx = 12\n\nA “q”.\n'.encode())
    found = [amplify(data, 65536, seed, lambda body, size: body, prefix=1) for seed in range(2000)]
    assert all(len(out) <= 65536 and out[:1] == data[:1] for out in found)
    assert all(
        len(amplify(data, 64, seed, lambda body, size: body, 1)) <= 64 for seed in range(200)
    )
    # What libFuzzer's own mutations hardly ever make: deep nesting, huge numbers, repetition.
    assert any(out.count(b"[") > 1000 for out in found)
    assert any(re.search(rb"[0-9]{4301}", out) for out in found)
    assert any(out.count("“q”".encode()) > 1000 for out in found)


def test_the_runner_reads_libfuzzers_numbers() -> None:
    from run_all import TargetResult, read_stats

    log = (
        "#35\tINITED cov: 2605 ft: 7070 corp: 33/188Kb exec/s: 35 rss: 58Mb\n"
        "#1778\tDONE   cov: 2798 ft: 9649 corp: 206/1600Kb lim: 65536 exec/s: 29 rss: 62Mb\n"
        "Done 1778 runs in 61 second(s)\nstat::number_of_executed_units: 1778\n"
    )
    result = TargetResult("markdown")
    assert read_stats(log, result) == 61
    assert (result.runs, result.cov, result.ft, result.corpus) == (1778, 2798, 9649, 206)


# -- a short mutation fuzz -------------------------------------------------------------------------

HOSTILE = [
    "“".encode(), "”".encode(), b'"', b"'", b"<", b">", b"&", b"&#", b"<!--", b"-->", b"<![",
    b"]]>", b"---\n", b"+++\n", b"```", b"{{", b"}}", b"\r", b"\n\n", b"\x00", b"\xff",
    b"\xef\xbb\xbf",
    b"\\u", b'{"text": "', b"[Reuters", b"(Reuters) \xe2\x80\x93", b"1,000", b"17%", b"<!ENTITY",
    b"<!-- citelint-disable -->", b"citelint-disable-next-line ", b"source_file: ../x\n",
]  # fmt: skip


def _seeds() -> list[bytes]:
    files = [
        ("text", ROOT / "examples" / "north-korean-refugees.txt"),
        ("wxr", ROOT / "tests" / "fixtures" / "cc-labs-export.xml"),
        (
            "markdown",
            ROOT / "tests" / "fixtures" / "2016-05-12-introducing-18fs-new-visual-identity.md",
        ),
        ("rule", ROOT / "rules" / "FIG001-unsourced-figure.toml"),
        ("rule", ROOT / "rules" / "SRC001-missing-source-tag.toml"),
        ("baseline", ROOT / "examples" / "baseline.json"),
    ]
    seeds = [with_target(kind, path.read_bytes()[:6000]) for kind, path in files]
    page = (ROOT / "examples" / "north-korean-refugees.txt").read_text(encoding="utf-8")[:4000]
    seeds.append(with_target("html", f"<article><p>{page}</p></article>".encode()))
    seeds.append(with_target("jsonl", (json.dumps({"id": 1, "text": page}) + "\n").encode()))
    seeds.append(with_target("config", b'select = ["QUO"]\n[severity]\nQUO003 = "info"\n'))
    seeds.append(with_target("pyproject", b'[tool.citelint]\nignore = ["FIG001"]\n'))
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
