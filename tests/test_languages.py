"""UK English, French and German end to end: each language's quotation marks, attribution
(the speaker too), figures and sources, on sentences written the way its newsrooms write
them. One case a line: the text, then what is expected and where.

French puts a no-break space (U+00A0) or a narrow no-break space (U+202F) inside « and »
and before %; the cases below are written with them, as a French editor's software does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from citelint.analysis import PostFacts
from citelint.analysis.verification import figure_values
from citelint.cli import main
from citelint.conventions import ConventionsChoice, builtin_catalog
from citelint.engine import lint_document
from citelint.inventory import quotation_records
from citelint.originals import SourceArchive
from citelint.readers import read_document
from citelint.rules import select_rules
from conftest import RULES

NBSP, NNBSP = "\u00a0", "\u202f"


def check(
    text: str,
    language: str,
    select: tuple[str, ...],
    path: str = "post.txt",
    original: str | None = None,
    configured: str | None = None,
) -> list[tuple[int, int, str]]:
    """(line, column, code) of each finding of ``text`` read under ``language`` (or, with
    ``configured``, under that set, the post's own language left to choose)."""
    rules = select_rules(RULES, select)
    archive = None
    if original is not None:
        story = read_document("sources/original.txt", original.encode("utf-8"))
        archive = SourceArchive.of_documents(Path("sources"), [story])
    choice = ConventionsChoice(builtin_catalog(), configured or language)
    document = read_document(path, text.encode("utf-8"))
    found = lint_document(document, rules, {rule.code for rule in RULES}, archive, None, choice)
    return [(v.start.line, v.start.column, v.rule.code) for v in found]


def speakers(text: str, language: str) -> list[tuple[str, bool | None, str | None]]:
    """(kind, attributed, speaker) of each quotation, as ``citelint quotes`` reports them."""
    document = read_document("post.txt", text.encode("utf-8"))
    choice = ConventionsChoice(builtin_catalog(), language)
    return [
        (record.kind, record.attributed, record.speaker)
        for record in quotation_records(document, conventions=choice)
    ]


def figures(text: str, language: str) -> list[tuple[str, str]]:
    """Each figure as written, with its category."""
    document = read_document("post.txt", text.encode("utf-8"))
    facts = PostFacts(document, document.posts[0], builtin_catalog().get(language))
    return [
        (document.text[figure.span.start : figure.span.end], figure.category)
        for figure in facts.figures
    ]


QUO = ("QUO001", "QUO002", "QUO003")


# -- quotation marks -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en-GB", "‘We leave tomorrow,’ he said. ‘The “Brexit” bill is long.’\n", []),
        ("en-GB", "‘The Joneses’ house is empty,’ she said.\n", []),
        ("en-GB", "He said: ‘We leave tomorrow.\n", [(1, 10, "QUO001")]),
        ("en-GB", "Title\n\n‘We leave,’ he said.\n\n‘We leave tomorrow\n", [(5, 1, "QUO001")]),
        ("fr", f"«{NBSP}Nous partons demain{NBSP}», a-t-il déclaré.\n", []),
        ("fr", f"«{NNBSP}Il a dit “non” hier{NNBSP}», raconte-t-elle.\n", []),
        ("fr", f"«{NBSP}C’est l’heure{NBSP}», dit-il. «{NBSP}Aujourd’hui{NBSP}».\n", []),
        ("fr", f"Titre\n\nIl a déclaré : «{NBSP}Nous partons demain.\n", [(3, 16, "QUO001")]),
        ("fr", f"«{NBSP}Oui{NBSP}» et «{NBSP}non\n", [(1, 12, "QUO001")]),
        ("de", "„Wir gehen morgen“, sagte er. »Das ist gut«, sagte sie.\n", []),
        ("de", "„Er nannte es ‚Unsinn‘“, sagte Müller.\n", []),
        ("de", "Titel\n\nMüller sagte: „Wir gehen morgen.\n", [(3, 15, "QUO001")]),
        ("de", "„Ja“, sagte er. „Nein\n", [(1, 17, "QUO001")]),
    ],
)
def test_quotation_marks(language: str, text: str, expected: list[tuple[int, int, str]]) -> None:
    assert check(text, language, QUO) == expected


