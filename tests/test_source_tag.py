"""SRC001: what is and is not a credit line."""

from __future__ import annotations

import pytest

from conftest import problems

BODY = "Headline\n\nAt least 30 escapees were rounded up, according to activists.\n\n"


@pytest.mark.parametrize(
    "ending",
    [
        "[Reuters]",
        "[BBC]",
        "[The Organization for World Peace]",
        "[International Journal of Korean Unification Studies]",
        "[Reuters]\n\nRead more",
        "  [UPI]  ",
        "[dpa]",
    ],
)
def test_credits(ending: str) -> None:
    assert problems(BODY + ending, select=("SRC001", "SRC002")) == []


@pytest.mark.parametrize(
    "ending",
    [
        "They fled. Read more",
        "Read more",
        '[caption id="attachment_1" align="alignnone"]',
        "[/caption]",
        "[youtube=http://www.youtube.com/watch?v=abc]",
        "[embed]",
        "[1]",
        "[Reuters](https://reuters.com)",
        "One of my customers [from South Korea] realized it.",
        "[Updated: the figures were corrected]",
        "[…]",
    ],
)
def test_not_credits(ending: str) -> None:
    text = BODY + ending
    last_line = text.count("\n") + 1
    assert problems(text, select=("SRC001", "SRC002")) == [(last_line, 1, "SRC001")]
