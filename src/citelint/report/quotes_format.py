"""Renderings of the quotation inventory (``citelint quotes``)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from citelint.inventory import QuotationRecord
from citelint.report.safe_json import dumps
from citelint.report.tables import render_table
from citelint.terminal import visible
from citelint.words import count

_EXCERPT_CHARS = 70


def render_json(records: Sequence[QuotationRecord]) -> str:
    """Every value exact, ``text`` the file's slice at its offsets (invisible characters
    written as JSON escapes)."""
    return dumps([dataclasses.asdict(r) for r in records]) + "\n"


def render_text(records: Sequence[QuotationRecord]) -> str:
    """A table: where, kind, attributed, speaker, and the quotation's first words."""
    if not records:
        return "No quotations found.\n"
    header = ("LOCATION", "KIND", "ATTRIBUTED", "SPEAKER", "QUOTATION")
    rows = []
    for record in records:
        attributed = "-" if record.attributed is None else "yes" if record.attributed else "NO"
        # Escaped before the widths are measured, so the columns line up as shown.
        rows.append(
            (
                visible(f"{record.path}:{record.line}:{record.column}"),
                ("  " * record.depth) + record.kind,
                attributed,
                visible(record.speaker or "-"),
                visible(_excerpt(record.text)),
            )
        )
    speech = [r for r in records if r.kind == "speech" and r.depth == 0]
    unattributed = sum(1 for r in speech if r.attributed is False)
    titles = sum(r.kind == "title" for r in records)
    terms = sum(r.kind == "term" for r in records)
    return (
        render_table(header, rows)
        + "\n"
        + f"{count(len(records), 'quotation')}: {len(speech)} speech ({unattributed} "
        f"unattributed), {count(titles, 'title')}, {count(terms, 'term')}.\n"
    )


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _EXCERPT_CHARS else flat[: _EXCERPT_CHARS - 1] + "…"
