"""Hostile shapes of text that once made the analysis cost more than linear time.

Each input is large enough that the old code took many seconds on it (the figure is in the
test's comment); the assertions are on the findings, never on time: how the cost grows is
measured by ``bench/hostile.py``.
"""

from __future__ import annotations

import json
import random
from collections import Counter

from citelint.analysis import PostFacts
from citelint.analysis.attribution import QuotationFacts
from citelint.analysis.verification import FigureValue, NearestFigures
from citelint.conventions import builtin_catalog
from citelint.readers import read_document
from conftest import lint

SPEECH = "“We will not go back there again, not now.”"
CREDIT = "\n\n[Reuters]\n"
# A long stretch after (or before) the hostile part: a pass over it for each item of that part
# is what made the old code slow.
TAIL = "word " * 400_000


def codes(text: str, path: str = "post.txt") -> Counter[str]:
    return Counter(violation.rule.code for violation in lint(text, path))


def quotation_facts(text: str) -> tuple[QuotationFacts, ...]:
    """The quotations of the one post of ``text`` as ATR001 attributes them."""
    document = read_document("post.txt", text.encode("utf-8"))
    (post,) = document.posts
    return PostFacts(document, post, builtin_catalog().get("en-US")).attribution.quotations


def test_a_quotation_is_not_a_pass_over_the_rest_of_the_file() -> None:
    # 0.4 s; 5.6 s before (each quotation looked ahead for a hyphen in the rest of the file).
    assert codes("Title\n\n" + "“q”.\n\n" * 5_000 + TAIL + CREDIT) == Counter()


def test_a_long_word_between_quotations_and_their_cue_is_read_once() -> None:
    # 0.1 s; 1.5 s before for one quotation with 120 digits after it and about 50 s with 160
    # (a failed match of the few words between a quotation and its cue tried every split of
    # a long word into shorter ones), so this file took hours.
    text = "Title\n\n" + f"“We will not go back there again”:{'7' * 300}{{ " * 50 + "she wrote."
    assert codes(text + CREDIT) == Counter()


def test_a_quotation_used_as_a_compound_modifier_is_a_term() -> None:
    assert codes("Title\n\nIts “Move fast and break things”-style culture." + CREDIT) == Counter()
    assert codes("Title\n\nIts **“Move fast and break things”**-style culture." + CREDIT) == (
        Counter()
    )
    assert codes("Title\n\nHe mocked “Move fast and break things” daily." + CREDIT) == Counter(
        {"ATR001": 1}
    )


def test_many_quotations_at_the_end_of_a_long_sentence() -> None:
    # 0.4 s; 7.5 s before (the colon before each quotation was looked for in a copy of the
    # sentence up to it).
    assert codes("Title\n\n" + TAIL + "“q” " * 5_000 + CREDIT) == Counter()
    assert codes(f"Title\n\nHe put it this way: **{SPEECH}**" + CREDIT) == Counter()


def test_a_speaker_label_is_looked_for_in_its_paragraph_only() -> None:
    # 0.3 s; 4.7 s before (each label's colon was looked for in the rest of the file).
    text = "Title\n\n" + f"{SPEECH}\n\n" * 2_000 + TAIL
    assert codes(text + CREDIT) == Counter({"ATR001": 2_000})
    assert codes(f"Title\n\nQ: {SPEECH}" + CREDIT) == Counter()
    assert codes(f"Title\n\n{SPEECH}\n\nQ: yes" + CREDIT) == Counter({"ATR001": 1})


def test_conversions_in_brackets_that_never_close() -> None:
    # 0.3 s; 4 s before (each looked for its closing bracket in the rest of the file).
    found = lint("Title\n\n" + "150 won (13 " * 5_000 + "\n\n" + TAIL + CREDIT)
    assert [(v.start.line, v.start.column, v.rule.code) for v in found] == [(3, 1, "FIG001")]
    assert (
        "150 won (13 cents)"
        in lint("Title\n\nIt costs 150 won (13 cents) a day." + CREDIT)[0].message
    )


def test_a_run_of_digits_and_commas_is_tried_once_per_place() -> None:
    # 0.5 s; 5.4 s before (every place was tried again for each of the next digits).
    assert codes("Title\n\n" + "1," * 30_000 + CREDIT) == Counter()


def test_quotation_marks_nested_thousands_deep() -> None:
    # 0.5 s; 17 s before (every mark looked through the open quotations, and every level was
    # examined, reading the inside of each outer one again).
    text = "Title\n\n" + "“‘" * 10_000 + "x" + "’”" * 10_000
    assert codes(text + CREDIT) == Counter()


def test_a_deep_quotation_takes_its_parents_kind_and_speaker() -> None:
    pairs = (("“", "”"), ("‘", "’"))
    opening = "".join(f"Speaker {n} said: {pairs[n % 2][0]}" for n in range(13))
    closing = "".join(pairs[n % 2][1] for n in reversed(range(13)))
    facts = quotation_facts(f"Title\n\n{opening}We go, now, please.{closing}" + CREDIT)
    assert [(item.quotation.depth, item.kind) for item in facts] == [
        (depth, "speech") for depth in range(13)
    ]
    assert [(item.speaker, item.via) for item in facts[7:]] == [
        ("Speaker 7", "sentence"),
        ("Speaker 8", "sentence"),
        *[("Speaker 8", "outer-quotation")] * 4,
    ]


