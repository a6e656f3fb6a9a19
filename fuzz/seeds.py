"""Seed inputs for the fuzz targets: real files of each format and small hand-made ones of
every structure the readers and loaders know.

A fuzzer that starts from real files reaches deep code at once; one that starts from nothing
spends its time finding out what a front matter fence is. The real inputs are the repository's
own (examples/, tests/fixtures/, rules/, the README's snippets) and the shared corpus (18F
posts with YAML front matter, the Creative Commons WordPress export cut into small valid
exports, Wikinews and Global Voices articles); the hand-made ones hold what real files seldom
do (every YAML and TOML value type, anchors, page furniture, postmeta, nested JSON values, a
baseline with every field). Every seed is a few kilobytes at most, under ``SEED_LIMIT``: the
fuzzer mutates small inputs faster, and grows them itself up to -max_len.

    python fuzz/seeds.py DIRECTORY [--shared /work/shared]

writes ``DIRECTORY/<target>/…`` (the file alone, for ``--target``) and ``DIRECTORY/all/…`` (a
format byte first, for the one-input-every-target mode).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from target import BASELINE_VIOLATIONS, ROOT, TARGETS, WORK, with_target

from citelint import toml
from citelint.baseline import render_baseline

SEED_LIMIT = 20_000
DEFAULT_SHARED = ROOT.parent / "shared"

_FENCE = re.compile(r"^```(?P<info>\w*)\n(?P<body>.*?)^```", re.MULTILINE | re.DOTALL)
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
_ITEM = re.compile(r"<item>.*?</item>", re.DOTALL)
_CONTENT = re.compile(
    r"<content:encoded><!\[CDATA\[(?P<body>.*?)\]\]></content:encoded>", re.DOTALL
)
_ITEM_TITLE = re.compile(r"<title>(?P<title>.*?)</title>", re.DOTALL)

WXR_HEAD = """<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0"
	xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:wp="http://wordpress.org/export/1.2/"
>
<channel>
	<title>CC Labs</title>
	<wp:wxr_version>1.2</wp:wxr_version>
"""
WXR_TAIL = "</channel>\n</rss>\n"


def cut(text: str, limit: int = SEED_LIMIT) -> bytes:
    """The text, or its first paragraphs when it is longer than ``limit`` bytes."""
    data = text.encode("utf-8")
    if len(data) <= limit:
        return data
    head = data[:limit].decode("utf-8", "ignore")
    end = head.rfind("\n\n")
    return (head[: end + 1] if end > 0 else head).encode("utf-8")


def spread(paths: Sequence[Path], count: int) -> list[Path]:
    """``count`` of ``paths``, evenly spaced: the corpus is sorted by date, and its
    conventions changed over the years."""
    if len(paths) <= count:
        return list(paths)
    step = len(paths) / count
    return [paths[int(number * step)] for number in range(count)]


def body_of(markdown: str) -> str:
    return _FRONT_MATTER.sub("", markdown, count=1)


def readme_snippets() -> list[tuple[str, str]]:
    """(info string, text) of every fenced block of the README and the docs/ pages."""
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
    return [
        (found["info"], found["body"])
        for page in pages
        for found in _FENCE.finditer(page.read_text(encoding="utf-8"))
    ]


def rule_examples() -> dict[str, bytes]:
    """The posts the built-in rules give as bad and good examples: the project's own text, so
    that the text target has seeds of every rule without the shared corpus."""
    seeds = {}
    for path in sorted((ROOT / "rules").glob("*.toml")):
        examples = toml.loads(path.read_text(encoding="utf-8")).get("examples", {})
        for verdict in ("bad", "good"):
            for number, post in enumerate(examples.get(verdict, ())):
                seeds[f"rule-{path.stem[:6]}-{verdict}-{number}"] = cut(post)
    return seeds


def _files(
    paths: Iterable[Path], prefix: str, transform: Callable[[str], str] | None = None
) -> dict[str, bytes]:
    seeds = {}
    for path in paths:
        text = path.read_text(encoding="utf-8")
        if transform is not None:
            text = transform(text)
        seeds[f"{prefix}-{path.stem[:50]}"] = cut(text)
    return seeds


def _corpus(shared: Path, name: str, pattern: str = "*.md") -> list[Path]:
    return sorted((shared / "corpus" / name).glob(pattern))


# -- hand-made seeds ------------------------------------------------------------------------------

CONVENTIONS_TEXT = """\
Raids in China

