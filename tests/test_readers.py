"""The HTML, WordPress export and JSON Lines readers, and how positions map back to files.

Texts are the seed page's posts (examples/), a real WordPress export post and the 18F corpus.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citelint.document import DecodedText, Document, Span
from citelint.engine import lint_document
from citelint.errors import InputError
from citelint.readers import read_document
from citelint.readers.plain import split_archive
from conftest import FIXTURES, RULES, SHARED, lint

KIM = "“The crackdown is severe,” said Y. H. Kim, chairman of the North Korea Refugees Human Rights Association of Korea."  # noqa: E501
RAIDS = "At least 30 North Korean escapees have been rounded up in a string of raids across China since mid-April, according to family members and activist groups."  # noqa: E501


def read(text: str, path: str) -> Document:
    return read_document(path, text.encode("utf-8"))


def found(text: str, path: str, select: tuple[str, ...] = ()) -> list[tuple[int, int, str]]:
    return [(v.start.line, v.start.column, v.rule.code) for v in lint(text, path, select)]


# -- the offset map ----------------------------------------------------------------------------


def test_decoded_text_maps_every_offset_back_to_the_file() -> None:
    file_text = "a &ldquo;b&rdquo; c"
    out = DecodedText(file_text)
    out.copy(0, 2)
    out.decoded("“", 2, 9)
    out.copy(9, 10)
    out.decoded("”", 10, 17)
    out.copy(17, 19)
    offsets = out.offset_map()
    assert out.text() == "a “b” c"
    assert offsets.span(Span(2, 5)) == Span(2, 17)  # “b” is &ldquo;b&rdquo; in the file
    assert [offsets.start(i) for i in range(7)] == [0, 1, 2, 9, 10, 17, 18]


def test_maps_compose_through_an_intermediate_text() -> None:
    file_text = "x &lt;p&gt;&amp;rdquo;Hi y"  # XML-escaped HTML, as an export may hold it
    xml = DecodedText(file_text)
    xml.copy(0, 2)
    xml.decoded("<", 2, 6)
    xml.copy(6, 7)
    xml.decoded(">", 7, 11)
    xml.decoded("&", 11, 16)
    xml.copy(16, 26)
    markup = xml.text()
    assert markup == "x <p>&rdquo;Hi y"
    html = DecodedText(markup)
    html.decoded("”", 5, 12)
    html.copy(12, 14)
    both = html.offset_map().through(xml.offset_map())
    assert html.text() == "”Hi"
    assert both.span(Span(0, 1)) == Span(11, 22)  # &amp;rdquo; in the file
    assert both.span(Span(1, 3)) == Span(22, 24)


# -- HTML ---------------------------------------------------------------------------------------


def seed_post_as_html(paragraphs: list[str]) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<title>Chinese raids on North Korean defector safe houses | Example</title>
<script>var promo = "“Subscribe now";</script>
<style>q::before {{ content: "“"; }}</style>
</head>
<body>
<header><nav><a href="/">Home</a> <a href="/world">“World news</a></nav></header>
<article>
<h1>Chinese raids on North Korean defector safe houses</h1>
{body}
<p>[Reuters]</p>
</article>
<aside><h2>Most read</h2><p>“Unclosed teaser about 80% of readers</p></aside>
<footer>© 2019. 17% of all rights reserved.</footer>
</body>
</html>
"""


def test_html_findings_come_only_from_the_article_at_their_source_lines() -> None:
    # The cuts an editor makes: the source of the figure and the closing mark.
    cut_source = RAIDS.replace(", according to family members and activist groups", "")
    page = seed_post_as_html([cut_source, KIM.replace("”", "")])
    violations = lint(page, "post.html")
    lines = page.splitlines()
    assert [(v.rule.code, v.start.line) for v in violations] == [("FIG001", 12), ("QUO001", 13)]
    quote = violations[1]
    assert lines[quote.start.line - 1][quote.start.column - 1] == "“"
    assert violations[0].post == "Chinese raids on North Korean defector safe houses"


def test_html_clean_article_has_no_findings() -> None:
    assert found(seed_post_as_html([RAIDS, KIM]), "post.html") == []


def test_html_entities_are_decoded_and_reported_where_written() -> None:
    page = "<p>&ldquo;The crackdown is severe,&rdquo; said Y. H. Kim&rsquo;s aide.</p>\n<p>&ldquo;Open</p>\n<p>[Reuters]</p>\n"  # noqa: E501
    document = read(page, "post.html")
    assert "“The crackdown is severe,” said Y. H. Kim’s aide." in document.text
    assert found(page, "post.html") == [(2, 4, "QUO001")]  # &ldquo; starts at column 4


def test_html_inline_tags_do_not_split_words() -> None:
    page = "<p><em>Kim</em>’s aide said <code>echo</code>'d commands ran.</p><p>[Reuters]</p>"
    assert found(page, "post.html") == []
    assert "Kim’s aide" in read(page, "post.html").text