# -- attribution -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("en-GB", "‘We leave tomorrow,’ he said.\n", "he"),
        ("en-GB", "‘We leave tomorrow,’ said Sarah Jones, a spokeswoman.\n", "Sarah Jones"),
        ("fr", f"«{NBSP}Nous partons demain{NBSP}», a-t-il déclaré.\n", "il"),
        ("fr", f"«{NNBSP}Nous partons demain{NNBSP}», dit-elle.\n", "elle"),
        ("fr", f"«{NBSP}Nous partons demain{NBSP}», ajoute-t-il.\n", "il"),
        ("fr", f"«{NBSP}Nous partons demain{NBSP}», a déclaré Marie Dupont.\n", "Marie Dupont"),
        ("fr", f"M. Dupont a affirmé : «{NBSP}Nous partons demain.{NBSP}»\n", "M. Dupont"),
        ("fr", f"«{NBSP}Nous partons demain{NBSP}», selon le ministre.\n", "le ministre"),
        ("de", "„Wir gehen morgen“, sagte er.\n", "er"),
        ("de", "»Wir gehen morgen«, sagte Anna Müller.\n", "Anna Müller"),
        ("de", "Anna Müller erklärte: „Wir gehen morgen.“\n", "Anna Müller"),
        ("de", "„Wir gehen morgen“, so Müller.\n", "Müller"),
    ],
)
def test_speech_is_attributed_to_its_speaker(language: str, text: str, speaker: str) -> None:
    assert speakers(text, language) == [("speech", True, speaker)]
    assert check(text, language, ("ATR001",)) == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en-GB", "‘We leave tomorrow for London with the whole family.’\n", [(1, 1, "ATR001")]),
        ("fr", f"«{NBSP}Nous partons demain pour Lyon en famille.{NBSP}»\n", [(1, 1, "ATR001")]),
        ("de", "„Wir fahren morgen mit der Familie nach Berlin.“\n", [(1, 1, "ATR001")]),
        # The issue's own sentences, their attribution removed: short, but a whole sentence
        # said, not a term.
        ("en-US", "The mayor arrived. “We leave tomorrow.”\n", [(1, 20, "ATR001")]),
        ("en-GB", "The mayor arrived. ‘We leave tomorrow.’\n", [(1, 20, "ATR001")]),
        ("fr", f"Le maire est arrivé. «{NBSP}Nous partons demain.{NBSP}»\n", [(1, 22, "ATR001")]),
        ("de", "Der Bürgermeister kam. „Wir gehen morgen.“\n", [(1, 24, "ATR001")]),
        (
            "de",
            "Vorspann.\n\n»Wir fahren morgen mit der Familie nach Berlin.«\n",
            [(3, 1, "ATR001")],
        ),
    ],
)
def test_speech_without_its_attribution_is_unattributed(
    language: str, text: str, expected: list[tuple[int, int, str]]
) -> None:
    assert check(text, language, ("ATR001",)) == expected


# -- figures ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en-GB", "Inflation rose to 3.5 per cent.", [("3.5 per cent", "percent")]),
        ("en-GB", "Some 1,200 people marched.", [("1,200", "people")]),
        ("fr", f"Le chômage atteint 3,5{NNBSP}%.", [(f"3,5{NNBSP}%", "percent")]),
        ("fr", "Le chômage atteint 3,5 %.", [("3,5 %", "percent")]),
        ("fr", "Le chômage atteint 12,5 pour cent.", [("12,5 pour cent", "percent")]),
        ("fr", "Ils étaient 1 200 manifestants.", [("1 200", "people")]),
        ("fr", f"Ils étaient 1{NBSP}200{NBSP}000 à voter.", [(f"1{NBSP}200{NBSP}000", "count")]),
        ("fr", "Le budget atteint 2,5 milliards d’euros.", [("2,5 milliards d’euros", "money")]),
        ("fr", "Il a payé 25 000 euros le 3 mai 2021 à 14 h 30.", [("25 000 euros", "money")]),
        ("fr", "En 2019, 300 familles sont parties.", [("300", "count")]),
        ("fr", "Un élève sur cinq redouble.", [("Un élève sur cinq", "proportion")]),
        ("de", "Die Quote liegt bei 3,5 %.", [("3,5 %", "percent")]),
        ("de", "Die Quote liegt bei 3,5 Prozent.", [("3,5 Prozent", "percent")]),
        ("de", "Es kamen 1.200 Menschen.", [("1.200", "people")]),
        ("de", "Es kamen am 4. Mai 2021 um 14.30 Uhr 1.200 Menschen.", [("1.200", "people")]),
        ("de", "Das kostet 2,5 Milliarden Euro.", [("2,5 Milliarden Euro", "money")]),
        ("de", "Jeder dritte Deutsche fährt Rad.", [("Jeder dritte", "proportion")]),
    ],
)
def test_figures(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert figures(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "1 200 et 3,5 %", [("count", 1200.0), ("percent", 3.5)]),
        ("fr", "2,5 milliards d’euros", [("money", 2.5e9)]),
        ("fr", "un billion d’euros, 1 billion", [("count", 1e12)]),
        ("de", "1.200 und 3,5 Prozent", [("count", 1200.0), ("percent", 3.5)]),
        ("de", "Es waren 1.200.", [("count", 1200.0)]),
        ("de", "4,2 Mrd. Euro", [("money", 4.2e9)]),
        ("en-GB", "1,200 and 3.5 per cent", [("count", 1200.0), ("percent", 3.5)]),
    ],
)
def test_figure_values(language: str, text: str, expected: list[tuple[str, float]]) -> None:
    numbers = builtin_catalog().get(language).number_style
    assert [(value.kind, value.value) for value in figure_values(text, None, numbers)] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en-GB", "Unemployment rose to 4.2 per cent, according to the ONS.\n", []),
        ("en-GB", "Unemployment rose to 4.2 per cent in May.\n", [(1, 22, "FIG001")]),
        ("fr", "Selon l’Insee, le chômage a atteint 7,4 % au premier trimestre.\n", []),
        ("fr", "Le chômage a atteint 7,4 % au premier trimestre, selon l’Insee.\n", []),
        ("fr", "Le chômage a atteint 7,4 % au premier trimestre.\n", [(1, 22, "FIG001")]),
        ("fr", "Quelque 1 200 manifestants ont défilé, d’après la préfecture.\n", []),
        ("fr", "Quelque 1 200 manifestants ont défilé à Lyon.\n", [(1, 9, "FIG001")]),
        ("de", "Laut Statistischem Bundesamt lag die Quote bei 5,7 Prozent.\n", []),
        ("de", "Laut Polizei kamen am 4. Mai 1.200 Menschen.\n", []),
        ("de", "Am Samstag kamen 1.200 Menschen in die Innenstadt.\n", [(1, 18, "FIG001")]),
        ("de", "Die Quote lag im Mai bei 5,7 Prozent.\n", [(1, 26, "FIG001")]),
    ],
)
def test_a_source_cue_sources_a_figure(
    language: str, text: str, expected: list[tuple[int, int, str]]
) -> None:
    assert check(text, language, ("FIG001",)) == expected


