"""The fuzz dictionaries: the tokens of each input format, from which
``fuzz/dictionaries/<target>.dict`` (libFuzzer's format) are written.

A mutation fuzzer rarely spells ``<content:encoded>``, ``!!timestamp`` or ``« `` (with its
narrow no-break space) by flipping bytes; given the word, it inserts it whole. Each target's
dictionary is the syntax of its format and the prose citelint reads in it (quotation marks of
every convention, cue words, credit lines, figures, directives). Run this file after changing
a list here: ``python fuzz/tokens.py`` rewrites every dictionary, and a test checks that the
committed ones are what it writes.
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

DICTIONARIES = Path(__file__).resolve().parent / "dictionaries"
# libFuzzer drops a dictionary entry longer than this.
MAX_ENTRY_BYTES = 64

NBSP, NNBSP = "\u00a0", "\u202f"

QUOTATION_MARKS = [
    "“", "”", "‘", "’", '"', "'", "«", "»", "‹", "›", "„", "‚", "``", "''", "‟", "‛",
    "«" + NBSP, NBSP + "»", "«" + NNBSP, NNBSP + "»", "‹" + NNBSP, NNBSP + "›", NBSP, NNBSP,
    "’90s", "don’t", "O’Neill", "defectors’ ", "rock ’n’ roll", "’til", "’em", "Durihana‘s",
    "don't", "'90s", "6'2\"", "12\" ", "‘‘", "’’", "“‘", "’”", "”.", ",”", "?”", "—”", "…”",
    "\n\n“", " “", "” ", "„…“", "»…«", "‚…‘", "“…,” said Kim.", "‘…’",
]  # fmt: skip
TYPOGRAPHY = [
    "—", "–", "…", " - ", "--", "\u2028", "\u2029", "\r\n", "\r", "\t", "\u200b", "\u200d",
    "\u200f", "\ufeff", "e\u0301", "😀", "\U00010000", "\n\n", "\n", " ", ".", ", ", ": ",
    "; ", "? ", "! ", "(", ")", "[", "]", "Mr. ", "U.S. ", "e.g. ", "St. ", "a.m.",
]  # fmt: skip
CUES = [
    " said ", " said.", ", said Kim.", " said Kim, ", ", he said.", ", she said.",
    " told Reuters.", " told reporters", " according to ", "According to ", " added.",
    " wrote: ", " writes:", " explained", " estimated", " reported", " the email read",
    "Kim said: ", "Roberts conceded that ", " in a statement", " in an interview", " a report",
    " a survey", " census", " data from ", " officials", " we ", "a spokesperson",
    "Kim", "Lee Hae-young", "the ministry",
]  # fmt: skip
CREDITS = [
    "[Reuters]", "(Reuters) – ", "(Reuters) - ", "SEOUL (Reuters) – ", "SEOUL, Jan 5 (AP) — ",
    "Source: ", "Via: ", "Sources: ", "Photo: ", "[AP]", "[Yonhap]", "[AFP]", "Reuters",
    "This post was originally published on ", "Cross-posted from ", "Originally posted at ",
    "Republished with permission from ", "(Photo: AFP)", "[via Reuters]", "[Reuters ",
    "[caption]", "[youtube=http://y.tu/x]", "http://www.reuters.com/article/x",
]  # fmt: skip
FIGURES = [
    "1,200", "3.5%", "17 percent", "17 per cent", "$5 million", "1 200", "1" + NNBSP + "200",
    "1" + NBSP + "200", "3,5 %", "3,5" + NBSP + "%", "3,5" + NNBSP + "%", "70% to 80%",
    "60-100,000", "2.5 million", "half a million", "three-quarters of", "30,000 yuan",
    "854,000", "€4,500", "£3bn", "¥100", "1990s", "2018", "11 a.m.", "22-year-old",
    "aged 24", "No. 10", "Section 508", "50 kilometers", "318 sites", "two beds", "10",
    "1e400", "0.0001%", "1,2,3,4,5,6,7,8,9,0,1,2,3,4,5,6,7,8,9,0",
    "123456789012345678901234567890123456789012345678901234567890",
]  # fmt: skip
DIRECTIVES = [
    "citelint-disable", "citelint-enable", "citelint-disable-next-line",
    "citelint-disable-line", "citelint-disable-file", "<!-- citelint-disable QUO001 -->",
    "<!-- citelint-enable -->", "<!-- citelint-disable-next-line FIG001 -->",
    "<!-- citelint-disable-file SRC001 -->", "<!-- citelint-disable QUO001, QUO002 -->",
    "<!-- citelint-enable QUO001 -->", "<!-- citelint-disable -->", "citelint-disable ATR001",
    "<!-- citelint-disable-line FIG001 -->", "<!-- citelint: noqa FIG001 -->",
    "<!-- citelint: noqa -->", "citelint-disable-paragraph", "<!--", "-->", " -->", "XYZ999",
    "ALL",
]  # fmt: skip
RULE_CODES = [
    "ATR001", "ATR002", "FIG001", "LNT001", "LNT002", "QUO001", "QUO002", "QUO003", "QUO004",
    "SRC001", "SRC002", "SRC003", "VRF001", "VRF002", "VRF003", "QUO", "SRC", "FIG", "ATR",
    "VRF", "LNT",
    "HSE001",
]  # fmt: skip

MARKDOWN = [
    "# ", "## ", "###### ", "> ", "> > ", "```", "```python\n", "~~~", "    ", "* ", "- ",
    "1. ", "[link](http://example.com/a)", "![image](a.png)", "<http://example.com>", "`",
    "**", "__", "_", "{% raw %}", "{% endraw %}", "{{ ", " }}", "{% include x.html %}",
    "<div>", "</div>", "<p>", "</p>", "***\n", "| a | b |\n", "|---|---|\n", "[^1]", "[^1]: ",
    "\\", "&amp;", "&ldquo;", "<br>", "[ref]: http://example.com/r", "Setext\n===\n",
    "<!-- comment -->", "<pre>", "</pre>", "<script>", "</script>",
]  # fmt: skip
FRONT_MATTER_KEYS = [
    "title", "source", "source_url", "canonical_url", "via", "date", "lang", "original",
    "tags", "source_file", "author", "url", "publisher", "licence", "layout", "permalink",
]  # fmt: skip
YAML = [
    "---\n", "...\n", "---", ": ", "- ", "[", "]", "{", "}", "&a ", "*a", "<<: *a", "!!",
    "!!str ", "!!int ", "!!float ", "!!timestamp ", "!!binary ", "!!set", "!!omap", "!!map",
    "!!seq", "!!python/object:os.system", "!custom ", "? ", "|", "|-", "|+", ">", ">-",
    "|2", "~", "null", "Null", ".inf", "-.inf", ".nan", ".NaN", "0x1F", "0o17", "0b101",
    "017", "1_000", "yes", "no", "on", "off", "y", "true", "False", "2020-01-02",
    "2020-13-45", "2020-02-30", "0000-00-00", "9999-12-31", "2020-1-2",
    "2020-01-02 03:04:05 -99:99", "2020-01-02T03:04:05+99:99", "2020-01-02T25:61:61Z",
    "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.1234567890 -5", "190:20:30",
    "1:20", "1e400", "-1e400", "6.8523015e+5", "%YAML 1.1\n", "%YAML 9.9\n", "%TAG ! tag:x,",
    "#", "'", "''", '"', '"\\x41\\u00e9\\U0001F600"', '"\\ud800"', "\\", "\t", "\n  ",
    "\n    - ", "lang: fr", "lang: de", "lang: en-GB", "lang: xx-INVALID", "lang: [fr]",
    "date: 2020-13-45", "tags: [a, [b, [c]]]", "source: [Reuters]", "title: “Kim”",
    "source_file: ../x", "source_file: reuters.txt", "original: reuters.txt",
    "123456789012345678901234567890123456789012345678901234567890",
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "{a: {b: {c: {d: ",
]  # fmt: skip
TOML = [
    "+++\n", "+++", "[[", "]]", "[", "]", " = ", "=", '"""', "'''", '""', "''", "1e400",
    "-1e400", "inf", "-inf", "+inf", "nan", "-nan", "0x7fff", "0o7", "0b1", "1_000", "+1",
    "9223372036854775808", "-9223372036854775809", "1979-05-27", "1979-05-27T07:32:00Z",
    "1979-05-27T07:32:00.999999-07:00", "1979-05-27T07:32:00-99:99", "1979-05-27 07:32:00",
    "07:32:00", "1979-13-45", "1979-02-30", "1979-05-27T25:00:00", "0000-01-01", "true",
    "false", "{ ", " }", "{}", "[]", ", ", "a.b.c = ", '"quoted key" = ', "'literal' = ",
    '"\\u00e9"', '"\\U0001F600"', '"\\ud800"', '"\\x41"', '"\\e"', "\\\n", "#", "\n",
    "[a.b]", "[[a.b]]", "= [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
    "123456789012345678901234567890123456789012345678901234567890",
]  # fmt: skip
HTML = [
    "<article>", "</article>", "<main>", "</main>", "<nav>", "</nav>", "<aside>", "</aside>",
    "<script>", "</script>", "<style>", "</style>", "<pre>", "</pre>", "<code>", "</code>",
    "<blockquote>", "</blockquote>", "<p>", "</p>", "<h1>", "</h1>", "<h2>", "<header>",
    "</header>", "<footer>", "</footer>", "<div>", "</div>", "<span>", "<em>", "</em>",
    '<a href="http://example.com/">', "</a>", "<br>", "<br/>", "<ul>", "<li>", "</ul>",
    "<table>", "<td>", "<template>", "<svg>", "<math>", "<noscript>", "<iframe>", "<form>",
    "<textarea>", "<title>", "</title>", "<html>", "<body>", "<head>", "</head>",
    "<meta charset=utf-8>", " role=", ' role="main"', ' role="navigation"', ' role="banner"',
    ' role="contentinfo"', " hidden", ' aria-hidden="true"', ' style="display:none"',
    ' lang="fr"', ' class="x"', "<article><article>", "&ldquo;", "&rdquo;", "&lsquo;",
    "&rsquo;", "&laquo;", "&raquo;", "&quot;", "&apos;", "&#8220;", "&#8221;", "&#x201c;",
    "&#x201d;", "&#x201D;", "&#39;", "&nbsp;", "&#160;", "&#8239;", "&amp;", "&lt;", "&gt;",
    "&#0;", "&#x110000;", "&#99999999999;", "&#xd800;", "&#", "&", "&ldquo", "&notanentity;",
    "<![CDATA[", "]]>", "<!--", "-->", "--!>", "<!", "<!DOCTYPE html>", "<?xml", "<?php ?>",
    "<![if !IE]>", "<![endif]>", "<![CDs ", "<!ENTITY", "</", "/>", "<", ">", "<p <p>",
    "<a href='", '"', "=",
]  # fmt: skip
WXR = [
    '<?xml version="1.0" encoding="UTF-8" ?>', '<?xml version="1.0" encoding="ISO-8859-1"?>',
    '<rss version="2.0"', "</rss>", 'xmlns:content="http://purl.org/rss/1.0/modules/content/"',
    'xmlns:wp="http://wordpress.org/export/1.2/"', 'xmlns:excerpt="x"', "<channel>",
    "</channel>", "<item>", "</item>", "<title>", "</title>", "<content:encoded>",
    "</content:encoded>", "<description>", "</description>", "<excerpt:encoded>",
    "<wp:status>publish</wp:status>", "<wp:status>draft</wp:status>", "<wp:status>",
    "<wp:post_type>post</wp:post_type>", "<wp:post_type>page</wp:post_type>",
    "<wp:postmeta>", "</wp:postmeta>", "<wp:meta_key>", "</wp:meta_key>", "<wp:meta_value>",
    "</wp:meta_value>", "<wp:meta_key>source</wp:meta_key>", "<wp:post_id>", "<dc:creator>",
    "<link>", "<guid>", "<category>", "<wp:comment>", "<![CDATA[", "]]>", "]]]]><![CDATA[>",
    '[caption id="attachment_1" align="alignleft" width="300"]', "[/caption]",
    "[youtube=http://www.youtube.com/watch?v=x]", "[gallery]", "[embed]", "[/embed]",
    "[audio]", "[wp_caption]", "<!DOCTYPE rss [", '<!ENTITY x "y">', "&x;", "&lt;p&gt;",
    "&amp;ldquo;", "&#8220;", "<!--", "-->", "<?pi?>", "xmlns=", ":",
]  # fmt: skip
JSON_LINES = [
    '{"text": "', '"}', '"}\n', '"title": "', '"id": ', '"id": "', '"source": "',
    '"source_url": "', '"lang": "', '"date": "', '"via": "', '"tags": [', '"source_file": "',
    '"body": "', "\\u201c", "\\u201d", "\\u2019", "\\u00a0", "\\u202f", "\\ud83d\\ude00",
    "\\ud83d", "\\udc00", "\\n\\n", "\\n", '\\"', "\\\\", "\\/", "\\t", "\\r\\n", "\\u0000",
    "\\u", "\\x", "[[[[[[[[[[[[[[[[", "]]]]]]]]]]]]]]]]", '{"a": {"b": {"c": ', "}}}}", "1e400",
    "-0", "1E+308", "NaN", "Infinity", "-Infinity", "null", "true", "false", ", ", ": ", "{}",
    "[]", "\n", "\r\n", " ", "\ufeff",
    "123456789012345678901234567890123456789012345678901234567890",
]  # fmt: skip
TOML_TYPES_AND_VALUES = [
    '"error"', '"warning"', '"info"', '"text"', '"markdown"', '"html"', '"wxr"', '"jsonl"',
    '"sentence"', '"paragraph"', '"post"', '["unopened"]', '["unclosed"]',
    '["misplaced-apostrophe"]', '"*.md"', '"**/"',
    '"drafts/"', '"./"', '"[!a]"', '"["', '"\\\\"', '"../"', '"/"', "[]", "{}",
]  # fmt: skip
RULE_KEYS = [
    "code", "name", "kind", "severity", "summary", "description", "message", "default",
    "options-from", "options", "examples", "bad", "good", "original", "[options]",
    "[examples]", "bad = [", "good = [", 'original = """', 'code = "HSE001"',
    'name = "house-rule"', 'kind = "pattern"', 'severity = "warning"', 'options-from = "',
]  # fmt: skip
KINDS = [
    "source-tag", "quote-balance", "quote-attribution", "figure-source", "pattern",
    "unused-suppression",
]  # fmt: skip
OPTIONS = [
    "credit_pattern", "not_credit_pattern", "link_text_pattern", "report", "credit_forms",
    "credit_fields", "original_fields", "paragraph_verbs", "public_record_years", "records",
    "adjective_endings", "lead_reach",
    "credit_line_pattern", "dateline_pattern", "dateline_paragraphs",
    "editor_note_paragraphs", "title_nouns", "category_names",
    "editor_note_pattern", "statistics", "elaborating_figures", "count_claims", "determiners",
    "prepositions", "gerund_endings",
    "malformed_pattern", "malformed_reasons", "known_sources", "outer_pairs", "nested_pairs",
    "apostrophes", "leading_elisions", "trailing_elisions", "verbs", "verb_forms",
    "lead_phrases", "phrases", "title_words", "term_words", "term_max_words",
    "fragment_max_words", "minor_words", "carry_between_paragraphs", "verified_min_words",
    "scope", "fragments", "figures", "exemptions", "count", "trigger", "trigger_words",
    "smallest_count", "link_is_source", "pattern", "in_quotations", "common_words", "script",
    "interview_words", "partial_quotations_take_the_subject", "carried",
]  # fmt: skip
MESSAGE_FIELDS = [
    "{ending}", "{form}", "{line}", "{source}", "{suggestion}", "{title}", "{mark}",
    "{reason}", "{diff}", "{passage}", "{quote}", "{figures}", "{directive}", "{match}",
    "{speaker}",
    "{0}", "{}", "{{", "}}", "{mark!r}", "{mark.upper}", "{mark[0]}", "{mark:>999999999}",
    "{mark:{reason}}",
]  # fmt: skip
REGEX = [
    "(?i)", "\\b", "\\B", "(a+)+$", "(?P<name>", "(?P=name)", "(?<=", "(?<!", "(?=", "(?!",
    "\\p{L}", "\\p{Lu}", "\\X", "[^", "]*", "{1,1000}", "{2,}", ".*", ".*?", "\\", "(?V1)",
    "(?r)", "(?s)", "(?m)", "(?x)", "(?u)", "(?f)", "\\N{LEFT DOUBLE QUOTATION MARK}", "\\1",
    "|", "^", "$", "(", ")", "(?:", "(?|", "(?>", "*+", "++", "\\d+", "\\s*", "[[:alpha:]]",
    "(?(1)a|b)", "(?R)", "\\L<words>",
]  # fmt: skip
CONFIG_KEYS = [
    "select", "extend-select", "ignore", "per-file-ignores", "exclude", "extend-exclude",
    "rules", "severity", "rule-options", "input-format", "fail-on", "sources",
    "[per-file-ignores]", "[severity]", "[rule-options.FIG001]", "[rule-options.ATR001]",
    "[rule-options]", "[input-format]", 'select = ["', 'ignore = ["', "fail-on = ",
]  # fmt: skip
PYPROJECT = [
    "[tool.citelint]", "[tool.citelint.severity]", "[tool.citelint.per-file-ignores]",
    "[tool.citelint.rule-options.FIG001]", "[tool.citelint.input-format]", "[tool]",
    "[tool.citelint", "tool.citelint.select = ", "citelint = ", "[[tool.citelint]]",
    "[project]", 'name = "x"', "[tool.ruff]", "[build-system]", 'requires = ["x"]',
    "[tool.citelint.rule-options]", "tool = ",
]  # fmt: skip
BASELINE = [
    '{"citelint_baseline": 1, "findings": [', '"citelint_baseline"', '"citelint_baseline": 1',
    '"citelint_baseline": 2', '"findings"', '"findings": []', '"findings": 5',
    '"findings": null', '"path"', '"code"', '"post"', '"sentence"', '"excerpt"', '"count"',
    '"count": 1', '"count": 1e400', '"count": -1', '"count": 0', '"count": 1.5',
    '"count": "1"', '"count": null', '"path": "post.txt"', '"code": "FIG001"',
    '"sentence": "437f6b0bc56f2057"', '"post": null', ": ", ", ", "[", "]", "{", "}", "null",
    "true", "false", "1e400", "-0", "NaN", "Infinity", "\\ud800", "\\u201c", '"../"',
    '"/abs"', '"C:\\\\x"', "[[[[[[[[[[[[[[[[", "{}", "[]",
    "123456789012345678901234567890123456789012345678901234567890",
]  # fmt: skip

