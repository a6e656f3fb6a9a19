"""Archived originals: the stories posts excerpt, indexed once per run, and the pairing of a
post with the original it excerpts.

Each post of each file under the sources directory (in any format citelint reads) is a
candidate original. They are indexed by word shingles: every run of ``SHINGLE_WORDS``
lower-cased words, hashed, of which only the hashes divisible by ``SAMPLE`` are kept (the same
ones in a post and in its original, since the choice depends only on the words), so the
index stays small for tens of thousands of documents. A post
is paired with the original that holds the largest share of its sampled shingles, when that
share reaches ``MIN_SHARE``; among originals close to the best, one whose outlet matches the
post's credit is preferred.

A post may name its original in its front matter (``source_file``), relative to the sources
directory. A name that leads outside the directory is refused, and nothing outside the
directory is ever read.
"""

from __future__ import annotations

import os
import zlib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from citelint.document import Document, Post, Span
from citelint.errors import internal_error_message
from citelint.files import ORIGINAL

SHINGLE_WORDS = 5
SAMPLE = 4
MIN_SHARE = 0.25
MIN_HITS = 2
# Within this share of the best, an original from the credited outlet wins.
OUTLET_MARGIN = 0.15
# A directory of originals is an outlet's archive, not a file system: the walk and the index
# stop here (indexing 10,000 originals takes about 8 s, and the index grows with the text).
MAX_ORIGINAL_FILES = 50_000
MAX_ORIGINAL_BYTES = 1024 * 1024 * 1024
MAX_DIRECTORY_ENTRIES = 500_000

_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)*")
_DATELINE_OUTLET = regex.compile(
    r"\b\p{Lu}{2,}[\p{Lu} ,.'’-]{0,40}\((?P<outlet>[\p{L}][\p{L} .&-]{0,40})\)\s*[-–—]"
)
_OUTLET_FIELDS = ("outlet", "publisher", "source", "site_name", "site")


def words_of(text: str) -> list[str]:
    """The words of ``text`` as the comparisons see them: lower case, ’ as '."""
    return _WORD.findall(text.lower().replace("’", "'"))


def word_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, Span]]:
    """Each word of ``text[start:end]`` (normalised as by ``words_of``) with its span."""
    stop = len(text) if end is None else end
    return [
        (match.group().lower().replace("’", "'"), Span(match.start(), match.end()))
        for match in _WORD.finditer(text, start, stop)
    ]


def shingles(words: Sequence[str]) -> set[int]:
    """The sampled shingle hashes of a run of words. Each word is hashed with CRC-32 and each
    run of words by Python's hash of the tuple of those numbers: both are the same in every
    process (the hash of a string is not), so a run pairs posts the same way every time."""
    codes = [zlib.crc32(word.encode("utf-8", "surrogatepass")) for word in words]
    windows = zip(*(codes[offset:] for offset in range(SHINGLE_WORDS)), strict=False)
    return {value for value in map(hash, windows) if value % SAMPLE == 0}


@dataclass
class Original:
    """One archived story: where it is, the outlet it records, and its prose."""

    path: str
    title: str | None
    outlet: str | None
    document: Document
    post: Post
    words: list[str] = field(repr=False, default_factory=list)
    # Analyses of the original, worked out on first use (its figures, per pattern set).
    cache: dict[Any, Any] = field(repr=False, default_factory=dict)

    @property
    def text(self) -> str:
        return self.document.text

    def prose_text(self) -> str:
        return "\n\n".join(self.text[span.start : span.end] for span in self.post.prose)


@dataclass(frozen=True)
class Pairing:
    """The original a post excerpts, and the share of the post's text found in it
    (``named``: the post named it in its front matter)."""

    original: Original
    share: float
    named: bool = False