def test_html_without_article_uses_main_then_body_without_furniture() -> None:
    page = '<body><div role="navigation">“Menu</div><main><p>He said “hi.</p></main></body>'
    assert found(page, "post.html", ("QUO",)) == [(1, 58, "QUO001")]
    page = "<body><nav>“Menu</nav><p>He said “hi.</p><footer>“Foot</footer></body>"
    assert found(page, "post.html", ("QUO",)) == [(1, 34, "QUO001")]


def test_each_article_is_a_post_titled_by_its_heading() -> None:
    posts = split_archive(
        (FIXTURES.parent.parent / "examples/north-korean-refugees.txt").read_text(encoding="utf-8")
    )
    page = "".join(f"<article><h2>{post.title}</h2><p>Text.</p></article>\n" for post in posts[:3])
    document = read(page, "archive.html")
    assert [post.title for post in document.posts] == [post.title for post in posts[:3]]


def test_a_blockquote_is_one_paragraph() -> None:
    page = "<p>The ministry said:</p><blockquote><p>“We will act.</p>\n<p>We must.”</p></blockquote><p>[Reuters]</p>"  # noqa: E501
    assert found(page, "post.html") == []


# -- WordPress exports ------------------------------------------------------------------------


def test_wordpress_post_findings_are_at_the_export_line() -> None:
    path = FIXTURES / "cc-labs-export.xml"
    source = path.read_text(encoding="utf-8")
    violations = lint(source, str(path), ("QUO",))
    assert [(v.rule.code, v.start.line, v.start.column) for v in violations] == [
        ("QUO002", 25, 238)
    ]
    line = source.splitlines()[24]
    assert line[237 - len("document") : 238] == "document'"
    assert violations[0].post == "It's coming! CC OpenOffice.Org Add-in"


def test_wordpress_shortcodes_are_markup_not_credits_or_quotations() -> None:
    export = wxr_with(
        "At least 30 escapees were held, according to activists.\n\n"
        '[caption id="attachment_12" align="alignnone" width="300"]<img src="a.jpg" /> Photo sheets of refugees[/caption]'  # noqa: E501
    )
    assert [v.rule.code for v in lint(export, "export.xml")] == ["SRC001"]
    credited = wxr_with("At least 30 escapees were held, according to activists.\n\n[Reuters]")
    assert lint(credited, "export.xml") == []


def test_wordpress_drafts_pages_and_attachments_are_not_posts() -> None:
    body = "He said “hi."
    assert len(lint(wxr_with(body), "export.xml", ("QUO",))) == 1
    for field, value in (("status", "draft"), ("post_type", "page")):
        assert lint(wxr_with(body, **{field: value}), "export.xml", ("QUO",)) == []


def test_wordpress_custom_field_source_credits_a_post() -> None:
    meta = "<wp:postmeta><wp:meta_key>source</wp:meta_key><wp:meta_value><![CDATA[Reuters]]></wp:meta_value></wp:postmeta>"  # noqa: E501
    export = wxr_with("At least 30 escapees were held, according to activists.", extra=meta)
    assert lint(export, "export.xml", ("SRC",)) == []


def test_xml_entity_declarations_are_refused() -> None:
    bomb = '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n<rss><channel><item><title>&b;</title></item></channel></rss>'  # noqa: E501
    with pytest.raises(InputError, match="declares entities"):
        read(bomb, "bomb.xml")
    external = '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<rss><channel><item><description>&x;</description></item></channel></rss>'
    with pytest.raises(InputError, match="declares entities"):
        read(external, "external.xml")


def test_broken_xml_is_one_error_with_its_line() -> None:
    with pytest.raises(InputError, match=r"^broken\.xml:2: not well-formed XML"):
        read("<rss>\n<channel><item></channel>", "broken.xml")


def test_escaped_html_in_rss_descriptions_maps_to_the_file() -> None:
    feed = "<rss><channel><item><title>T</title>\n<description>&lt;p&gt;He said &amp;ldquo;hi.&lt;/p&gt;</description></item></channel></rss>"  # noqa: E501
    violations = lint(feed, "feed.xml", ("QUO",))
    assert [(v.start.line, v.start.column) for v in violations] == [(2, 31)]
    assert feed.splitlines()[1][30:].startswith("&amp;ldquo;")


def wxr_with(body: str, status: str = "publish", post_type: str = "post", extra: str = "") -> str:
    return f"""<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<item>
<title>Chinese raids on North Korean defector safe houses</title>
<content:encoded><![CDATA[{body}]]></content:encoded>
<wp:status>{status}</wp:status>
<wp:post_type>{post_type}</wp:post_type>
{extra}
</item>
</channel>
</rss>
"""


@pytest.mark.skipif(not (SHARED / "corpus/cc-labs-wordpress").is_dir(), reason="corpus absent")
def test_the_whole_wordpress_export_lints_post_by_post() -> None:
    path = SHARED / "corpus/cc-labs-wordpress/wordpress.xml"
    document = read_document(str(path), path.read_bytes())
    assert len(document.posts) == 219
    assert all(post.title for post in document.posts)
    violations = lint_document(document, RULES)
    written = path.read_text(encoding="utf-8").splitlines()
    for violation in violations:
        assert 1 <= violation.start.line <= len(written)
        if violation.rule.code.startswith("QUO"):
            line = written[violation.start.line - 1]
            assert line[violation.start.column - 1] in "\"'“”‘’&"