“We have to be careful,” said Kim, a defector who arrived in Seoul in 2018. “The brokers
know the police.”

“It is not over,” she told Reuters. ‘Nested’ quotes ‘work’ too, don’t they? The ’90s were
different, O’Neill said; rock ’n’ roll, ’til the end, the defectors’ route.

According to the ministry, 1,200 people (3.5% of arrivals, or 17 percent by another count)
paid $5 million in 2019. A survey found 70% to 80% of them were women.

The "straight" quotes and ``archive'' quotes: he is 6'2" tall with a 12" ruler.

« Le passage est fermé », a déclaré Kim. Les chiffres : 1 200 personnes, 3,5 %.

„Die Grenze ist zu“, sagte Kim. ‚Innen‘ auch. »Andere« Regeln, ‹ und diese ›.

<!-- citelint-disable-next-line FIG001 -->
At least 30 North Korean escapees have been rounded up, with 854,000 ethnic Koreans nearby.

<!-- citelint-disable QUO001, QUO002 -->
“A transcript paragraph that runs on

“and continues here,” the email read.
<!-- citelint-enable -->

SEOUL (Reuters) – The minister said 2.5 million people were affected.

Source: Yonhap
Via: Daily NK
[Reuters]
"""

YAML_FRONT_MATTER = """\
---
title: "“Kim” said: the raids"
source: Reuters
source_url: https://www.reuters.com/article/us-northkorea-china-idUSKBN1
canonical_url: https://example.com/raids
via: [AP, {name: Yonhap, url: "https://en.yna.co.kr"}]
date: 2020-01-02 03:04:05 -05:00
updated: 2021-03-04
lang: en-GB
original: reuters.txt
source_file: reuters.txt
tags: &tags
  - refugees
  - [china, [nested, list]]
categories: *tags
defaults: &defaults {layout: post, comments: false}
page:
  <<: *defaults
  weight: 1_000
author: ~
ratio: .inf
not_a_number: .nan
hex: 0x1F
octal: 0o17
sexagesimal: 190:20:30
published: yes
binary: !!binary aGVsbG8=
as_string: !!str 2020-01-02
lede: |
  A block scalar
  with “quotes” in it.
summary: >-
  Folded text
  on two lines.
? complex key
: its value
---
“We have to be careful,” said Kim.

The ministry counted 1,200 arrivals in 2019, according to Yonhap.
"""

TOML_FRONT_MATTER = """\
+++
title = "Raids"
date = 1979-05-27T07:32:00-08:00
day = 1979-05-27
local = 1979-05-27T07:32:00
time = 07:32:00.999999
source = "Reuters"
source_url = 'https://www.reuters.com/article/x'
tags = ["a", ["b", ["c"]], 1, 2.5, true]
lang = "fr"
ratio = inf
missing = nan
big = 9_223_372_036_854_775_807
hex = 0xDEADBEEF
summary = \"\"\"
A multi-line
“string”.\"\"\"
literal = '''C:\\path'''
[extra]
via = { name = "AP", url = "https://apnews.com" }
[[authors]]
name = "Kim"
[[authors]]
name = "Lee"
+++
« Le passage est fermé », a déclaré Kim.

Les chiffres : 1 200 personnes, 3,5 %.
"""

MARKDOWN_STRUCTURES = """\
---
title: Structures
lang: de
---
# A heading with a “quotation”

Setext heading
==============

> “A block quotation,” said Kim.
> > Nested, with 17 percent.

