"""The Markdown reader: CommonMark blocks decide what is prose; front matter is metadata.

The texts are cut from real 18F posts (../shared/corpus/18f-blog/, public domain).
"""

from __future__ import annotations

import pytest

from citelint.document import Document
from citelint.errors import InputError
from citelint.readers import read_document
from conftest import problems


def read(text: str, path: str = "post.md") -> Document:
    return read_document(path, text.encode("utf-8"))


def prose(text: str) -> str:
    """The text the checks read, with runs of blanks squeezed for comparison."""
    return " ".join(read(text).text.split())


# 2024-11-05-three-ways-to-write-fearless-spreadsheet-formulas.md: a table of figures.
TABLE = """Here is what the system reported.

| Day in quarter | Visitor count reported by buggy system | Visitor count, actual |
|-|-|-|
| 1 | 141 | 131
| 2 | 170 | 160
"""


def test_table_cells_are_data_not_prose() -> None:
    assert prose(TABLE) == "Here is what the system reported."
    assert problems(TABLE, select=("FIG",), path="post.md") == []
    # The same rows outside a table (no delimiter row) are a paragraph and are linted.
    as_paragraph = TABLE.replace("|-|-|-|\n", "")
    assert "141" in prose(as_paragraph)


def test_indented_and_fenced_code_are_blanked() -> None:
    text = 'Run this:\n\n    print("unbalanced)\n\n```python\nx = "also\n```\n\nDone.\n'
    assert prose(text) == "Run this: Done."
    assert problems(text, path="post.md") == []


# 2016-10-11-getting-the-most-juice-out-of-the-squeeze.md: quotations in one block quote.
BLOCK_QUOTE = """However, as we conducted initial research and spoke to users; we uncovered \
different needs. Most notably they noted the need to *find things.* They found the current search \
systems very difficult to use.

> “I might like to find every enforcement action that dealt with a particular regulation, \
but I have no easy way to do that.”
>
> “I do think that the explanation on coordination is pretty good… I’m trying to find it. \
I can’t find it. I remember reading it.”
"""


def test_a_block_quote_is_one_paragraph_whose_source_is_named_around_it() -> None:
    assert problems(BLOCK_QUOTE, select=("ATR",), path="post.md") == []
    post = read(BLOCK_QUOTE).posts[0]
    assert len(post.prose) == 2  # the paragraph before, and the whole block quote


# 2016-03-21-we-asked-100-of-our-coworkers-why-did-you-join-18f.md: a pull quote whose second
# paragraph is indented inside its HTML element. CommonMark would call it code; Jekyll's
# kramdown, which renders these posts, shows it as the quotation's text.
PULL_QUOTE = """<div class="pquote">
\t{{ "brethauer" | team_photo }}
\t<blockquote>
\t\t“I joined 18F to make a big impact on how our government works and serves its people.

\t\tI came to 18F after getting a masters in information management and human-computer \
interaction, and time at the Sunlight Foundation and NPR.” - {{ "brethauer" | team_link }}
\t</blockquote>
</div>
"""


def test_indented_text_inside_an_html_element_is_prose() -> None:
    assert "I came to 18F" in prose(PULL_QUOTE)
    assert "team_photo" not in prose(PULL_QUOTE)
    assert "<blockquote>" not in prose(PULL_QUOTE)
    # The quotation runs over two paragraphs and the second does not reopen it: a real defect.
    assert problems(PULL_QUOTE, path="post.md") == [(4, 3, "QUO001"), (6, 143, "QUO002")]


def test_a_list_after_a_colon_is_introduced_by_it() -> None:
    text = (
        "Definitions of innovation we heard included:\n\n"
        '- _"Novelty plus change"_\n- _"Taking a calculated risk"_\n'
    )
    assert problems(text, select=("ATR",), path="post.md") == []
    assert len(read(text).posts[0].prose) == 2


def test_headings_are_their_own_paragraph_and_their_quotations_titles() -> None:
    text = "## “We don’t have time, money, or expertise.” ##\nThe team said little.\n"
    document = read(text)
    [post] = document.posts
    assert post.title == "“We don’t have time, money, or expertise.”"
    assert len(post.prose) == 2
    assert "##" not in document.text.split("\n")[0].rstrip()[3:]  # closing #s blanked
    assert problems(text, select=("ATR",), path="post.md") == []


