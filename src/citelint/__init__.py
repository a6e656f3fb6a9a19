"""citelint: a source-attribution and citation linter for news and blog posts."""

from __future__ import annotations

__version__ = "0.1.0"
# Where the project's own documentation is (pyproject.toml's Documentation URL; a test keeps
# the two the same): reports that link to the tool, such as SARIF, point here.
DOCUMENTATION_URL = "https://pypi.org/project/citelint-news/"
