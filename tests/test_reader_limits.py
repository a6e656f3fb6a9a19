"""What the parsers under the readers cannot read is that file's (or that line's) problem,
and what the readers keep is in proportion to the file.

A value beyond a parser's limits (a date that is no date, an integer of thousands of digits,
nesting thousands deep) is one problem line naming the file and the line, never an internal
error: the post under bad front matter is still linted, and so is every other line of a
JSON Lines file. The known finding in each text (an unclosed quotation, QUO001) shows that
the rest was linted.

Memory is measured by bench/memory.py (peak RSS of whole runs); the tests here check the
structure that keeps it in proportion, without timing anything.
"""

from __future__ import annotations

import contextlib
import re
import sys
import tracemalloc
import weakref
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from citelint.document import Span, Spans
from citelint.engine import lint_document
from citelint.errors import InputError
from citelint.readers import markdown, read_document
from citelint.readers.markdown import _yaml_loader
from citelint.run import Run, RunOptions
from conftest import RULES

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
    assert (result.files, result.unlinted, result.internal_errors) == ([], [str(path)], 0)
    [finding] = result.violations
    assert (finding.rule.code, finding.start.line, finding.start.column) == ("LNT002", 3, 1)
    [reason] = [reason.replace(str(tmp_path) + "/", "") for reason in result.unlinted_reasons]
    assert reason.startswith("post.md:3: front matter is not valid YAML: ")


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


# -- memory: in proportion to the file, whatever its shape -------------------------------------

_WXR = (
    '<?xml version="1.0"?><rss xmlns:content="http://purl.org/rss/1.0/modules/content/">'
    "<channel>{}</channel></rss>"
)
_ITEM = "<item><title>a</title><description>Hi.</description></item>"

# (file, text, the most its reading may allocate at its peak, in times the file). The bounds
# are about twice what reading takes now (tracemalloc's count, not RSS); reading took about
# 62, 100, 57 and 35 times the file before the readers kept offsets in arrays and posts
# compact. Markdown is below: its parser's stretch is a fixed cost that small texts magnify.
HOSTILE_SHAPES = [
    ("tiny-paragraphs.txt", "Hi.\n\n" * 20_000, 20),
    ("tiny-elements.html", "<p>Hi.</p>" * 3_000, 35),
    ("tiny-lines.jsonl", '{"text":"Hi."}\n' * 3_000, 45),
    ("tiny-items.xml", _WXR.format(_ITEM * 1_000), 25),
]


@pytest.mark.parametrize(("name", "text", "bound"), HOSTILE_SHAPES)
def test_reading_takes_memory_in_proportion_to_the_file(name: str, text: str, bound: int) -> None:
    data = text.encode("utf-8")
    with contextlib.suppress(InputError):  # parsers and patterns built before measuring
        read_document(name, data[:2000])
    tracemalloc.start()
    try:
        document = read_document(name, data)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert document.posts
    assert peak < bound * len(data), f"{peak / len(data):.0f} times the file"


def test_markdown_is_parsed_a_stretch_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    parser = markdown._parser()
    parsed: list[int] = []
    parse = parser.parse

    def counted(source: str, env: Any = None) -> Any:
        parsed.append(len(source))
        return parse(source, env)

    monkeypatch.setattr(parser, "parse", counted)
    text = "Hi.\n\n" * 10_000
    [post] = read_document("post.md", text.encode("utf-8")).posts
    assert len(post.prose) == 10_000
    # markdown-it keeps five numbers a line and a token per block boundary of what it parses.
    assert max(parsed) <= 2 * markdown._STRETCH_LINES * len("Hi.\n")


TRICKY_MARKDOWN = [
    "Para one\nstill one\n\nTitle\n---\n\n- a\n- b\n\n  more of b\n\n> q\n>\n> q2\n\nend\n",
    "```\nunclosed fence\n\n\nstill code\n",
    "<div>\n\n    indented in html\n\n</div>\n\n    code\n\ntext\n",
    "| a | b |\n|-|-|\n| 1 | 2 |\n\n[ref]: /url\n  'title'\n\n# H #\n\n***\n\nlast",
    "<!--\n\ncomment\n\n-->\n\n1. one\n\n   two\n2. three\n\n\n\n\npara\r\nline\r\n",
]


@pytest.mark.parametrize("stretch", [1, 2, 3, 7])
def test_markdown_parsed_in_stretches_gives_the_tokens_of_one_parse(
    monkeypatch: pytest.MonkeyPatch, stretch: int
) -> None:
    from conftest import FIXTURES

    texts = [*TRICKY_MARKDOWN]
    texts += [path.read_text(encoding="utf-8") for path in sorted(FIXTURES.glob("*.md"))]
    monkeypatch.setattr(markdown, "_STRETCH_LINES", stretch)

    def shape(tokens: Iterable[Any]) -> list[tuple[Any, ...]]:
        return [(t.type, t.nesting, t.level, t.map, t.content, t.markup, t.info) for t in tokens]

    for text in texts:
        whole = shape(markdown._parser().parse(text))
        assert shape(markdown.block_tokens(text)) == whole


def test_a_post_of_many_blocks_keeps_its_parts_in_two_arrays() -> None:
    [post] = read_document("post.md", b"Hi.\n\n" * 1000).posts
    assert isinstance(post.prose, Spans)
    parts = tuple(Span(start, start + 3) for start in range(0, 5000, 5))
    assert post.prose == parts and parts == post.prose
    assert hash(post.prose) == hash(parts)
    assert post.prose[1:3] == parts[1:3] and list(reversed(post.prose)) == list(parts[::-1])


def test_the_engine_keeps_the_facts_of_one_post_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    import citelint.engine
    from citelint.analysis import PostFacts

    made: list[weakref.ref[PostFacts]] = []
    alive_at_each: list[int] = []

    class CountedFacts(PostFacts):
        def __init__(self, *arguments: Any) -> None:
            alive_at_each.append(sum(ref() is not None for ref in made))
            super().__init__(*arguments)
            made.append(weakref.ref(self))

    monkeypatch.setattr(citelint.engine, "PostFacts", CountedFacts)
    text = "".join(f'{{"text": "He said \\u201chi, {n}."}}\n' for n in range(50))
    document = read_document("posts.jsonl", text.encode("utf-8"))
    violations = lint_document(document, RULES)
    assert len(made) == 50
    assert {v.rule.code for v in violations} >= {"QUO001"}
    # Only the post before, still bound while the next one's facts are made.
    assert max(alive_at_each) <= 1
