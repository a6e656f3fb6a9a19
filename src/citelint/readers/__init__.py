"""Reading files into documents: decoding, format detection and one reader per format."""

from __future__ import annotations

import codecs
import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from citelint.document import Document
from citelint.errors import InputError
from citelint.files import POST, FileKind, read_bytes

Reader = Callable[[str, str], Document]

# The formats by name (for --input-format) and the module whose ``read`` reads each; a
# module is imported when a file of its format is first read, so start-up stays lean.
FORMATS: dict[str, str] = {
    "text": "citelint.readers.plain",
    "markdown": "citelint.readers.markdown",
    "html": "citelint.readers.html",
    "wxr": "citelint.readers.wxr",
    "jsonl": "citelint.readers.jsonl",
}


@dataclass(frozen=True)
class JsonLinesFields:
    """The names of the fields citelint reads from each JSON line."""

    text: str = "text"
    title: str = "title"
    identifier: str = "id"


JSON_LINES_KEYS = {"text": "text", "title": "title", "id": "identifier"}


def json_lines_fields(assignments: Sequence[str]) -> JsonLinesFields:
    """Field names from ``KEY=NAME`` assignments (``text=body``); ``ValueError`` if bad."""
    names: dict[str, str] = {}
    for assignment in assignments:
        key, equals, name = assignment.partition("=")
        key, name = key.strip(), name.strip()
        if not equals or key not in JSON_LINES_KEYS or not name:
            keys = ", ".join(JSON_LINES_KEYS)
            raise ValueError(f"'{assignment}' is not KEY=NAME with KEY one of {keys}")
        names[JSON_LINES_KEYS[key]] = name
    return JsonLinesFields(**names)


def reader(input_format: str, jsonl_fields: JsonLinesFields | None = None) -> Reader:
    module = importlib.import_module(FORMATS[input_format])
    if input_format == "jsonl" and jsonl_fields is not None:
        return partial(module.read, fields=jsonl_fields)
    read: Reader = module.read
    return read


# The format of a file, by its suffix.
SUFFIXES: dict[str, str] = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xml": "wxr",
    ".jsonl": "jsonl",
}

LINTABLE_SUFFIXES = frozenset(SUFFIXES)

_UTF8_BOM = b"\xef\xbb\xbf"
# A NUL byte never occurs in text a person wrote; git uses the same test for binary files.
_BINARY_SNIFF_BYTES = 8000


def is_lintable(path: Path) -> bool:
    return path.suffix.lower() in LINTABLE_SUFFIXES


def check_encoding(name: str) -> str:
    """The codec's canonical name, or ``ValueError`` for an encoding Python does not know or
    one that does not decode bytes into text (base64, zlib, rot13)."""
    try:
        codec = codecs.lookup(name)
        # Only a text encoding encodes text (empty input is never checked, so not "").
        "a".encode(codec.name)
    except LookupError as error:
        if "not a text encoding" in str(error):
            raise ValueError(f"'{name}' is not a text encoding") from None
        raise ValueError(f"unknown encoding '{name}'") from None
    return codec.name


# A byte-order mark names its encoding; UTF-32's are tried first, since UTF-16's little-endian
# mark is the start of UTF-32's.
_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _marked_encoding(data: bytes) -> str | None:
    return next((name for mark, name in _BYTE_ORDER_MARKS if data.startswith(mark)), None)


def decode(path: str, data: bytes, encoding: str | None = None) -> str:
    """Decode UTF-8 text (a leading BOM is dropped), UTF-16 or UTF-32 text that starts with
    its byte-order mark, or ``encoding``; else ``InputError``.

    An ``encoding`` that writes ASCII as ASCII (cp1252, latin-1, Shift JIS…) is what the
    files that are not UTF-8 are in: a file that is valid UTF-8 is read as UTF-8 all the
    same, so that --encoding cp1252 on a folder of old and new posts does not turn the new
    ones' quotation marks into â€œ and hide their findings."""
    if encoding is not None and _is_ascii_compatible(encoding) and _is_utf8(data):
        encoding = None
    if encoding is None:
        encoding = _marked_encoding(data)
    if b"\x00" in data[:_BINARY_SNIFF_BYTES] and encoding is None:
        raise InputError(path, "binary file (contains NUL bytes), not text")
    if encoding is not None and check_encoding(encoding) not in {"utf-8", "utf-8-sig"}:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as error:
            raise InputError(
                path,
                f"not valid {encoding} (first bad byte 0x{data[error.start]:02x} at "
                f"byte offset {error.start})",
            ) from None
        # The UTF-16 and UTF-32 codecs drop the mark; one named by --encoding is kept.
        return text[1:] if text.startswith("\ufeff") else text
    bom_length = len(_UTF8_BOM) if data.startswith(_UTF8_BOM) else 0
    try:
        return data[bom_length:].decode("utf-8")
    except UnicodeDecodeError as error:
        offset = bom_length + error.start
        raise InputError(
            path,
            f"not valid UTF-8 (first bad byte 0x{data[offset]:02x} at byte offset "
            f"{offset}); if it is in another encoding, name it with --encoding (cp1252, latin-1)",
        ) from None


def _is_ascii_compatible(encoding: str) -> bool:
    try:
        return "citelint".encode(encoding) == b"citelint"
    except (LookupError, UnicodeError):
        return False


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def format_of(path: str) -> str | None:
    return SUFFIXES.get(Path(path).suffix.lower())


def read_document(
    path: str,
    data: bytes,
    input_format: str | None = None,
    encoding: str | None = None,
    jsonl_fields: JsonLinesFields | None = None,
) -> Document:
    """Turn the bytes of the file at ``path`` into a document, with the reader of
    ``input_format``, or else the one its suffix names."""
    name = input_format or format_of(path)
    if name is None:
        suffix = Path(path).suffix.lower()
        known = ", ".join(sorted(LINTABLE_SUFFIXES))
        raise InputError(
            path,
            f"cannot lint '{suffix or 'no suffix'}' files (citelint reads {known};"
            " --input-format names the format of any other file)",
        )
    text = decode(path, data, encoding)
    if "\x00" in text:
        raise InputError(path, "binary file (contains NUL bytes), not text")
    return reader(name, jsonl_fields)(path, text)


DEFAULT_MAX_FILE_BYTES = POST.max_bytes


def load_document(
    path: str,
    input_format: str | None = None,
    encoding: str | None = None,
    jsonl_fields: JsonLinesFields | None = None,
    max_bytes: int = DEFAULT_MAX_FILE_BYTES,
    kind: FileKind = POST,
) -> Document:
    """Read and parse the file at ``path``; every failure is an ``InputError`` naming it."""
    data = read_bytes(path, kind, max_bytes)
    return read_document(path, data, input_format, encoding, jsonl_fields)
