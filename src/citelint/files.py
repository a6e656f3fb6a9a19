"""The one way citelint reads a file and the one way it writes one.

Reading: posts, rule files, configuration, baselines, originals and standard input all come
through ``read_bytes``/``read_stream``. Only regular files are read (a FIFO would block the
run, a device such as ``/dev/zero`` never end), each kind of file has its own size limit
(checked on the open file, and again while reading, since a file can grow), and every
failure is one ``CitelintError`` of the kind's class whose message starts with the path.

Writing: baselines and reports come through ``write_text``, which writes a temporary file in
the same directory and renames it into place, so that an interrupted run (Ctrl-C, SIGTERM, a
full disk) leaves the previous file or the complete new one, never a torn one, and two runs
writing the same file leave one of the two whole. It refuses to write over a file the same
run reads.
"""

from __future__ import annotations

import errno
import os
import signal
import stat
import tempfile
import threading
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from citelint.errors import (
    CitelintError,
    ConfigError,
    ConventionsError,
    InputError,
    OutputError,
    RuleError,
    UnreadablePathError,
)
from citelint.words import count

MEGABYTE = 1024 * 1024


@dataclass(frozen=True)
class FileKind:
    """What a file is to citelint: how to name it, how large it may be, which error it
    raises."""

    noun: str
    max_bytes: int
    error: type[CitelintError]
    # Said after the size: how a user reads a larger file, if they can.
    raise_limit: str = ""


# Larger posts are refused unless --max-file-size says otherwise: a post is rarely more than
# a few hundred kilobytes, and an archive of 64 MB already takes a while.
POST = FileKind(
    "file", 64 * MEGABYTE, InputError, "; raise it with --max-file-size"
)  # fmt: skip
ORIGINAL = FileKind("original", 64 * MEGABYTE, InputError)
# The largest built-in rule file is 12 KB and a configuration a few hundred bytes: a megabyte
# is generous, and keeps a file linked to something huge from being read at all.
RULE_FILE = FileKind("rule file", MEGABYTE, RuleError)
CONFIGURATION = FileKind("configuration", MEGABYTE, ConfigError)
CONVENTIONS_FILE = FileKind("conventions file", MEGABYTE, ConventionsError)
# A baseline entry is about 250 bytes: this holds about a million findings.
BASELINE = FileKind("baseline", 256 * MEGABYTE, ConfigError)

# Paths longer than this are shortened in messages; the file system refuses them anyway.
_SHOWN_PATH_CHARS = 160


def shown_path(path: str | os.PathLike[str]) -> str:
    """``path`` as a message shows it: whole, unless it is too long to read."""
    text = os.fspath(path)
    if len(text) <= _SHOWN_PATH_CHARS:
        return text
    return f"{text[:100]}…{text[-50:]} ({len(text)} characters)"


def _megabytes(size: int) -> str:
    """A size as a user reads it: 1.5 MB, 12 KB, 900 bytes (never "0.0 MB")."""
    if size >= MEGABYTE // 10:
        return f"{size / MEGABYTE:.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return count(size, "byte")


def os_reason(error: OSError, path: str | os.PathLike[str] | None = None) -> str:
    """What went wrong, as a user would say it."""
    code = error.errno
    if code == errno.ENOENT:
        if path is not None and os.path.islink(path):
            return "a symbolic link to nothing"
        return "no such file or directory"
    if code in {errno.EACCES, errno.EPERM}:
        return "permission denied"
    if code == errno.ELOOP:
        return "a loop of symbolic links"
    if code == errno.ENAMETOOLONG:
        return "the path is too long for the file system"
    if code == errno.EISDIR:
        return "is a directory"
    if code == errno.ENOTDIR:
        return "a part of the path is not a directory"
    return (error.strerror or str(error)).lower()