FR_STORY = "Selon l’Insee, le taux de chômage en France métropolitaine atteint {} au premier "
DE_STORY = "Laut Polizei kamen am Samstag trotz des schlechten Wetters {} in die Innenstadt von "


@pytest.mark.parametrize(
    ("language", "post", "original", "expected"),
    [
        ("fr", FR_STORY.format("7,4 %"), FR_STORY.format("7,4 %"), []),
        ("fr", FR_STORY.format("7,4 %"), FR_STORY.format("7,9 %"), [(3, 68, "VRF002")]),
        ("fr", FR_STORY.format("1 200 chômeurs"), FR_STORY.format("1200 chômeurs"), []),
        ("de", DE_STORY.format("1.200 Leute"), DE_STORY.format("1.200 Leute"), []),
        ("de", DE_STORY.format("1.200 Leute"), DE_STORY.format("200 Leute"), [(3, 60, "VRF002")]),
    ],
)
def test_a_figure_is_compared_with_the_original_by_its_value(
    language: str, post: str, original: str, expected: list[tuple[int, int, str]]
) -> None:
    post, original = f"Titre\n\n{post}Lyon.\n", f"Titre\n\n{original}Lyon.\n"
    assert check(post, language, ("VRF002",), original=original) == expected


# -- choosing the set ------------------------------------------------------------------------


def test_a_post_declaring_french_in_an_english_run_is_read_as_french() -> None:
    # en-US has no « »: only a post read as French has a quotation here, left unclosed.
    text = f"---\nlang: fr\n---\nIl a déclaré : «{NBSP}Nous partons demain pour Lyon.\n"
    assert check(text, "fr", QUO, path="post.md", configured="en-US") == [(4, 16, "QUO001")]
    english = text.replace("lang: fr", "lang: en")
    assert check(english, "en-US", QUO, path="post.md", configured="en-US") == []


def test_an_html_page_declaring_german_is_read_as_german() -> None:
    page = (
        '<!doctype html>\n<html lang="de">\n<head><title>Titel</title></head>\n<body>\n'
        "<p>„Wir fahren morgen mit der ganzen Familie nach Berlin“, sagte er.</p>\n"
        "<p>Am Samstag kamen 1.200 Menschen.</p>\n</body>\n</html>\n"
    )
    assert check(page, "de", ("ATR001", "FIG001"), path="post.html", configured="en-US") == [
        (6, 21, "FIG001")
    ]
    document = read_document("post.html", page.encode("utf-8"))
    assert document.posts[0].metadata == {"lang": "de"}


def test_the_cli_reads_a_post_with_the_language_chosen(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = tmp_path / "post.txt"
    post.write_text(f"Titre\n\n«{NBSP}Nous partons demain{NBSP}», dit-il.\n\n[AFP]\n", "utf-8")
    assert main(["quotes", str(post), "--isolated", "--language", "fr"]) == 0
    assert "il " in capsys.readouterr().out.splitlines()[1]


def test_explain_names_the_conventions_a_rule_reads(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "FIG001"]) == 0
    out = capsys.readouterr().out
    assert (
        "Conventions read: [quotations], [sentences], [speech], [quotation_kinds], [sourcing], "
        "[grammar], [numbers], [figures]"
    ) in out
    assert main(["explain", "SRC001"]) == 0
    assert "Conventions read: none" in capsys.readouterr().out