PROSE = [*QUOTATION_MARKS, *TYPOGRAPHY, *CUES, *CREDITS, *FIGURES]
FRONT_MATTER = [
    *(f"{key}: " for key in FRONT_MATTER_KEYS),
    *(f"{key} = " for key in FRONT_MATTER_KEYS),
    *FRONT_MATTER_KEYS,
]
TOML_FILES = [*TOML, *TOML_TYPES_AND_VALUES, *RULE_CODES]

# Each target's dictionary is whole in itself: libFuzzer takes one -dict.
TARGET_TOKENS: dict[str, list[str]] = {
    "text": [*PROSE, *DIRECTIVES, *RULE_CODES],
    "markdown": [*PROSE, *DIRECTIVES, *RULE_CODES, *MARKDOWN, *FRONT_MATTER, *YAML, *TOML],
    "html": [*PROSE, *DIRECTIVES, *RULE_CODES, *HTML],
    "wxr": [*PROSE, *DIRECTIVES, *RULE_CODES, *HTML, *WXR, *FRONT_MATTER_KEYS],
    "jsonl": [*PROSE, *DIRECTIVES, *RULE_CODES, *JSON_LINES, *FRONT_MATTER_KEYS],
    "rule": [
        *TOML_FILES, *RULE_KEYS, *KINDS, *OPTIONS, *MESSAGE_FIELDS, *REGEX, *PROSE,
        *FRONT_MATTER_KEYS,
    ],
    "config": [*TOML_FILES, *CONFIG_KEYS, *OPTIONS, *REGEX[:12], *FRONT_MATTER_KEYS],
    "pyproject": [*TOML_FILES, *CONFIG_KEYS, *PYPROJECT, *OPTIONS],
    "baseline": [*BASELINE, *RULE_CODES, *QUOTATION_MARKS[:12]],
}  # fmt: skip


