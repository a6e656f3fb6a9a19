"""Offsets map back to 1-based line and column, counted in characters."""

from __future__ import annotations

import pytest

from citelint.errors import InputError
from citelint.readers import decode, read_document
from conftest import problems

BAD_LINE = "He said “stop."


@pytest.mark.parametrize(
    ("prefix", "expected_column"),
    [
        ("", 9),
        ("\t", 10),  # a tab is one character
        ("😀 ", 11),  # a character outside the BMP is one character
        ("é", 10),
    ],
)
def test_columns_count_characters(prefix: str, expected_column: int) -> None:
    assert problems(f"Title\n\n{prefix}{BAD_LINE}") == [(3, expected_column, "QUO001")]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_lines_with_any_line_ending(newline: str) -> None:
    text = newline.join(["Title", "", "First.", "", BAD_LINE, ""])
    assert problems(text) == [(5, 9, "QUO001")]


def test_utf8_bom_is_not_a_column() -> None:
    data = b"\xef\xbb\xbf" + f"{BAD_LINE}\n".encode()
    document = read_document("post.txt", data)
    assert document.decoded.startswith("He said")
    assert problems(document.decoded) == [(1, 9, "QUO001")]


def test_invalid_utf8_names_the_byte_offset() -> None:
    with pytest.raises(
        InputError, match=r"post.txt: not valid UTF-8 \(first bad byte 0xff at byte offset 6\)"
    ):
        decode("post.txt", b"Hello \xff world")


def test_binary_file_is_refused() -> None:
    with pytest.raises(InputError, match="binary file"):
        decode("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00")


def test_markdown_blanking_keeps_every_offset(tmp_path: object) -> None:
    from conftest import FIXTURES

    source = (FIXTURES / "2015-02-24-how-to-use-github-and-the-terminal-a-guide.md").read_text(
        encoding="utf-8"
    )
    document = read_document("guide.md", source.encode())
    assert len(document.text) == len(document.decoded)
    assert document.text.count("\n") == document.decoded.count("\n")
    assert "{{" not in document.text and "<img" not in document.text
    assert "title:" not in document.text  # front matter
    assert problems(source, path="guide.md") == []


def test_real_post_mixing_front_matter_html_liquid_and_code_reports_at_the_right_place() -> None:
    from conftest import FIXTURES

    source = (FIXTURES / "2016-05-12-introducing-18fs-new-visual-identity.md").read_text(
        encoding="utf-8"
    )
    assert problems(source, path="identity.md") == []
    # Cut the opening mark of a real quotation and the finding lands on its closing mark.
    line = "Eric continued, “We retained the square shape in our refresh as a nod to"
    assert line in source
    cut = source.replace(line, line.replace("“", ""))
    [(found_line, column, code)] = problems(cut, path="identity.md")
    assert code == "QUO002"
    assert cut.splitlines()[found_line - 1][column - 1] == "”"
