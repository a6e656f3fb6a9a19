"""JSON Lines: one post per line, a JSON object whose ``text`` field holds the post.

``title`` titles the post and ``id`` identifies it in the findings (without a title, the id
titles it too); every other field is the post's metadata, so ``source`` or ``source_url``
credit it as front matter does. The field names can be changed (``--jsonl-field text=body``). The
text is plain text: paragraphs are separated by blank lines (``\\n\\n``). Findings are
reported at the line and column of the file where the text is, escapes (``\\u2019``, ``\\n``)
included. A line that is not a JSON object with a text field is reported and skipped; the
other lines are still linted; so is a line holding a value the standard library's JSON
decoder, which reads the values, cannot turn into Python (nesting deeper than the
interpreter's recursion limit, an integer of more than 4,300 digits).
"""

from __future__ import annotations

import json
from typing import Any

import regex

from citelint.document import (
    NO_METADATA,
    DecodedText,
    Document,
    LineIndex,
    Post,
    Span,
    line_starts,
)
from citelint.readers import JsonLinesFields
from citelint.readers.plain import first_line_title, shorten

_DECODER = json.JSONDecoder()
_WHITESPACE = regex.compile(r"[ \t\n\r]*")
_ESCAPE = regex.compile(r"\\(?:u[0-9a-fA-F]{4}(?:\\u[dD][c-fC-F][0-9a-fA-F]{2})?|.)", regex.DOTALL)
_PARAGRAPH_BREAK = "\n\n"


class _LineError(Exception):
    pass


def read(path: str, text: str, fields: JsonLinesFields | None = None) -> Document:
    names = fields or JsonLinesFields()
    not_metadata = {names.text, names.title}
    out = DecodedText(text)
    posts: list[Post] = []
    problems: list[str] = []
    starts = line_starts(text)
    for number, line in enumerate(LineIndex(text, starts), start=1):
        if not text[line.start : line.end].strip():
            continue
        try:
            record, value_span = _record(text, line, names.text)
        except _LineError as error:
            problems.append(f"{path}:{number}: {error}; line skipped")
            continue
        if out.length:
            out.decoded(_PARAGRAPH_BREAK, line.start, line.start)
        start = out.length
        _decode_string(out, text, value_span)
        if out.length == start:
            continue
        identifier = record.get(names.identifier)
        identifier = None if identifier is None else str(identifier)
        title = record.get(names.title)
        title = " ".join(title.split()) if isinstance(title, str) else ""
        metadata = {key: value for key, value in record.items() if key not in not_metadata}
        posts.append(
            Post(
                title=shorten(title)
                if title
                else identifier or first_line_title(record[names.text]),
                prose=(Span(start, out.length),),
                # Most lines have no other field: one empty mapping serves them all.
                metadata=metadata or NO_METADATA,
                identifier=identifier,
            )
        )
    decoded = out.text()
    return Document(
        path=path,
        decoded=decoded,
        text=decoded,
        posts=tuple(posts),
        line_starts=starts,
        file_text=text,
        offsets=out.offset_map(),
        problems=tuple(problems),
    )


def _record(text: str, line: Span, text_field: str) -> tuple[dict[str, Any], Span]:
    """The line's object, and where its text field's string (quotes included) is."""
    index = _WHITESPACE.match(text, line.start, line.end).end()  # type: ignore[union-attr]
    if not text.startswith("{", index):
        raise _LineError("not a JSON object")
    record: dict[str, Any] = {}
    found: Span | None = None
    index += 1
    value_start = index
    try:
        while True:
            index = _skip(text, index, line.end)
            if text.startswith("}", index):
                index += 1
                break
            if record:
                if not text.startswith(",", index):
                    raise _LineError(
                        f"not valid JSON: expected ',' at column {index - line.start + 1}"
                    )
                index = _skip(text, index + 1, line.end)
            if not text.startswith('"', index):
                raise _LineError(
                    f"not valid JSON: expected a key at column {index - line.start + 1}"
                )
            key, index = json.decoder.scanstring(text, index + 1)  # type: ignore[attr-defined]
            index = _skip(text, index, line.end)
            if not text.startswith(":", index):
                raise _LineError(f"not valid JSON: expected ':' at column {index - line.start + 1}")
            value_start = _skip(text, index + 1, line.end)
            value, index = _DECODER.raw_decode(text, value_start)
            if index > line.end:
                raise _LineError("not valid JSON: a value runs past the end of the line")
            record[key] = value
            if key == text_field:
                found = Span(value_start, index) if isinstance(value, str) else None
    except json.JSONDecodeError as error:
        column = error.pos - line.start + 1
        raise _LineError(f"not valid JSON: {error.msg} (column {column})") from None
    except RecursionError:
        # The decoder recurses once per level of nesting, and stops at the interpreter's limit.
        column = value_start - line.start + 1
        raise _LineError(f"a value nested too deeply to read (column {column})") from None
    except ValueError:
        # The only other ValueError the decoder raises: int() refusing too many digits.
        column = value_start - line.start + 1
        raise _LineError(f"a number too long to read (column {column})") from None
    if _skip(text, index, line.end) != line.end:
        raise _LineError("not valid JSON: text after the object")
    if found is None:
        kind = "no" if text_field not in record else "a non-string"
        raise _LineError(f"{kind} '{text_field}' field")
    return record, found


def _skip(text: str, index: int, end: int) -> int:
    return _WHITESPACE.match(text, index, end).end()  # type: ignore[union-attr]


def _decode_string(out: DecodedText, text: str, span: Span) -> None:
    """Append the JSON string at ``span`` (quotes included), escape by escape."""
    cursor, end = span.start + 1, span.end - 1
    for escape in _ESCAPE.finditer(text, cursor, end):
        out.copy(cursor, escape.start())
        decoded = json.loads(f'"{escape.group()}"')
        if "\ud800" <= decoded <= "\udfff":
            decoded = "\ufffd"  # a lone surrogate cannot be written out again as UTF-8
        out.decoded(decoded, escape.start(), escape.end())
        cursor = escape.end()
    out.copy(cursor, end)
