"""Properties that hold for any text (hypothesis): no exception but a clear InputError,
every position inside the file, quotation offsets that slice out the quotation, the same
output every time in any order, and files never changed."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citelint.cli import main
from citelint.engine import lint_document
from citelint.errors import InputError
from citelint.inventory import quotation_records
from citelint.readers import read_document
from conftest import RULES

# What trips a quotation, figure or markup parser: marks, apostrophes, brackets, digits and
# money, line endings of every kind, markup, a BOM, zero-width, combining and right-to-left
# characters, astral ones.
PIECES = st.sampled_from(
    [
        "“", "”", "‘", "’", '"', "'", "''", "``", "«", "»", "„", "[", "]", "(", ")", "{", "}",
        "<", ">", "&", "&amp;", "&ldquo;", "&#8217;", "&#x1F600;", "<p>", "</p>", "<em>",
        "<!--", "-->", "<article>", "<![CDATA[", "]]>", "---\n", "+++\n", "```", "`", "#",
        "> ", "- ", "1. ", "|", "{{", "}}", "{%", "%}", "\\", "\n", "\r\n", "\r", "\n\n", "\t",
        " ", "\ufeff", "\u200b", "\u0301", "\u202e", "\u05d0", "😀", "0", "7", "30", "1,000",
        "17%", "$4,500", "2.5 million", "said", "according to", "Kim", "Reuters", "[Reuters]",
        "SEOUL (Reuters) –", "Source: AP", "...", "…", ".", ",", ":", "—", "-", "a", "the",
        "citelint-disable", "<!-- citelint-disable-next-line QUO001 -->", "\x00", "\x1b",
    ]
)  # fmt: skip
TEXTS = st.one_of(
    st.lists(PIECES, max_size=60).map("".join),
    st.text(max_size=200),
)
FORMATS = [".txt", ".md", ".html", ".xml", ".jsonl"]
# A bounded number of examples in CI; HYPOTHESIS_PROFILE=long for a long search.
settings.register_profile(
    "ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "long", max_examples=20_000, deadline=None, suppress_health_check=list(HealthCheck)
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def wrapped(text: str, suffix: str) -> str:
    """The text as a file of the format: as is, or inside an export or a JSON line."""
    if suffix == ".xml":
        return (
            '<rss xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><item>'
            f"<title>T</title><content:encoded><![CDATA[{text.replace(']]>', '')}]]>"
            "</content:encoded></item></channel></rss>"
        )
    if suffix == ".jsonl":
        return json.dumps({"id": "1", "text": text}) + "\n" + json.dumps({"text": text[::-1]})
    return text


@given(text=TEXTS, suffix=st.sampled_from(FORMATS))
def test_any_text_gives_findings_inside_the_file_or_one_clear_error(text: str, suffix: str) -> None:
    source = wrapped(text, suffix)
    try:
        document = read_document(f"post{suffix}", source.encode("utf-8", "surrogatepass"))
    except InputError as error:
        message = str(error)
    else:
        message = None
    if message is not None:
        assert message.startswith(f"post{suffix}")
        assert "\n" not in message
        return
    written = document.written
    lines = written.splitlines() or [""]
    for violation in lint_document(document, RULES):
        assert 1 <= violation.start.line <= len(document.line_starts)
        assert 1 <= violation.end.line <= len(document.line_starts)
        assert (violation.start.line, violation.start.column) <= (
            violation.end.line,
            violation.end.column,
        )
        span = document.file_span(violation.span)
        assert 0 <= span.start <= span.end <= len(written)
        if violation.rule.code != "LNT001":
            # (A directive of HTML is a comment, in the file but not in the text: LNT001's
            # position is the comment's, and its text span is empty.)
            assert violation.start == document.file_position(span.start)
        assert violation.start.line <= len(lines) + 1
    for record in quotation_records(document):
        assert written[record.offset : record.end_offset] == record.text
        assert record.text  # a quotation holds at least its marks


@given(first=TEXTS, second=TEXTS)
def test_output_is_the_same_every_time_and_in_any_order(
    tmp_path_factory: pytest.TempPathFactory, first: str, second: str
) -> None:
    directory = tmp_path_factory.mktemp("posts")
    a, b = directory / "a.md", directory / "b.txt"
    a.write_text(first, encoding="utf-8", errors="surrogatepass")
    b.write_text(second, encoding="utf-8", errors="surrogatepass")
    digests = {path: hashlib.sha256(path.read_bytes()).hexdigest() for path in (a, b)}
    outputs = [
        _json_findings(str(a), str(b)),
        _json_findings(str(b), str(a)),
        _json_findings(str(a), str(b)),
    ]
    assert outputs[0] == outputs[1] == outputs[2]
    assert {path: hashlib.sha256(path.read_bytes()).hexdigest() for path in (a, b)} == digests


def _json_findings(*paths: str) -> str:
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        main(["check", "--format", "json", "--isolated", *paths])
    return out.getvalue()


def test_linting_the_corpus_changes_no_file(tmp_path: Path) -> None:
    from conftest import FIXTURES, SEED

    files = [SEED, *sorted(FIXTURES.iterdir())]
    before = {
        path: hashlib.sha256(path.read_bytes()).hexdigest() for path in files if path.is_file()
    }
    main(["check", "--format", "json", "--exit-zero", str(SEED), str(FIXTURES)])
    after = {
        path: hashlib.sha256(path.read_bytes()).hexdigest() for path in files if path.is_file()
    }
    assert after == before
