"""Reading files into documents: decoding, format detection and one reader per format."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from citelint.document import Document
from citelint.errors import InputError, UnreadablePathError
from citelint.readers import markdown, plain

Reader = Callable[[str, str], Document]

READERS: dict[str, Reader] = {
    ".txt": plain.read,
    ".md": markdown.read,
    ".markdown": markdown.read,
}

LINTABLE_SUFFIXES = frozenset(READERS)

_UTF8_BOM = b"\xef\xbb\xbf"
# A NUL byte never occurs in text a person wrote; git uses the same test for binary files.
_BINARY_SNIFF_BYTES = 8000


def is_lintable(path: Path) -> bool:
    return path.suffix.lower() in LINTABLE_SUFFIXES


def decode(path: str, data: bytes) -> str:
    """Decode UTF-8 text (a leading BOM is dropped) or raise ``InputError``."""
    if b"\x00" in data[:_BINARY_SNIFF_BYTES]:
        raise InputError(f"{path}: binary file (contains NUL bytes), not text")
    bom_length = len(_UTF8_BOM) if data.startswith(_UTF8_BOM) else 0
    try:
        return data[bom_length:].decode("utf-8")
    except UnicodeDecodeError as error:
        offset = bom_length + error.start
        raise InputError(
            f"{path}: not valid UTF-8 (first bad byte 0x{data[offset]:02x} at byte offset {offset})"
        ) from None


def read_document(path: str, data: bytes) -> Document:
    """Turn the bytes of the file at ``path`` into a document, choosing the reader by suffix."""
    suffix = Path(path).suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        known = ", ".join(sorted(LINTABLE_SUFFIXES))
        raise InputError(
            f"{path}: cannot lint '{suffix or 'no suffix'}' files (citelint reads {known})"
        )
    text = decode(path, data)
    if "\x00" in text:
        raise InputError(f"{path}: binary file (contains NUL bytes), not text")
    return reader(path, text)


def load_document(path: str) -> Document:
    """Read and parse the file at ``path``; every failure is an ``InputError`` naming it."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise UnreadablePathError(f"{path}: no such file or directory") from None
    except IsADirectoryError:
        raise UnreadablePathError(f"{path}: is a directory") from None
    except PermissionError:
        raise UnreadablePathError(f"{path}: permission denied") from None
    except OSError as error:
        raise UnreadablePathError(f"{path}: cannot read ({error.strerror or error})") from None
    return read_document(path, data)