def _error(path: str | os.PathLike[str], kind: FileKind, reason: str) -> CitelintError:
    error_type = kind.error
    if error_type is InputError and reason in _UNREADABLE_REASONS:
        error_type = UnreadablePathError
    return error_type.at(shown_path(path), reason)


# A post that cannot be opened at all, as opposed to one that opened but is not text: the
# first makes the run exit 2 even when other files were linted.
_UNREADABLE_REASONS = frozenset(
    {
        "no such file or directory",
        "a symbolic link to nothing",
        "permission denied",
        "a loop of symbolic links",
        "the path is too long for the file system",
        "is a directory",
        "a part of the path is not a directory",
    }
)


def _describe_type(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "is a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def read_bytes(path: str | os.PathLike[str], kind: FileKind, max_bytes: int | None = None) -> bytes:
    """The bytes of the regular file at ``path``, at most ``max_bytes`` (else the kind's
    limit); anything else is the kind's error, naming the file."""
    limit = kind.max_bytes if max_bytes is None else max_bytes
    # O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused just after.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        descriptor = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        raise _error(path, kind, os_reason(error, path)) from None
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            reason = _describe_type(status.st_mode)
            if reason != "is a directory":
                reason += f", not a regular file; not read as a {kind.noun}"
            raise _error(path, kind, reason)
        if status.st_size > limit:
            raise _too_large(path, kind, status.st_size, limit)
        with open(descriptor, "rb", buffering=0, closefd=False) as file:
            data = _read_at_most(file, limit)
    except OSError as error:
        raise _error(path, kind, os_reason(error, path)) from None
    finally:
        os.close(descriptor)
    if len(data) > limit:  # it grew while being read
        raise _too_large(path, kind, len(data), limit)
    return data


def read_stream(stream: BinaryIO, name: str, kind: FileKind, max_bytes: int | None = None) -> bytes:
    """At most ``max_bytes`` of ``stream`` (standard input), never more, however much
    comes."""
    limit = kind.max_bytes if max_bytes is None else max_bytes
    try:
        data = _read_at_most(stream, limit)
    except OSError as error:
        raise _error(name, kind, os_reason(error)) from None
    if len(data) > limit:
        raise kind.error.at(
            shown_path(name),
            f"more than the largest {kind.noun} citelint reads "
            f"({_megabytes(limit)}){kind.raise_limit}",
        )
    return data


def _read_at_most(stream: BinaryIO, limit: int) -> bytes:
    """Up to ``limit + 1`` bytes: one more than allowed says the stream is too long."""
    chunks: list[bytes] = []
    remaining = limit + 1
    while remaining > 0:
        chunk = stream.read(min(remaining, MEGABYTE))
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def _too_large(
    path: str | os.PathLike[str], kind: FileKind, size: int, limit: int
) -> CitelintError:
    return kind.error.at(
        shown_path(path),
        f"{_megabytes(size)} is more than the largest {kind.noun} citelint "
        f"reads ({_megabytes(limit)}){kind.raise_limit}",
    )


def read_text(path: str | os.PathLike[str], kind: FileKind) -> str:
    """The file as UTF-8 text (a leading byte-order mark dropped)."""
    data = read_bytes(path, kind)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise kind.error.at(
            shown_path(path),
            f"not valid UTF-8 (first bad byte 0x{data[error.start]:02x} at "
            f"byte offset {error.start})",
        ) from None


def is_regular_file(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is a regular file (following links); never raises."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def is_directory(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is a directory (following links); never raises."""
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def same_file_key(path: str | os.PathLike[str]) -> str:
    return os.path.normcase(os.path.realpath(path))


def refuse_overwriting_input(path: Path, reads: Collection[str], noun: str = "file") -> None:
    """``OutputError`` if ``path`` is one of the files the run ``reads``."""
    target = same_file_key(path)
    if any(same_file_key(read) == target for read in reads):
        raise OutputError(
            f"{shown_path(path)}: is one of the files this run reads; not overwritten with the "
            f"{noun}"
        )


def toml_files(directory: Path, kind: FileKind) -> list[Path]:
    """The ``*.toml`` files of a directory of rule or conventions files, sorted; a path that
    is not a readable directory, or holds none, is ``kind``'s error, in one line."""
    try:
        if not stat.S_ISDIR(os.stat(directory).st_mode):
            raise kind.error.at(shown_path(directory), "is not a directory")
        files = sorted(directory.glob("*.toml"))
    except OSError as error:
        raise kind.error.at(shown_path(directory), os_reason(error, directory)) from None
    if not files:
        raise kind.error.at(shown_path(directory), f"no {kind.noun}s (*.toml) in this directory")
    return files


def write_text(
    path: Path, text: str | Iterable[str], *, reads: Collection[str] = (), noun: str = "file"
) -> None:
    """Write ``text`` (UTF-8; a string, or its pieces in order) to ``path`` whole or not at
    all; ``reads`` are the files this run read, which it must not overwrite."""
    pieces = (text,) if isinstance(text, str) else text
    refuse_overwriting_input(path, reads, noun)
    directory = path.parent if str(path.parent) else Path(".")
    try:
        existing = os.stat(path).st_mode
    except OSError:
        existing = None
    try:
        if existing is not None and stat.S_ISDIR(existing):
            raise OutputError(f"{shown_path(path)}: is a directory; cannot write the {noun}")
        if existing is not None and not stat.S_ISREG(existing):
            # A device or a FIFO (-o /dev/null, -o /dev/stdout) is written to, never replaced:
            # renaming a file onto /dev/null would turn it into a regular file.
            with open(path, "wb") as stream:
                for piece in pieces:
                    stream.write(piece.encode("utf-8"))
            return
        mode = _mode_for(path)
        with _temporary_beside(path, directory) as (file, temporary):
            # Ctrl-C while the pieces are made and written removes the temporary file;
            # only the last steps, which make it the file, wait for a signal.
            for piece in pieces:
                file.write(piece.encode("utf-8"))
            file.flush()
            with _signals_held():
                os.fsync(file.fileno())
                os.chmod(temporary, mode)
                os.replace(temporary, path)
    except OSError as error:
        raise OutputError(
            f"{shown_path(path)}: cannot write the {noun} ({os_reason(error)})"
        ) from None


def append_text(path: Path, text: str, *, reads: Collection[str] = (), noun: str = "file") -> None:
    """Add ``text`` (UTF-8) at the end of ``path``, which other writers add to as well (a
    GitHub job summary); ``reads`` are the files this run read, which it must not change."""
    refuse_overwriting_input(path, reads, noun)
    try:
        with open(path, "ab") as stream:
            stream.write(text.encode("utf-8"))
    except OSError as error:
        raise OutputError(
            f"{shown_path(path)}: cannot write the {noun} ({os_reason(error)})"
        ) from None


@contextmanager
def _signals_held() -> Iterator[None]:
    """Ctrl-C and SIGTERM wait while the file is written and renamed, and take effect just
    after: the write is short, and stopping in its middle would leave a temporary file."""
    if not hasattr(signal, "pthread_sigmask") or (
        threading.current_thread() is not threading.main_thread()
    ):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _mode_for(path: Path) -> int:
    """The existing file's permissions, or those a new file gets under the umask."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextmanager
def _temporary_beside(path: Path, directory: Path) -> Iterator[tuple[BinaryIO, str]]:
    """A new file next to ``path`` (so the rename stays on one file system), removed unless
    it was renamed into place, whatever ends the write: an error, Ctrl-C or SIGTERM."""
    descriptor, temporary = tempfile.mkstemp(
        prefix=f".{path.name[:50]}.", suffix=".tmp", dir=directory
    )
    try:
        with open(descriptor, "wb") as file:
            yield file, temporary
    finally:
        with suppress(FileNotFoundError):
            os.unlink(temporary)
