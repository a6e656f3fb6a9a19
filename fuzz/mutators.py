"""A mutation that makes inputs big in the ways parsers and linters break: repetition.

libFuzzer's own mutations change a few bytes at a time, so in a few thousand executions a
second (Python is slow) it never writes a 3,000-deep array, a 5,000-digit integer or a file
of 10,000 quoted paragraphs: the inputs that find parser limits (recursion, Python's limit on
converting digits) and superlinear costs (a scan per quotation to the end of the file). Some
of the time this mutator does one of those instead: repeat a slice many times, nest a slice
in brackets many levels deep, lengthen a number, repeat a line or a paragraph. The counts
are drawn log-uniformly, so small and huge ones both come up. Everything else is libFuzzer's.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable

# How often a mutation is one of these rather than libFuzzer's own.
AMPLIFY_SHARE = 0.2
# Brackets that nest in the formats read: TOML, YAML and JSON arrays and tables, HTML
# elements, Markdown block quotes and lists, quotation marks.
NESTINGS: tuple[tuple[bytes, bytes], ...] = (
    (b"[", b"]"), (b"{", b"}"), (b'{"a": ', b"}"), (b"{a = ", b"}"), (b"{a: ", b"}"),
    (b"<div>", b"</div>"), (b"<blockquote>", b"</blockquote>"), (b"<p>", b""), (b"> ", b""),
    (b"- ", b""), (b"  ", b""), ("“".encode(), "”".encode()), ("‘".encode(), "’".encode()),
    (b"(", b")"), (b"<![CDATA[", b"]]>"), (b"<!--", b"-->"),
)  # fmt: skip
_DIGITS = re.compile(rb"[0-9]+")
_LINE = re.compile(rb"[^\n]*\n|[^\n]+\Z")
_PARAGRAPH = re.compile(rb"(?:[^\n]+\n?)+(?:\n|\Z)")

Mutate = Callable[[bytes, int], bytes]


def _count(chooser: random.Random, largest: int) -> int:
    """A count from 2 to ``largest``, log-uniform."""
    if largest <= 2:
        return 2
    return int(math.exp(chooser.uniform(math.log(2), math.log(largest))))


def _slice(data: bytes, chooser: random.Random, longest: int) -> tuple[int, int]:
    start = chooser.randrange(len(data))
    return start, min(len(data), start + chooser.randint(1, longest))


def repeat_slice(data: bytes, chooser: random.Random, max_size: int) -> bytes:
    start, end = _slice(data, chooser, 16)
    unit = data[start:end]
    times = _count(chooser, (max_size - len(data)) // len(unit))
    return data[:end] + unit * times + data[end:]


def nest(data: bytes, chooser: random.Random, max_size: int) -> bytes:
    opening, closing = chooser.choice(NESTINGS)
    start, end = _slice(data, chooser, 64)
    room = (max_size - len(data)) // (len(opening) + len(closing))
    times = _count(chooser, min(room, 10_000))
    return data[:start] + opening * times + data[start:end] + closing * times + data[end:]


def lengthen_number(data: bytes, chooser: random.Random, max_size: int) -> bytes:
    numbers = list(_DIGITS.finditer(data))
    if not numbers:
        return repeat_slice(data, chooser, max_size)
    number = chooser.choice(numbers)
    digits = _count(chooser, min(max_size - len(data) + len(number[0]), 10_000))
    new = bytes(chooser.choice(b"123456789") for _ in range(digits))
    return data[: number.start()] + new + data[number.end() :]


def repeat_block(data: bytes, chooser: random.Random, max_size: int) -> bytes:
    pattern = _PARAGRAPH if chooser.random() < 0.5 else _LINE
    blocks = list(pattern.finditer(data))
    if not blocks:
        return repeat_slice(data, chooser, max_size)
    block = chooser.choice(blocks)[0]
    if not block.endswith(b"\n"):
        block += b"\n"
    times = _count(chooser, (max_size - len(data)) // len(block))
    where = chooser.choice([found.end() for found in blocks])
    return data[:where] + block * times + data[where:]


AMPLIFIERS = (repeat_slice, nest, lengthen_number, repeat_block)


def amplify(data: bytes, max_size: int, seed: int, default: Mutate, prefix: int = 0) -> bytes:
    """libFuzzer's custom-mutator entry: mostly ``default`` (libFuzzer's own mutation),
    sometimes one of the amplifiers. The first ``prefix`` bytes (the target byte of the
    every-target mode) are left as they are."""
    head, body = data[:prefix], data[prefix:]
    chooser = random.Random(seed)
    room = max_size - len(head)
    if len(body) < 2 or room <= len(body) + 2 or chooser.random() >= AMPLIFY_SHARE:
        return head + default(body, room)
    return head + chooser.choice(AMPLIFIERS)(body, chooser, room)[:room]
