"""Renderings of the quotation inventory (``citelint quotes``)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from citelint.inventory import QuotationRecord
from citelint.report.safe_json import dumps
from citelint.terminal import visible

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
    rows = [header]
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
    widths = [max(len(row[column]) for row in rows) for column in range(len(header) - 1)]
    lines = []
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        lines.append("  ".join([*cells, row[-1]]).rstrip())
    speech = [r for r in records if r.kind == "speech" and r.depth == 0]
    unattributed = sum(1 for r in speech if r.attributed is False)
    lines.append("")
    lines.append(
        f"{len(records)} quotations: {len(speech)} speech ({unattributed} unattributed), "
        f"{sum(r.kind == 'title' for r in records)} titles, "
        f"{sum(r.kind == 'term' for r in records)} terms."
    )
    return "\n".join(lines) + "\n"


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _EXCERPT_CHARS else flat[: _EXCERPT_CHARS - 1] + "…"