def test_quotations_left_open_through_many_paragraphs() -> None:
    # 0.6 s; 5.5 s before (each paragraph copied the quotations it carried on).
    text = "Title\n\n" + "“a " * 15_000 + "\n\n“b" * 15_000
    assert codes(text + CREDIT) == Counter({"QUO001": 15_000})


def test_many_cues_before_the_quotations_of_a_sentence() -> None:
    # 0.9 s; 13 s before (each quotation listed every cue before it in its sentence).
    text = "Title\n\n" + "said, " * 100_000 + "“q” " * 10_000
    assert codes(text + CREDIT) == Counter()


def test_many_paragraphs_introduced_by_a_colon() -> None:
    # 0.8 s; 6.7 s before (each paragraph listed the cues of the whole post).
    text = "Title\n\n" + f"He put it this way:\n\n{SPEECH}\n\n" * 10_000
    assert codes(text + CREDIT) == Counter()


def test_quoted_questions_at_the_end_of_a_long_sentence() -> None:
    # 0.4 s; 6 s before (each question copied its sentence up to it).
    text = "Title\n\n" + TAIL + "“Why is it so?” or " * 3_000
    assert codes(text + CREDIT) == Counter()


def test_figures_after_many_quotations_inside_a_quotation() -> None:
    # 1 s; 9 s before (each figure looked back through every quotation before it).
    figures = "".join(f"{n}% of people, " for n in range(10, 5_010))
    inside = "‘a’ " * 10_000 + figures
    assert codes(f"Title\n\nKim put it this way:\n\n“{inside}”" + CREDIT) == Counter()
    # The figures of a quotation with no speaker are that speaker's: one finding, ATR001's.
    assert codes(f"Title\n\n“{inside}”" + CREDIT) == Counter({"ATR001": 1})


def test_a_directive_before_each_of_many_paragraphs() -> None:
    # 1.5 s; 9 s before (each directive listed the starts of every paragraph of the file).
    text = "Title\n\n" + f"citelint-disable-next-line ATR001\n\n{SPEECH}\n\n" * 10_000
    assert codes(text + CREDIT) == Counter()


def test_many_ranges_that_an_enable_of_another_code_leaves_open() -> None:
    # 0.4 s; 3.4 s before (each enable looked at every range still open).
    text = (
        "Title\n\n"
        + "citelint-disable ATR001\n\n" * 3_000
        + "citelint-enable QUO001\n\n" * 3_000
        + f"{SPEECH}\n\n" * 3_000
    )
    assert codes(text + CREDIT) == Counter({"LNT001": 5_999})


def test_unused_directives_in_an_archive_of_many_posts() -> None:
    # 1.8 s; 12 s before for a fifth of it (each directive looked through every post).
    body = "Hello there. <!-- citelint-disable FIG001 -->\n\n[Reuters]"
    lines = "".join(
        json.dumps({"id": str(n), "title": f"Post {n}", "text": body}) + "\n" for n in range(10_000)
    )
    found = lint(lines, "posts.jsonl")
    assert Counter(violation.rule.code for violation in found) == Counter({"LNT001": 10_000})
    assert [violation.post for violation in found[-2:]] == ["Post 9998", "Post 9999"]


def test_a_post_that_ends_in_many_lines_of_link_text() -> None:
    # 1 s; 5 s before (each line looked back for a carriage return to the start of the post).
    text = "Title\n\n" + TAIL + "\n\nHe went home.\n\n" + "Read more\n" * 10_000
    assert codes(text) == Counter({"SRC001": 1})
    for line_break in ("\n", "\r\n", "\r"):
        post = line_break.join(["Title", "", "He went home.", "", "[Reuters]", "Read more", ""])
        assert codes(post) == Counter()


def test_many_figures_checked_against_an_original_with_many_figures() -> None:
    # 0.6 s; 13 s before (each figure read every figure of the original, and each figure
    # the original holds was looked for in the list of the others).
    held = "".join(f"{n:,} people, " for n in range(10_000, 14_000))
    extra = "".join(f"{n:,} voters, " for n in range(50_000, 54_000))
    original = f"Story\n\nThere were {held}and more.\n"
    post = f"Title\n\nThere were {held}{extra}and more." + CREDIT
    found = lint(post, select=("FIG001",), original=original)
    assert [(v.severity, v.message[:36]) for v in found] == [
        ("info", "Unsourced figure: 10,000, 10,001, 10"),
        (None, "Unsourced figure: 50,000, 50,001, 50"),
    ]
    found = lint(post, select=("VRF002",), original=original)
    assert len(found) == 4_000
    assert found[-1].message.endswith("its nearest figure is “13,999 people”")


def test_the_nearest_figure_is_the_one_a_reading_of_them_all_finds() -> None:
    chooser = random.Random(14)
    for _ in range(200):
        figures = [
            (
                f"figure {number}",
                [
                    FigureValue(chooser.choice(["count", "percent"]), chooser.choice(VALUES))
                    for _ in range(chooser.randint(0, 2))
                ],
            )
            for number in range(chooser.randint(0, 12))
        ]
        index = NearestFigures(figures)
        for value in VALUES:
            for kind in ("count", "percent", "money"):
                wanted = FigureValue(kind, value)
                assert index.nearest(wanted) == index._read_all(wanted)


VALUES = [0.0, 0.5, 1.0, 2.0, 3.0, 10.0, 10.5, 11.0, 1e16, 1e16 + 2, -4.0, float("inf")]