# -- JSON Lines --------------------------------------------------------------------------------


def test_json_lines_findings_carry_the_line_and_the_post_id() -> None:
    lines = [
        {"id": "raids-1", "title": "Chinese raids", "text": f"{RAIDS}\n\n{KIM}\n\n[Reuters]"},
        {"id": "raids-2", "text": f"{KIM.replace('”', '')}", "source": "Reuters"},
    ]
    text = "\n".join(json.dumps(line) for line in lines) + "\n"
    violations = lint(text, "posts.jsonl")
    assert [(v.rule.code, v.start.line, v.post_id, v.post) for v in violations] == [
        ("QUO001", 2, "raids-2", "raids-2")
    ]
    raw = text.splitlines()[1]
    assert raw[violations[0].start.column - 1 :].startswith("\\u201c")  # ensure_ascii escapes


def test_a_bad_json_line_is_reported_and_the_rest_is_linted() -> None:
    text = (
        '{"id": 1, "text": "He said \\u201chi."}\nnot json\n{"id": 3}\n{"id": 4, "text": "x" "y"}\n'
    )
    document = read(text, "posts.jsonl")
    assert document.problems == (
        "posts.jsonl:2: not a JSON object; line skipped",
        "posts.jsonl:3: no 'text' field; line skipped",
        "posts.jsonl:4: not valid JSON: expected ',' at column 23; line skipped",
    )
    assert [post.identifier for post in document.posts] == ["1"]
    assert found(text, "posts.jsonl", ("QUO",)) == [(1, 28, "QUO001")]


# -- the seed as Markdown ---------------------------------------------------------------------


def test_the_seed_as_one_markdown_file_per_post_gives_the_same_findings(seed_text: str) -> None:
    def findings(document: Document) -> list[tuple[str, str | None, str]]:
        return sorted(
            (v.rule.code, v.post, document.excerpt(v.span)) for v in lint_document(document, RULES)
        )

    plain = findings(read(seed_text, "archive.txt"))
    as_markdown = []
    for number, post in enumerate(split_archive(seed_text)):
        body = seed_text[post.prose[1].start : post.prose[1].end]
        title = json.dumps(post.title, ensure_ascii=False)
        as_markdown += findings(read(f"---\ntitle: {title}\n---\n{body}", f"{number}.md"))
    assert len(plain) == 9
    assert sorted(as_markdown) == plain


def test_a_post_given_as_input_format_is_read_in_that_format(tmp_path: Path) -> None:
    from citelint.readers import load_document

    path = tmp_path / "post.htm.bak"
    path.write_text("<p>He said &ldquo;hi.</p>", encoding="utf-8")
    with pytest.raises(InputError, match="--input-format"):
        load_document(str(path))
    assert load_document(str(path), "html").text == "He said “hi."


def test_json_lines_field_names_are_options(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from citelint.cli import main

    path = tmp_path / "export.jsonl"
    record = {"slug": "raids-2", "headline": "Chinese raids", "body": KIM.replace("”", "")}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    fields = ["--jsonl-field", "text=body", "--jsonl-field", "title=headline"]
    code = main(["check", str(path), "--format", "json", *fields, "--jsonl-field", "id=slug"])
    findings = json.loads(capsys.readouterr().out)
    assert code == 1
    assert [(f["code"], f["column"], f["post"], f["post_id"]) for f in findings] == [
        ("QUO001", 59, "Chinese raids", "raids-2"),
        ("SRC001", 59, "Chinese raids", "raids-2"),
    ]
    assert main(["check", str(path), "--jsonl-field", "body"]) == 2
    assert "is not KEY=NAME with KEY one of text, title, id" in capsys.readouterr().err


def test_where_a_paragraph_ends_is_told_in_the_file() -> None:
    page = "<p>He said &ldquo;hi.</p>\n\n\n<p>[Reuters]</p>"
    (violation,) = lint(page, "post.html", ("QUO",))
    assert "its paragraph ends at 1:22 with no closing ”" in violation.message


def test_the_quotation_inventory_gives_offsets_into_the_file() -> None:
    from citelint.inventory import quotation_records

    page = seed_post_as_html([KIM.replace("“", "&ldquo;").replace("”", "&rdquo;")])
    (record,) = quotation_records(read(page, "post.html"))
    assert record.text == "&ldquo;The crackdown is severe,&rdquo;"
    assert page[record.offset : record.end_offset] == record.text
    assert (record.speaker, record.line, record.column) == ("Y. H. Kim", 12, 4)


def test_an_unknown_marked_section_does_not_shift_later_positions() -> None:
    # Found by fuzzing: html.parser moves on before it gives up on <![\p{L}…, twice over.
    page = "<p><![\\p{L}-)(?:x]> and <![\\p{N}]> then</p>\n<p>He said &ldquo;hi.</p>\n<p>[AP]</p>"
    assert found(page, "post.html", ("QUO",)) == [(2, 12, "QUO001")]
