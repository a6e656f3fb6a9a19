"""Each rule's page in docs/rules/ is what its rule file says (issue 17): regenerate them
with ``python -m citelint.rule_docs docs/rules`` after changing a rule file."""

from __future__ import annotations

from citelint.rule_docs import builtin_pages
from conftest import ROOT

PAGES = ROOT / "docs" / "rules"


def test_every_rule_has_its_current_page_and_no_page_is_stale() -> None:
    expected = builtin_pages()
    written = {path.name: path.read_text(encoding="utf-8") for path in PAGES.glob("*.md")}
    written.pop("README.md", None)
    assert sorted(written) == sorted(expected)
    stale = [name for name, page in expected.items() if written[name] != page]
    assert stale == [], f"regenerate: python -m citelint.rule_docs docs/rules ({stale})"


def test_the_rules_index_links_every_page() -> None:
    index = (PAGES / "README.md").read_text(encoding="utf-8")
    for name in builtin_pages():
        assert f"]({name})" in index