def entries(tokens: list[str]) -> list[bytes]:
    """The tokens as bytes, each once, in order."""
    return list(dict.fromkeys(token.encode("utf-8") for token in tokens))


def dictionary_line(entry: bytes) -> str:
    """One entry in libFuzzer's syntax: printable ASCII as itself, any other byte as \\xNN."""
    escaped = []
    for byte in entry:
        if byte in b'"\\':
            escaped.append("\\" + chr(byte))
        elif 0x20 <= byte < 0x7F:
            escaped.append(chr(byte))
        else:
            escaped.append(f"\\x{byte:02X}")
    return '"' + "".join(escaped) + '"'


def dictionary_text(target: str) -> str:
    tokens = TARGET_TOKENS[target] if target != "all" else all_tokens()
    header = [
        f"# libFuzzer dictionary of the {target} fuzz target: written by fuzz/tokens.py, "
        "edit the lists there.",
    ]
    lines = [dictionary_line(entry) for entry in entries(tokens)]
    return "\n".join([*header, *lines]) + "\n"


def all_tokens() -> list[str]:
    """For the one-input-every-target mode (a format byte first)."""
    return [token for tokens in TARGET_TOKENS.values() for token in tokens]


def dictionary_names() -> list[str]:
    return [*TARGET_TOKENS, "all"]


def write_dictionaries(directory: Path = DICTIONARIES) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name in dictionary_names():
        path = directory / f"{name}.dict"
        path.write_text(dictionary_text(name), encoding="ascii")
        written.append(path)
    return written


def option_names() -> set[str]:
    """Every option of every check kind, to check OPTIONS against (imports citelint)."""
    from citelint.kinds import KINDS as KIND_REGISTRY  # noqa: PLC0415 - only for the test

    return {
        field.name
        for kind in KIND_REGISTRY.values()
        for field in dataclasses.fields(kind.options_type)
    }


if __name__ == "__main__":
    for path in write_dictionaries():
        print(path)
    sys.exit(0)