- a list item with [a link](https://example.com/report) to 1,200 records
- `inline “code”` and *emphasis*'s apostrophe
  1. nested ordered

```python
print("“not prose”")
```

    indented code “not prose”

<div class="note">An HTML block with “quotes”</div>

<!-- citelint-disable-file SRC001 -->

{% raw %}{{ page.title }}{% endraw %} and {% include credit.html %}

| table | 3.5% |
|-------|------|
| cell  | $5   |

Text with a footnote[^1] and a reference [link][ref].

[^1]: The footnote says 2.5 million.
[ref]: https://example.com/ref

„Die Grenze ist zu“, sagte Kim.

***

Source: Reuters
"""

HTML_PAGE = """\
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Raids &ndash; Blog</title>
<style>p { quotes: "“" "”"; }</style>
<script>var s = "“not prose”"; if (a < b) {}</script>
</head>
<body>
<header role="banner"><nav><a href="/">Home</a> “menu”</nav></header>
<main>
<article lang="en">
<header><h1>Raids in China</h1><p>By Kim</p></header>
<p>&ldquo;We have to be careful,&rdquo; said Kim. &#8220;The brokers
know&#8221; &#x201c;it&#x201d;.</p>
<p>The ministry counted <em>1,200</em> arrivals<br>in 2019, according to
<a href="https://en.yna.co.kr">Yonhap</a>.</p>
<blockquote><p>“A quoted paragraph,” she wrote.</p></blockquote>
<pre>“preformatted, not prose”</pre>
<p>Run <code>echo</code>'d text; <kbd>Ctrl</kbd>&nbsp;C.</p>
<div hidden>“hidden”</div><div aria-hidden="true">hidden too</div>
<aside>“An aside”</aside>
<!-- citelint-disable-next-line FIG001 -->
<p>At least 30 escapees, 17 percent.</p>
<![CDATA[ a marked section ]]>
<table><tr><td>3.5%</td></tr></table>
<footer><p>[Reuters]</p></footer>
<article><p>“A nested comment article,” said Lee.</p></article>
</article>
<section role="complementary">Related</section>
</main>
<footer role="contentinfo">© 2020</footer>
<svg><text>“svg”</text></svg><noscript>“noscript”</noscript>
</body>
</html>
"""

HTML_FRAGMENTS = """\
<p>No article and no main: the body is the post. “Kim,” he said.</p>
<div role="main"><p>‘Single’ quotes, &lsquo;entities&rsquo; &#39;too&#39; &quot;straight&quot;.</p>
<p>Broken <b>markup <i>nested</b> wrongly</i> &amp unterminated &ldquo entity
<p>Unclosed paragraph<p>Another with 2.5 million
<ul><li>“List</li><li>item,” said Lee.</li></ul>
<![if !IE]><p>conditional</p><![endif]>
<!-- comment with “quotes” -->
</div>
"""

WXR_ITEMS = """\
	<item>
		<title>Raids in China</title>
		<link>https://example.com/raids</link>
		<dc:creator><![CDATA[kim]]></dc:creator>
		<content:encoded><![CDATA[<p>“We have to be careful,” said Kim.</p>

[caption id="attachment_1" align="alignleft" width="300"]<img src="a.jpg" /> A caption[/caption]

The ministry counted 1,200 arrivals in 2019.

[youtube=http://www.youtube.com/watch?v=x]

[Reuters]]]></content:encoded>
		<excerpt:encoded><![CDATA[]]></excerpt:encoded>
		<wp:post_id>1</wp:post_id>
		<wp:status>publish</wp:status>
		<wp:post_type>post</wp:post_type>
		<wp:postmeta>
			<wp:meta_key>source</wp:meta_key>
			<wp:meta_value><![CDATA[Reuters]]></wp:meta_value>
		</wp:postmeta>
		<wp:postmeta>
			<wp:meta_key>source_url</wp:meta_key>
			<wp:meta_value>https://www.reuters.com/article/x</wp:meta_value>
		</wp:postmeta>
	</item>
	<item>
		<title>A draft</title>
		<content:encoded><![CDATA[“Unfinished,” she said]]></content:encoded>
		<wp:status>draft</wp:status>
		<wp:post_type>post</wp:post_type>
	</item>
	<item>
		<title>A page</title>
		<content:encoded>&lt;p&gt;&amp;ldquo;Escaped&amp;rdquo; markup,
		17 percent.&lt;/p&gt;</content:encoded>
		<wp:status>publish</wp:status>
		<wp:post_type>page</wp:post_type>
	</item>
"""

RSS_FEED = """\
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>A feed</title>
<item><title>Feed item</title>
<description>&lt;p&gt;“Kim,” he said. 3.5%&lt;/p&gt;</description></item>
<item><title>Second</title><description><![CDATA[<p>[AP]</p>]]></description></item>
</channel></rss>
"""

JSON_LINES = "\n".join(
    json.dumps(record, ensure_ascii=ascii)
    for record, ascii in [
        ({"id": 1, "title": "Raids", "text": "“We have to be careful,” said Kim.\n\n1,200."}, True),
        ({"id": "b", "text": "« Fermé », a dit Kim. 3,5 %", "lang": "fr", "source": "AFP"}, False),
        (
            {
                "text": "No title: the first line titles it\n\nA “second” paragraph.",
                "source_url": "https://example.com",
                "tags": ["a", ["b", {"c": [1, 2.5, None, True]}]],
                "date": "2020-01-02T03:04:05Z",
                "meta": {"via": {"name": "AP"}},
            },
            True,
        ),
        ({"id": 4, "text": "An emoji 😀 and ’90s", "source_file": "reuters.txt"}, True),
    ]
) + (
    '\n{"text": "Escapes: \\u201cq\\u201d \\ud83d\\ude00 \\t tab \\\\ \\/ \\"", "id": 5}\n'
    "\n   \n"
    '{"text": 5}\n'
    "not json at all\n"
    '{"title": "no text"}\n'
    '{"text": "after the bad lines, still read [Reuters]"}\n'
)

RULE_PATTERN = """\
code = "HSE001"
name = "house-banned-words"
kind = "pattern"
severity = "warning"
summary = "Words the house style avoids."
description = "Reports each use of a word the style guide bans."
message = "Avoid “{match}”"

[options]
pattern = '(?i)\\bvery unique\\b'
in_quotations = false

[examples]
bad = ["Officials said the crackdown was very unique."]
good = ["Officials said the crackdown was unique.", "“Very unique,” said Kim."]
"""

RULE_OPTIONS_FROM = """\
code = "HSE002"
name = "house-figures"
kind = "figure-source"
severity = "info"
default = false
options-from = "FIG001"
summary = "Figures, counted from ten."
description = '''
The built-in figure rule, with a house threshold.
'''
message = "Unsourced figure: {figures} {reason}"

[options]
smallest_count = 100
scope = "paragraph"

[examples]
bad = ["The ministry counted 1,200 arrivals."]
good = ["The ministry counted 1,200 arrivals, according to Yonhap."]
"""

RULE_QUOTE_BALANCE = """\
code = "HSE003"
name = "french-quotes"
kind = "quote-balance"
severity = "error"
summary = "French quotation marks balance."
description = "Guillemets open and close."
message = "{mark}: {reason}"

[options]
report = ["unclosed", "unopened"]
outer_pairs = [["«", "»"], ["“", "”"]]
nested_pairs = [["‹", "›"]]
apostrophes = ["’", "'"]
leading_elisions = ["’til"]
trailing_elisions = ["’"]

[examples]
bad = ["« Le passage est fermé, a déclaré Kim."]
good = ["« Le passage est fermé », a déclaré Kim."]
"""

RULE_SOURCE_TAG = """\
code = "HSE004"
name = "house-credit"
kind = "source-tag"
severity = "warning"
summary = "A post ends with its credit."
description = "The house credit line."
message = "No credit ({ending}) in {title}"

[options]
credit_pattern = '\\[(?P<source>[^\\]]+)\\]'
known_sources = ["Reuters", "AP"]
credit_fields = ["source", "via"]
dateline_paragraphs = 2

[examples]
bad = ["“We have to be careful,” said Kim."]
good = ["“We have to be careful,” said Kim.\\n\\n[Reuters]"]
"""

CONFIG_EVERY_KEY = """\
select = ["SRC", "QUO", "ATR", "FIG"]
extend-select = ["SRC003"]
ignore = ["FIG001"]
exclude = ["drafts", "_site", "**/private/*"]
extend-exclude = ["archive/2009/*"]
fail-on = "warning"
sources = "originals"

[per-file-ignores]
"press-releases/*" = ["SRC001"]
"*.html" = ["QUO"]

[severity]
QUO003 = "warning"
atr001 = "info"

[rule-options.FIG001]
scope = "paragraph"
smallest_count = 100
verbs = ["say", "count"]

[rule-options.SRC001]
known_sources = ["Reuters"]

[input-format]
"*.htm.tpl" = "html"
"feeds/*.xml" = "wxr"
"""

CONFIG_INLINE = """\
# Dotted keys and inline tables are the same tables.
select = ["ALL"]
severity.QUO001 = "info"
rule-options = { ATR001 = { carry_between_paragraphs = false, term_max_words = 3 } }
input-format."*.txt" = "markdown"
'per-file-ignores' = { "a/*" = ["FIG"] }
"""

PYPROJECT_TABLES = """\
[project]
name = "newsroom"
version = "1.0"

[tool.ruff]
line-length = 100

[tool.citelint]
select = ["QUO", "SRC"]
fail-on = "error"

[tool.citelint.severity]
QUO003 = "info"

[tool.citelint.per-file-ignores]
"drafts/*" = ["SRC001"]

[tool.citelint.rule-options.FIG001]
scope = "sentence"
"""

PYPROJECT_INLINE = """\
[tool]
citelint = { ignore = ["FIG001"], input-format = { "*.tpl" = "html" } }
"""

PYPROJECT_OTHER = """\
[project]
name = "not-configured"

[tool.black]
line-length = 88
"""


# Small inputs of one structure each: quick to run, so the fuzzer mutates them most, and each
# a short edit away from a value type's edge (a date, a time zone, an integer, a nesting).
SMALL_FRONT_MATTER = {
    "yaml-date": "---\ndate: 2020-01-02\n---\nText.\n",
    "yaml-datetime": "---\ndate: 2020-01-02 03:04:05 -05:00\n---\nText.\n",
    "yaml-datetime-t": "---\ndate: 2001-12-14t21:59:43.10+01:00\n---\nText.\n",
    "yaml-numbers": "---\ncount: 12\nratio: 1.5e3\nhex: 0x1F\nbig: .inf\n---\nText.\n",
    "yaml-nested": "---\ntags: [a, [b, [c, {d: e}]]]\nvia: {name: AP}\n---\nText.\n",
    "yaml-anchor": "---\nsource: &s Reuters\nvia: *s\ntitle: !!str 12\n---\nText.\n",
    "yaml-block": "---\ntitle: |\n  “Kim”\nlang: >-\n  fr\n---\n« Oui », dit Kim.\n",
    "yaml-empty": "---\n---\nText.\n",
    "toml-date": "+++\ndate = 1979-05-27\n+++\nText.\n",
    "toml-datetime": "+++\ndate = 1979-05-27T07:32:00-08:00\ntime = 07:32:00\n+++\nText.\n",
    "toml-numbers": "+++\ncount = 12\nratio = 1.5e3\nhex = 0x1F\nbig = inf\n+++\nText.\n",
    "toml-nested": '+++\ntags = ["a", ["b", ["c"]]]\nvia = { name = "AP" }\n+++\nText.\n',
}
SMALL_JSON_LINES = {
    "line-number": '{"text": "“Kim,” he said.", "id": 12, "count": 1.5e3}\n',
    "line-nested": '{"text": "Text.", "tags": [["a", {"b": [1]}]], "source": "AP"}\n',
    "line-escapes": '{"text": "\\u201cq\\u201d \\ud83d\\ude00", "title": "t"}\n',
}
SMALL_CONFIGS = {
    "small-select": 'select = ["QUO"]\n',
    "small-severity": '[severity]\nQUO003 = "info"\n',
    "small-options": "[rule-options.FIG001]\nsmallest_count = 12\n",
    "small-nested": 'select = ["QUO"]\nexclude = [["a"]]\n',
}
SMALL_BASELINES = {
    "small-count": '{"citelint_baseline": 1, "findings": [{"path": "a.md", "code": "QUO001",'
    ' "post": "p", "sentence": "0", "count": 12}]}\n',
    "small-nested": '{"citelint_baseline": 1, "findings": [], "extra": [[{"a": [1]}]]}\n',
}


def baseline_seeds() -> dict[str, bytes]:
    path = WORK / "seed-baseline.json"
    path.unlink(missing_ok=True)
    rendered = render_baseline(BASELINE_VIOLATIONS, path)
    every_field = {
        "citelint_baseline": 1,
        "findings": [
            {
                "path": "post.txt",
                "code": "FIG001",
                "post": "Raids in China",
                "sentence": "437f6b0bc56f2057",
                "excerpt": "The ministry counted 1,200 arrivals…",
                "count": 2,
            },
            {"path": "post.txt", "code": "QUO001", "post": "", "sentence": "0", "count": 1},
            {"path": "a/b.md", "code": "SRC001", "post": "“Quoted” title", "sentence": "ff"},
        ],
    }
    return {
        "rendered": rendered.encode("utf-8"),
        "every-field": json.dumps(every_field, ensure_ascii=False, indent=2).encode("utf-8"),
        "empty": b'{"citelint_baseline": 1, "findings": []}\n',
        "no-findings-key": b'{"citelint_baseline": 1}\n',
    }


# -- per target ----------------------------------------------------------------------------------


def wordpress_export(shared: Path) -> Path:
    """The shared corpus's WordPress export, or else the project's small copy of it, so that
    the seeds do not need the shared corpus."""
    path = shared / "corpus" / "cc-labs-wordpress" / "wordpress.xml"
    return path if path.is_file() else ROOT / "tests" / "fixtures" / "cc-labs-export.xml"


def wxr_exports(shared: Path, count: int = 8) -> dict[str, bytes]:
    """Small valid exports cut from the shared WordPress export: its items, one or a few to
    an export, with the export's own header."""
    path = wordpress_export(shared)
    items = [item for item in _ITEM.findall(path.read_text(encoding="utf-8")) if len(item) < 15_000]
    posts = [item for item in items if "<wp:post_type>post</wp:post_type>" in item]
    others = [item for item in items if item not in posts]
    seeds = {}
    for number, item in enumerate(spread(posts, count)):
        seeds[f"cc-labs-{number}"] = (WXR_HEAD + "\t" + item + "\n" + WXR_TAIL).encode("utf-8")
    small = sorted(items, key=len)[:4] + others[:2]
    seeds["cc-labs-several"] = (WXR_HEAD + "\n".join(small) + "\n" + WXR_TAIL).encode("utf-8")
    return seeds


def html_pages(shared: Path, count: int = 6) -> dict[str, bytes]:
    """Real post bodies (the WordPress export's HTML) as whole pages."""
    path = wordpress_export(shared)
    seeds = {}
    items = [item for item in _ITEM.findall(path.read_text(encoding="utf-8")) if "<p" in item]
    for number, item in enumerate(spread(items, count)):
        body = _CONTENT.search(item)
        title = _ITEM_TITLE.search(item)
        if body is None:
            continue
        page = (
            "<!DOCTYPE html>\n<html><head><title>Blog</title></head><body>\n"
            "<nav><a href='/'>Home</a></nav>\n<article>\n"
            f"<h1>{title['title'] if title else ''}</h1>\n{body['body']}\n</article>\n"
            "</body></html>\n"
        )
        seeds[f"cc-labs-page-{number}"] = cut(page)
    return seeds


def seeds_for(target: str, shared: Path = DEFAULT_SHARED) -> dict[str, bytes]:
    """The seeds of one target, by name."""
    example = ROOT / "examples" / "north-korean-refugees.txt"
    fixtures = ROOT / "tests" / "fixtures"
    snippets = readme_snippets()
    seeds: dict[str, bytes] = {}
    if target == "text":
        seeds |= _files([example, fixtures / "reuters-underground-railroad.txt"], "repo")
        seeds |= _files(sorted((shared / "seeds").glob("*.txt")), "shared")
        for name in ("wikinews-gum", "wikinews-wikinewssum", "globalvoices"):
            seeds |= _files(spread(_corpus(shared, name), 4), name, body_of)
        seeds["conventions"] = CONVENTIONS_TEXT.encode("utf-8")
        seeds |= rule_examples()
    elif target == "markdown":
        seeds |= _files(sorted(fixtures.glob("*.md")), "fixture")
        seeds |= _files(spread(_corpus(shared, "18f-blog"), 20), "18f")
        seeds |= _files(spread(_corpus(shared, "globalvoices"), 4), "globalvoices")
        seeds |= _files(spread(_corpus(shared, "wikinews-gum"), 2), "wikinews")
        for number, (info, text) in enumerate(snippets):
            if info == "markdown":
                seeds[f"readme-{number}"] = text.encode("utf-8")
        seeds["yaml-front-matter"] = YAML_FRONT_MATTER.encode("utf-8")
        seeds["toml-front-matter"] = TOML_FRONT_MATTER.encode("utf-8")
        seeds["structures"] = MARKDOWN_STRUCTURES.encode("utf-8")
        seeds["conventions"] = ("---\ntitle: Conventions\n---\n" + CONVENTIONS_TEXT).encode()
        seeds |= {name: text.encode("utf-8") for name, text in SMALL_FRONT_MATTER.items()}
    elif target == "html":
        seeds |= html_pages(shared)
        page = example.read_text(encoding="utf-8")
        paragraphs = "".join(f"<p>{p}</p>\n" for p in page.split("\n\n"))
        seeds["example"] = cut(f"<html><body><article>{paragraphs}</article></body></html>")
        seeds["page"] = HTML_PAGE.encode("utf-8")
        seeds["fragments"] = HTML_FRAGMENTS.encode("utf-8")
    elif target == "wxr":
        seeds |= _files([fixtures / "cc-labs-export.xml"], "fixture")
        seeds |= wxr_exports(shared)
        seeds["hand-made"] = (WXR_HEAD + WXR_ITEMS + WXR_TAIL).encode("utf-8")
        seeds["rss"] = RSS_FEED.encode("utf-8")
    elif target == "jsonl":
        paragraphs = example.read_text(encoding="utf-8").split("\n\n")
        seeds["example"] = "".join(
            json.dumps({"id": n, "text": p}, ensure_ascii=n % 2 == 0) + "\n"
            for n, p in enumerate(paragraphs[:30])
        ).encode("utf-8")
        for path in spread(_corpus(shared, "wikinews-gum"), 3):
            text = path.read_text(encoding="utf-8")
            record = {"id": path.stem, "text": body_of(text).strip(), "source": "Wikinews"}
            seeds[f"wikinews-{path.stem[:40]}"] = cut(json.dumps(record) + "\n")
        seeds["hand-made"] = JSON_LINES.encode("utf-8")
        seeds |= {name: text.encode("utf-8") for name, text in SMALL_JSON_LINES.items()}
    elif target == "rule":
        seeds |= _files(sorted((ROOT / "rules").glob("*.toml")), "builtin")
        for number, (info, text) in enumerate(snippets):
            if info == "toml" and "kind =" in text:
                seeds[f"readme-{number}"] = text.encode("utf-8")
        seeds["pattern"] = RULE_PATTERN.encode("utf-8")
        seeds["options-from"] = RULE_OPTIONS_FROM.encode("utf-8")
        seeds["quote-balance"] = RULE_QUOTE_BALANCE.encode("utf-8")
        seeds["source-tag"] = RULE_SOURCE_TAG.encode("utf-8")
    elif target == "config":
        for number, (info, text) in enumerate(snippets):
            if info == "toml" and "kind =" not in text:
                seeds[f"readme-{number}"] = text.encode("utf-8")
        seeds["every-key"] = CONFIG_EVERY_KEY.encode("utf-8")
        seeds["inline"] = CONFIG_INLINE.encode("utf-8")
        seeds["empty"] = b""
        seeds |= {name: text.encode("utf-8") for name, text in SMALL_CONFIGS.items()}
    elif target == "pyproject":
        own = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
        seeds["repository"] = cut(own + '\n[tool.citelint]\nselect = ["QUO"]\n')
        seeds["tables"] = PYPROJECT_TABLES.encode("utf-8")
        seeds["inline"] = PYPROJECT_INLINE.encode("utf-8")
        seeds["not-configured"] = PYPROJECT_OTHER.encode("utf-8")
        seeds |= {
            name: ("[tool.citelint]\n" + text.replace("[", "[tool.citelint.", 1)).encode()
            if text.startswith("[")
            else ("[tool.citelint]\n" + text).encode()
            for name, text in SMALL_CONFIGS.items()
        }
    elif target == "baseline":
        seeds |= _files([ROOT / "examples" / "baseline.json"], "example")
        for number, (info, text) in enumerate(snippets):
            if info == "json" and "citelint_baseline" in text:
                seeds[f"readme-{number}"] = text.encode("utf-8")
        seeds |= baseline_seeds()
        seeds |= {name: text.encode("utf-8") for name, text in SMALL_BASELINES.items()}
    else:
        raise ValueError(f"no seeds for target {target!r}")
    return seeds


def make_seeds(
    directory: Path, shared: Path = DEFAULT_SHARED, targets: Sequence[str] = TARGETS
) -> dict[str, int]:
    """Write the seeds of ``targets`` under ``directory``; the number written of each."""
    counts = {}
    every = directory / "all"
    every.mkdir(parents=True, exist_ok=True)
    for target in targets:
        folder = directory / target
        folder.mkdir(parents=True, exist_ok=True)
        seeds = seeds_for(target, shared)
        for name, data in seeds.items():
            (folder / name).write_bytes(data)
            (every / f"{target}-{name}").write_bytes(with_target(target, data))
        counts[target] = len(seeds)
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--target", action="append", choices=TARGETS)
    arguments = parser.parse_args(argv)
    counts = make_seeds(arguments.directory, arguments.shared, arguments.target or TARGETS)
    for target, count in counts.items():
        print(f"{target}: {count} seeds in {arguments.directory / target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
