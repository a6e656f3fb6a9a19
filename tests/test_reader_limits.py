"""What the parsers under the readers cannot read is that file's (or that line's) problem.

A value beyond a parser's limits (a date that is no date, an integer of thousands of digits,
nesting thousands deep) is one problem line naming the file and the line, never an internal
error: the post under bad front matter is still linted, and so is every other line of a
JSON Lines file. The known finding in each text (an unclosed quotation, QUO001) shows that
the rest was linted.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from citelint.readers import read_document
from citelint.readers.markdown import _yaml_loader
from citelint.run import Run, RunOptions

DIGITS = "1" * 5000
DEEP = "[" * 3000 + "]" * 3000
UNCLOSED = "He said “hi."  # QUO001 at its column 9


def check(tmp_path: Path, name: str, text: str) -> tuple[list[str], list[tuple[int, int, str]]]:
    """The problems and the (line, column, code) of the findings of ``citelint check``."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = Run(RunOptions(paths=(str(path),), select=("QUO",), isolated=True)).lint()
    assert result.internal_errors == 0
    assert result.files == [str(path)]
    problems = [problem.replace(str(tmp_path) + "/", "") for problem in result.problems]
    return problems, [(v.start.line, v.start.column, v.rule.code) for v in result.violations]


# -- front matter: (text, the problem line, or None) -------------------------------------------

FRONT_MATTER = [
    # Dates are read as the strings they are: citelint needs no dates, so none is wrong.
    (f"---\ndate: 2020-13-45\n---\n{UNCLOSED}\n", None),
    (f"---\ndate: 2020-01-01 10:00:00 -99:99\n---\n{UNCLOSED}\n", None),
    (f"---\ndate: !!timestamp 2020-13-45\n---\n{UNCLOSED}\n", None),
    (
        f"---\ntitle: Raids\nn: {DIGITS}\n---\n{UNCLOSED}\n",
        r"post\.md:3: front matter not read: an integer of 5000 digits is too long to read;"
        r" linted without it",
    ),
    (
        f"+++\ntitle = 'Raids'\nn = {DIGITS}\n+++\n{UNCLOSED}\n",
        r"post\.md:2: front matter not read: a value too large to read \(.*\); linted without it",
    ),
    (
        f"---\ntitle: Raids\nn: {DEEP}\n---\n{UNCLOSED}\n",
        r"post\.md:3: front matter not read: values nested too deeply to read; linted without it",
    ),
    (
        f"+++\ntitle = 'Raids'\nn = {DEEP}\n+++\n{UNCLOSED}\n",
        r"post\.md:2: front matter not read: arrays or tables nested too deeply to read;"
        r" linted without it",
    ),
]


@pytest.mark.parametrize(("text", "problem"), FRONT_MATTER)
def test_front_matter_beyond_the_parser_is_one_problem_and_the_post_is_linted(
    tmp_path: Path, text: str, problem: str | None
) -> None:
    problems, findings = check(tmp_path, "post.md", text)
    if problem is None:
        assert problems == []
    else:
        [found] = problems
        assert re.fullmatch(problem, found), found
    body_line = text.count("\n")
    assert findings == [(body_line, 9, "QUO001")]


def test_dates_in_front_matter_are_kept_as_written() -> None:
    text = "---\ntitle: Raids\ndate: 2020-13-45\nupdated: 2020-01-01 10:00:00 -99:99\n---\nHi.\n"
    [post] = read_document("post.md", text.encode("utf-8")).posts
    assert post.title == "Raids"
    assert post.metadata["date"] == "2020-13-45"
    assert post.metadata["updated"] == "2020-01-01 10:00:00 -99:99"


def test_a_date_that_is_a_date_is_still_a_string_and_other_values_keep_their_types() -> None:
    text = "---\ndate: 2014-03-12\ncount: 3\ntags: [a, b]\ndraft: false\n---\nHi.\n"
    [post] = read_document("post.md", text.encode("utf-8")).posts
    assert post.metadata == {"date": "2014-03-12", "count": 3, "tags": ["a", "b"], "draft": False}


def test_the_pure_python_yaml_parser_gives_the_same_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import yaml

    # Without libyaml the parser recurses once per level: RecursionError, not a YAML error.
    monkeypatch.delattr(yaml, "CSafeLoader", raising=False)
    _yaml_loader.cache_clear()
    try:
        problems, findings = check(tmp_path, "post.md", f"---\nn: {DEEP}\n---\n{UNCLOSED}\n")
        [date_post] = read_document("p.md", b"---\ndate: 2020-13-45\n---\nHi.\n").posts
    finally:
        monkeypatch.undo()
        _yaml_loader.cache_clear()
    assert problems == [
        "post.md:2: front matter not read: values nested too deeply to read; linted without it"
    ]
    assert findings == [(4, 9, "QUO001")]
    assert date_post.metadata == {"date": "2020-13-45"}


def test_a_front_matter_syntax_error_still_drops_the_file(tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_text(f"---\nn: [a\n---\n{UNCLOSED}\n", encoding="utf-8")
    result = Run(RunOptions(paths=(str(path),), isolated=True)).lint()
    assert (result.files, result.violations, result.internal_errors) == ([], [], 0)
    [problem] = [problem.replace(str(tmp_path) + "/", "") for problem in result.problems]
    assert problem.startswith("post.md:3: front matter is not valid YAML: ")


# -- JSON Lines: (bad line, the problem it gives) ----------------------------------------------

JSON_LINES = [
    ('{"text": "x", "n": ' + DIGITS + "}", "a number too long to read (column 20)"),
    ('{"n": {"a": [' + DIGITS + ']}, "text": "x"}', "a number too long to read (column 7)"),
    ('{"text": "x", "n": ' + DEEP + "}", "a value nested too deeply to read (column 20)"),
    (
        '{"text": "x", "n": ' + '{"a": ' * 3000 + "1" + "}" * 3001,
        "a value nested too deeply to read (column 20)",
    ),
    ("[" * 3000, "not a JSON object"),
]


@pytest.mark.parametrize(("line", "problem"), JSON_LINES)
def test_a_json_line_beyond_the_decoder_is_skipped_and_the_others_are_linted(
    tmp_path: Path, line: str, problem: str
) -> None:
    good = '{"text": "He said \\u201chi."}'
    problems, findings = check(tmp_path, "posts.jsonl", f"{good}\n{line}\n{good}\n")
    [found] = problems
    assert found.startswith(f"posts.jsonl:2: {problem}")
    assert found.endswith("; line skipped")
    assert findings == [(1, 19, "QUO001"), (3, 19, "QUO001")]


def test_a_json_line_just_inside_the_limits_is_read() -> None:
    digits = "9" * sys.get_int_max_str_digits()
    text = '{"text": "Hi.", "n": ' + digits + ', "deep": ' + "[" * 200 + "]" * 200 + "}\n"
    document = read_document("posts.jsonl", text.encode("utf-8"))
    assert document.problems == ()
    [post] = document.posts
    assert post.metadata["n"] == int(digits)
