"""Hostile shapes of text that once made the analysis cost more than linear time.

Each input is large enough that the old code took many seconds on it (the figure is in the
test's comment); the assertions are on the findings, never on time: how the cost grows is
measured by ``bench/hostile.py``.
"""

from __future__ import annotations

from collections import Counter

from conftest import lint

SPEECH = "“We will not go back there again, not now.”"
CREDIT = "\n\n[Reuters]\n"
# A long stretch after (or before) the hostile part: a pass over it for each item of that part
# is what made the old code slow.
TAIL = "word " * 400_000


def codes(text: str, path: str = "post.txt") -> Counter[str]:
    return Counter(violation.rule.code for violation in lint(text, path))


def test_a_quotation_is_not_a_pass_over_the_rest_of_the_file() -> None:
    # 0.4 s; 5.6 s before (each quotation looked ahead for a hyphen in the rest of the file).
    assert codes("Title\n\n" + "“q”.\n\n" * 5_000 + TAIL + CREDIT) == Counter()


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
