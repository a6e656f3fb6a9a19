"""The engine's check kinds, registered in one explicit dict."""

from __future__ import annotations

from typing import Any

from citelint.kinds import (
    figure_source,
    file_not_linted,
    pattern,
    quote_attribution,
    quote_balance,
    source_tag,
    unused_suppression,
)
from citelint.kinds.base import Kind

KINDS: dict[str, Kind[Any]] = {
    source_tag.KIND.name: source_tag.KIND,
    quote_balance.KIND.name: quote_balance.KIND,
    quote_attribution.KIND.name: quote_attribution.KIND,
    figure_source.KIND.name: figure_source.KIND,
    unused_suppression.KIND.name: unused_suppression.KIND,
    file_not_linted.KIND.name: file_not_linted.KIND,
    pattern.KIND.name: pattern.KIND,
}
