"""Quotation marks, one case a line: text, then the (line, column, code) findings expected."""

from __future__ import annotations

import pytest

from conftest import problems

OK: list[tuple[int, int, str]] = []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Balanced quotations, both styles, nested.
        ("“The crackdown is severe,” said Y. H. Kim.", OK),
        ('"The crackdown is severe," said Y. H. Kim.', OK),
        ("“I heard voices, someone saying ‘shut up’ in Chinese,” said the woman.", OK),
        ("\"I heard voices, someone saying 'shut up' in Chinese,\" said the woman.", OK),
        ("UN report says North Korean people ‘trapped in cycle of corruption’", OK),
        ("UN report says North Korean people 'trapped in cycle of corruption'", OK),
        # Real sentences of the CC Labs WordPress export: a quotation ending on a slash or an
        # asterisk, and cp1252 mojibake of a dash (â€“ holds a “), which is not a mark.
        ("the license for the URL 'http://blog.aikawa.com.ar/' was changed from 'by-nc-sa'", OK),
        ("Requiring that sites add 'Access-Control-Allow-Origin:*' simply is a way", OK),
        ('as "A Software Process Proposal" â€“ and a B.Sc. in Computer Science', OK),
        ("the directions all the art tools are going â€” Scribus, Krita", OK),
        ("the URL are also being stored in the document' metadata.", [(1, 46, "QUO002")]),
        # Apostrophes are not quotation marks.
        ("I don’t know, said O’Malley.", OK),
        ("The defectors’ safe house and Jones’ car.", OK),
        ("Back in the ’90s it was rock ’n’ roll ’til dawn; let ’em dance.", OK),
        ("Back in the '90s it was rock 'n' roll 'til dawn; let 'em dance.", OK),
        ("Organizations like 18F and the U.K.’s Government Digital Service.", OK),
        ("using GitHub as [NotAlone](https://www.notalone.gov/)'s CMS.", OK),
        ("‘the Joneses’ house’ was raided", OK),
        # A possessive after a name in markup (Reuters-21578 sets company names in <…>).
        ("<Ciba-Geigy Corp>'s unit said it agreed.", OK),
        ("The *Gazette*’s editor resigned.", OK),
        # AP headlines quote in single marks.
        ("'Game of Thrones' star dies at 50", OK),
        ("Trump calls raid 'a disgrace,' vows fight", OK),
        ("‘Rust’ armorer’s trial opens; Yankees’ Judge agrees to deal", OK),
        ("'Devastating': Floods hit Libya", OK),
        # Measures are not quotations.
        ('He is 6\'2" tall and carried a 12" pipe.', OK),
        ("It is 5' long.", OK),
        # Straight marks are classified by their neighbours.
        ('She called it "red zone". Then "Underground Railroad".', OK),
        ('Lawmakers called the plan "$500 too much."', OK),
        ("_\"Your branch is up-to-date with 'origin/staging'\"_ means it is current.", OK),
        # Real sentence (18F blog): '18F,' is a quotation, not a year like '90s.
        (
            "Eric continued, “We also created a style with a simple, unembellished '18F,' free "
            "of any graphical icon.”",
            OK,
        ),
        # Unclosed.
        ("“The crackdown is severe, said Kim.", [(1, 1, "QUO001")]),
        ("He said ‘stop.” Then he left.", [(1, 15, "QUO003")]),
        ("“He said ‘stop.” Then he left.", [(1, 10, "QUO001")]),
        ("“I heard voices, said the woman. “Then the line was cut off.”", [(1, 1, "QUO001")]),
        ("“First paragraph.\n\nSecond paragraph without a reopening.", [(1, 1, "QUO001")]),
        ("“First paragraph.\n\n“Second, reopened, closes.”", OK),
        ("“First.\n\n“Second.\n\n“Third closes.” said Kim.", OK),
        # Unopened.
        ("The crackdown is severe,” said Kim.", [(1, 25, "QUO002")]),
        ('The crackdown is severe," said Kim.', [(1, 25, "QUO002")]),
        ("someone saying shut up’ in Chinese", [(1, 23, "QUO002")]),
        # Real sentence (18F blog): the opening mark was never typed.
        ('on its [How To Sell to\nthe Government](http://m.gsa.gov)" page.', [(2, 34, "QUO002")]),
        # Misplaced apostrophes after a name are typos, not quotations never opened (the
        # issue's wire copy; Global Voices, https://globalvoicesonline.org/2011/01/25/ and
        # /2012/05/08/nigeria-r-i-p-rashidi-yekini-african-football-legend/, CC BY 3.0).
        ("“The ban is a step back,” said Rory O' Neill.", [(1, 38, "QUO004")]),
        ("The UK' opposition to the plan hardened.", [(1, 7, "QUO004")]),
        ("It was Eddie O'Sullivan' side that won.", [(1, 24, "QUO004")]),
        ("like Tim O' Reilly (O'Reilly media founder) proposed", [(1, 11, "QUO004")]),
        ("Shooting Stars in Nigeria, Ivory Coast’ s Africa Sport", [(1, 39, "QUO004")]),
        # A name ending in its mark (Sana'a), z or x, and I' am are left to QUO002.
        ("only 1.2 miles between the 10,000+ protesters in Sana' University", [(1, 54, "QUO002")]),
        ("in Chavez' decision", OK),
        # Inside a quotation, Index' closes it (https://globalvoicesonline.org/2012/05/09/).
        (
            "in the annual 'World Giving Index'  compiled by the Charity Aid Foundation (CAF). "
            "Each country's ranking is based on private individuals' donations.",
            OK,
        ),
        # Quoted letters are no possessives (https://globalvoicesonline.org/2012/05/04/).
        ("John says ‘X’ on Monday but Jeremy insists it is ‘Y’ on Tuesday", OK),
        ('according to "Moussa\'s\'", "Dago\'s" or "Zézé\'s"', OK),
        ("I' am here", [(1, 2, "QUO002")]),
        # A quoted name opening on two digits is no '90s (https://globalvoicesonline.org/?p=194172).
        ("to abolish the '30 Minute' delivery system.", OK),
        ("The class of '08 and '09 met.", OK),
        # Mismatched styles, nesting, wrong direction, apostrophe typos.
        ('“The crackdown is severe," said Kim.', [(1, 26, "QUO003")]),
        ("“They called it “a different level” in Seoul,” he said.", [(1, 17, "QUO003")]),
        ("Durihana‘s members arrived.", [(1, 9, "QUO003")]),
        ("Defectors who fled in the ‘90s.", [(1, 27, "QUO003")]),
        ("“We’ve got ‘em. Come along,” Raphy said.", [(1, 12, "QUO003")]),
        ("a designer in Tucson, notes: ”This covers it.”", [(1, 30, "QUO003")]),
        ("“it feels like this“. It helps.", [(1, 20, "QUO003")]),
        # Real sentence (18F blog): ’ typed to open.
        ("must have a ’/privacy’ web address", [(1, 13, "QUO003")]),
    ],
)
def test_quotation_marks(text: str, expected: list[tuple[int, int, str]]) -> None:
    assert problems(text) == expected


def test_broken_paragraph_does_not_pair_with_the_next() -> None:
    text = "“Broken here.\n\nKim said so.\n\n“A fine quotation,” he added."
    assert problems(text) == [(1, 1, "QUO001")]


def test_unclosed_message_says_where_the_paragraph_ended() -> None:
    from conftest import lint

    [finding] = lint("“The crackdown is severe.\n\nKim said so.", select=("QUO001",))
    assert finding.message == (
        "Unclosed quotation: “ is never closed; its paragraph ends at 1:26 with no closing ”, "
        "and the next paragraph does not reopen the quotation"
    )


def test_markdown_markup_is_not_prose() -> None:
    text = (
        '---\ntitle: "A \'post"\n---\n'
        '<img src="{{ "/a.gif" | url }}" alt="Shot: a \'b" />\n\n'
        'Run `echo "hi` and see [docs](http://x.org "t").\n\n'
        '```\nprint("unbalanced)\n```\n'
        '<!-- a " comment -->\n'
    )
    assert problems(text, path="post.md") == []
