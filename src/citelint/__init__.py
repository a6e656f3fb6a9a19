"""citelint: a source-attribution and citation linter for news and blog posts."""

from __future__ import annotations

__version__ = "0.1.0"
