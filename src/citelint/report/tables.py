"""Tables a person reads (citelint rules, citelint quotes), laid out by rich: columns as
wide as their widest cell as a terminal shows it (a CJK speaker's name takes two columns a
character), nothing wrapped, no borders, so that a line still greps and cuts as one row."""

from __future__ import annotations

import io
from collections.abc import Sequence

# Wide enough that no row is ever wrapped: a table is read whole, or piped.
_NO_WRAP_WIDTH = 100_000


def render_table(
    header: Sequence[str], rows: Sequence[Sequence[str]], *, color: bool = False
) -> str:
    """The rows under their header, two spaces between columns, the header bold when
    ``color``; each cell is shown as given (callers make file text ``visible`` first)."""
    from rich.console import Console  # noqa: PLC0415 - only the table commands need it
    from rich.table import Table  # noqa: PLC0415

    table = Table(
        *header,
        box=None,
        show_edge=False,
        pad_edge=False,
        padding=(0, 2, 0, 0),
        header_style="bold" if color else "",
        highlight=False,
    )
    for row in rows:
        table.add_row(*row)
    out = io.StringIO()
    console = Console(
        file=out,
        width=_NO_WRAP_WIDTH,
        force_terminal=color,
        color_system="standard" if color else None,
        highlight=False,
        markup=False,
        emoji=False,
    )
    console.print(table, overflow="ignore", crop=False, no_wrap=True)
    return "".join(line.rstrip() + "\n" for line in out.getvalue().splitlines())