class SourceArchive:
    """The originals under one directory, indexed; built once per run."""

    def __init__(self, directory: Path, originals: Sequence[Original], problems: Sequence[str]):
        self.directory = directory
        self.originals = list(originals)
        self.problems = list(problems)
        self._index: dict[int, list[int]] = {}
        self._by_path: dict[str, list[int]] = {}
        for number, original in enumerate(self.originals):
            for value in shingles(original.words):
                self._index.setdefault(value, []).append(number)
            key = os.path.normcase(os.path.realpath(original.document.path))
            self._by_path.setdefault(key, []).append(number)
        self._pairings: dict[tuple[str, int], Pairing | None] = {}

    @classmethod
    def of_documents(cls, directory: Path, documents: Sequence[Document]) -> SourceArchive:
        """An archive of documents already read (for tests and rule examples)."""
        return cls(directory, [o for document in documents for o in originals_of(document)], [])

    @classmethod
    def load(cls, directory: Path) -> SourceArchive:
        """Every readable file under ``directory``, up to ``MAX_ORIGINAL_FILES`` files and
        ``MAX_ORIGINAL_BYTES`` in all; the others are reported, not fatal."""
        from citelint.discovery import discover  # noqa: PLC0415 - only with --sources
        from citelint.errors import InputError  # noqa: PLC0415
        from citelint.readers import load_document  # noqa: PLC0415

        found = discover([str(directory)], max_entries=MAX_DIRECTORY_ENTRIES)
        problems = [str(problem) for problem in found.problems]
        originals: list[Original] = []
        root = os.path.realpath(directory)
        total_bytes = 0
        for number, path in enumerate(found.files):
            if number == MAX_ORIGINAL_FILES or total_bytes > MAX_ORIGINAL_BYTES:
                problems.append(
                    f"{directory}: more originals than citelint reads ({MAX_ORIGINAL_FILES:,} "
                    f"files or {MAX_ORIGINAL_BYTES // (1024 * 1024):,} MB); the rest, from "
                    f"{path} on, not read"
                )
                break
            if os.path.commonpath([root, os.path.realpath(path)]) != root:
                problems.append(f"{path}: a link to a file outside {directory}; it is not read")
                continue
            try:
                document = load_document(path, kind=ORIGINAL)
            except InputError as error:
                problems.append(str(error))
                continue
            except Exception as error:
                # A bug met on one original leaves that original out, not every post.
                problems.append(internal_error_message(path, "reading", error))
                continue
            total_bytes += len(document.written)
            originals.extend(originals_of(document))
        return cls(directory, originals, problems)

    def pair(self, document: Document, post: Post, credit: str | None = None) -> Pairing | None:
        key = (document.path, document.posts.index(post) if post in document.posts else -1)
        if key in self._pairings:
            return self._pairings[key]
        pairing = self._named(document, post)
        if pairing is None and post.metadata.get("source_file") is None:
            pairing = self._best(document, post, credit)
        self._pairings[key] = pairing
        return pairing

    def candidates(self, document: Document, post: Post) -> list[tuple[Original, float]]:
        """Every original sharing text with the post, best first, with its share."""
        words = words_of(_post_text(document, post))
        sampled = shingles(words)
        if not sampled:
            return []
        hits: Counter[int] = Counter()
        for value in sampled:
            for number in self._index.get(value, ()):
                hits[number] += 1
        own = os.path.normcase(os.path.realpath(document.path))
        return [
            (self.originals[number], count / len(sampled))
            for number, count in hits.most_common()
            if count >= MIN_HITS and number not in self._by_path.get(own, ())
        ]

    def _best(self, document: Document, post: Post, credit: str | None) -> Pairing | None:
        ranked = [item for item in self.candidates(document, post) if item[1] >= MIN_SHARE]
        if not ranked:
            return None
        best, share = ranked[0]
        if credit:
            wanted = credit.casefold()
            for original, other_share in ranked:
                if other_share < share - OUTLET_MARGIN:
                    break
                if original.outlet and original.outlet.casefold() == wanted:
                    return Pairing(original, other_share)
        return Pairing(best, share)

    def _named(self, document: Document, post: Post) -> Pairing | None:
        """The original the post names (``source_file``), inside the directory only."""
        name = post.metadata.get("source_file")
        if name is None:
            return None
        if not isinstance(name, str) or not name.strip():
            self.problems.append(f"{document.path}: source_file must be a file name")
            return None
        root = os.path.realpath(self.directory)
        target = os.path.realpath(os.path.join(root, name))
        if os.path.commonpath([root, target]) != root or os.path.isabs(name):
            self.problems.append(
                f"{document.path}: source_file '{name}' is outside the sources directory "
                f"{self.directory}; it is not read"
            )
            return None
        numbers = self._by_path.get(os.path.normcase(target))
        if not numbers:
            self.problems.append(
                f"{document.path}: source_file '{name}' is not an original in {self.directory}"
            )
            return None
        original = self.originals[numbers[0]]
        sampled = shingles(words_of(_post_text(document, post)))
        shared = len(sampled & shingles(original.words)) / len(sampled) if sampled else 0.0
        return Pairing(original, shared, named=True)


def originals_of(document: Document) -> list[Original]:
    found = []
    for post in document.posts:
        prose = _post_text(document, post)
        found.append(
            Original(
                path=document.path,
                title=post.title,
                outlet=_outlet(post.metadata, prose),
                document=document,
                post=post,
                words=words_of(prose),
            )
        )
    return found


def _post_text(document: Document, post: Post) -> str:
    return "\n\n".join(document.text[span.start : span.end] for span in post.prose)


def _outlet(metadata: Mapping[str, object], prose: str) -> str | None:
    for key in _OUTLET_FIELDS:
        value = metadata.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    match = _DATELINE_OUTLET.search(prose, 0, 3000)
    return None if match is None else match.group("outlet").strip()


_BRACKETED = regex.compile(r"\[(?P<outlet>[^\[\]\r\n]{1,120})\]")


def credited_outlet(document: Document, post: Post) -> str | None:
    """The outlet a post credits, as far as pairing needs it: its source field, a bracketed
    last line, or a dateline."""
    for key in ("source", "via"):
        value = post.metadata.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    prose = _post_text(document, post).strip()
    last_line = prose.rsplit("\n", 1)[-1].strip()
    match = _BRACKETED.fullmatch(last_line)
    if match is not None:
        return match.group("outlet").strip()
    dateline = _DATELINE_OUTLET.search(prose, 0, 3000)
    return None if dateline is None else dateline.group("outlet").strip()