def test_setext_heading_underline_is_not_prose() -> None:
    text = "Why we joined\n=============\n\nBecause.\n"
    assert prose(text) == "Why we joined Because."
    assert read(text).posts[0].title == "Why we joined"


def test_reference_definitions_are_not_prose() -> None:
    text = 'See [the "guide][1].\n\n[1]: https://example.gov/a "A \'title"\n'
    assert prose(text) == 'See [the "guide] .'
    assert len(read(text).links) == 1


YAML_POST = """---
title: "Why did you join 18F?"
authors:
- maya
source: Reuters
tags:
- careers
---

Some text.
"""


def test_yaml_front_matter_is_metadata_and_not_prose() -> None:
    document = read(YAML_POST)
    [post] = document.posts
    assert post.title == "Why did you join 18F?"
    assert post.metadata["source"] == "Reuters"
    assert post.metadata["tags"] == ["careers"]
    assert prose(YAML_POST) == "Some text."


def test_toml_front_matter_is_metadata() -> None:
    text = '+++\ntitle = "A Hugo post"\nsource = "AP"\n+++\n\nBody.\n'
    [post] = read(text).posts
    assert post.title == "A Hugo post"
    assert post.metadata["source"] == "AP"
    assert prose(text) == "Body."


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "---\ntitle: ok\nauthors: [maya\nsource: x\n---\nBody.\n",
            r"^post\.md:4: front matter is not valid YAML: ",
        ),
        ('+++\ntitle = "open\n+++\nBody.\n', r"^post\.md:2: front matter is not valid TOML: "),
        ("---\n- a\n- b\n---\nBody.\n", r"^post\.md:2: front matter is not a mapping"),
    ],
)
def test_front_matter_that_does_not_parse_is_a_one_line_error(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message) as raised:
        read(text)
    assert "\n" not in str(raised.value)


def test_empty_front_matter_is_no_metadata() -> None:
    [post] = read("---\n---\n# Title\n\nBody.\n").posts
    assert post.metadata == {}
    assert post.title == "Title"


def test_hugo_shortcodes_and_highlight_blocks_are_blanked() -> None:
    text = (
        '{{< figure src="/a.png" caption="A \'b" >}}\n\n'
        '{{< highlight go >}}\nfmt.Println("hi)\n{{< /highlight >}}\n\n'
        'Text with {{% note %}}a "note{{% /note %}} in it.\n'
    )
    # The text between a paired shortcode's tags is prose; the tags and the code are not.
    assert prose(text) == 'Text with a "note in it.'


# A post of the seed page (examples/north-korean-refugees.txt) as a Markdown file.
SEED_POST = """---
title: Chinese raids on North Korean defector safe houses
source: Reuters
---

At least 30 North Korean escapees have been rounded up in a string of raids across China \
since mid-April, according to family members and activist groups.
"""


def test_a_source_field_in_front_matter_is_a_credit() -> None:
    assert problems(SEED_POST, select=("SRC",), path="post.md") == []
    without = SEED_POST.replace("source: Reuters\n", "")
    assert problems(without, select=("SRC",), path="post.md") == [(5, 1, "SRC001")]
    # A list of sources credits too; an empty field does not.
    as_list = SEED_POST.replace("source: Reuters", "sources:\n- Reuters\n- AP")
    assert problems(as_list, select=("SRC",), path="post.md") == []
    empty = SEED_POST.replace("source: Reuters", 'source: ""')
    assert problems(empty, select=("SRC",), path="post.md") == [(6, 1, "SRC001")]
    # The bracketed tag still works in Markdown.
    tagged = without + "\n[Reuters]\n"
    assert problems(tagged, select=("SRC",), path="post.md") == []


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_positions_hold_with_every_line_ending(newline: str) -> None:
    text = (
        "---\ntitle: t\n---\n\n> quoted\n>\n> He said “stop.\n\n"
        "| a | b |\n|-|-|\n| 1 | 2 |\n\n- item “x\n"
    )
    assert problems(text.replace("\n", newline), path="post.md") == [
        (7, 11, "QUO001"),
        (13, 8, "QUO001"),
    ]
