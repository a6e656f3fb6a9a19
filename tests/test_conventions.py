"""Writing conventions: the shipped sets load, a bad set fails at load with its file and
line, a set may extend another, the configuration and a post's own language choose the set,
and every check reads the one analysis made under it."""

from __future__ import annotations

from pathlib import Path

import pytest

from citelint.analysis.attribution import cue_pattern
from citelint.cli import main
from citelint.conventions import (
    ConventionsCatalog,
    ConventionsChoice,
    builtin_catalog,
    builtin_conventions_dir,
)
from citelint.engine import lint_document
from citelint.errors import ConventionsError, RuleError
from citelint.inventory import quotation_records
from citelint.readers import read_document
from citelint.rules import builtin_rules_dir, parse_rule
from conftest import RULES, assert_located, lint

EN_US = (builtin_conventions_dir() / "en-US.toml").read_text(encoding="utf-8")


def house_catalog(tmp_path: Path, name: str, source: str) -> ConventionsCatalog:
    directory = tmp_path / "styles"
    directory.mkdir(exist_ok=True)
    (directory / f"{name}.toml").write_text(source, encoding="utf-8")
    return ConventionsCatalog([directory])


def test_every_shipped_set_loads() -> None:
    catalog = builtin_catalog()
    assert "en-US" in catalog.names()
    for name in catalog.names():
        assert catalog.get(name).name == name


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('name = "en-US"', 'name = "en-US"\ncolour = "red"'), "unknown key 'colour'"),
        (('name = "en-US"', 'name = "en-GB"'), "name 'en-GB' differs from the file's name"),
        (("outer = [", "outer_marks = ["), "[quotations] unknown option 'outer_marks'"),
        (
            ('apostrophes = ["’", "\'"]', "apostrophes = 3"),
            "[quotations] option 'apostrophes': expected an array of strings, got an integer",
        ),
        (
            ('\ninflect = "english"', '\ninflect = "latin"'),
            "[speech] option 'inflect': 'latin' is not one of: english, none",
        ),
        (
            ("statistics.percent = '", "statistics.percent = '("),
            "[figures] pattern 'percent' does not compile",
        ),
        (
            ("fragments.spelled = ", "fragments.number = '\\d+'\nfragments.spelled = "),
            "[figures] fragments.number is made from [numbers]",
        ),
        (
            ('decimal_mark = "."', 'decimal_mark = "12"'),
            "[numbers] option 'decimal_mark': expected one character that is not a digit",
        ),
        (('name = "en-US"', 'name = "en-US"\nextends = "xx"'), "extends 'xx', which is no set"),
        (('name = "en-US"', "name = "), "invalid TOML"),
    ],
)
def test_a_bad_conventions_file_fails_with_path_line_and_reason(
    tmp_path: Path, change: tuple[str, str], message: str
) -> None:
    source = EN_US.replace(*change, 1)
    assert source != EN_US
    catalog = house_catalog(tmp_path, "en-US", source)
    with pytest.raises(ConventionsError) as raised:
        catalog.get("en-US")
    assert_located(str(raised.value), tmp_path / "styles" / "en-US.toml", message)


def test_the_line_of_a_bad_key_is_named(tmp_path: Path) -> None:
    source = EN_US.replace('\ninflect = "english"', '\ninflect = "latin"', 1)
    line = source[: source.index('\ninflect = "latin"')].count("\n") + 2
    with pytest.raises(ConventionsError, match=rf"en-US\.toml:{line}: "):
        house_catalog(tmp_path, "en-US", source).get("en-US")


def test_a_table_that_is_not_a_table_fails(tmp_path: Path) -> None:
    catalog = house_catalog(tmp_path, "house", 'extends = "en-US"\nquotations = 1\n')
    with pytest.raises(ConventionsError, match=r"house.toml:2: 'quotations' must be a table$"):
        catalog.get("house")


def test_a_set_that_extends_itself_in_a_loop_fails(tmp_path: Path) -> None:
    catalog = house_catalog(tmp_path, "house-a", 'extends = "house-b"\n')
    (tmp_path / "styles" / "house-b.toml").write_text('extends = "house-a"\n', encoding="utf-8")
    with pytest.raises(ConventionsError, match="extends 'house-a', which extends this set"):
        catalog.get("house-a")


def test_a_set_extends_another_and_changes_only_what_it_writes(tmp_path: Path) -> None:
    catalog = house_catalog(
        tmp_path, "house", 'extends = "en-US"\n[speech]\nverbs = ["say", "opine"]\n'
    )
    house, base = catalog.get("house"), catalog.get("en-US")
    assert house.speech.verbs == ("say", "opine")
    assert house.speech.phrases == base.speech.phrases
    assert house.quotations == base.quotations and house.figures == base.figures
    assert house.language == "en-US"


def test_a_house_style_with_other_marks_reads_guillemets(tmp_path: Path) -> None:
    catalog = house_catalog(
        tmp_path,
        "house",
        'extends = "en-US"\n[quotations]\nouter = [["«", "»"], ["„", "“"]]\n',
    )
    document = read_document("post.txt", "« Non », dit-il. „Ja“, sagte er. « Oui".encode())
    quo = [rule for rule in RULES if rule.code.startswith("QUO")]
    found = lint_document(document, quo, conventions=ConventionsChoice(catalog, "house"))
    assert [(v.rule.code, v.start.column) for v in found] == [("QUO001", 34)]
    assert "the post ends at 1:39 with no closing »" in found[0].message


def test_inflect_none_matches_each_verb_only_as_written(tmp_path: Path) -> None:
    source = 'extends = "en-US"\n[speech]\ninflect = "none"\nverbs = ["dit", "a déclaré"]\n'
    lexicon = house_catalog(tmp_path, "house", source).get("house").speech.lexicon
    assert cue_pattern(lexicon).fullmatch("dit") and cue_pattern(lexicon).fullmatch("a déclaré")
    assert cue_pattern(lexicon).fullmatch("dits") is None


def test_the_cli_language_and_conventions_options_choose_the_set(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    house_catalog(tmp_path, "house", 'extends = "en-US"\n[quotations]\nouter = [["«", "»"]]\n')
    post = tmp_path / "post.txt"
    post.write_text("Titre\n\n« Non, dit-il.\n\n[AFP]\n", encoding="utf-8")
    arguments = ["check", str(post), "--isolated", "--select", "QUO001"]
    assert main([*arguments, "--conventions", str(tmp_path / "styles"), "--language", "house"]) == 1
    assert "QUO001 Unclosed quotation: « is never closed" in capsys.readouterr().out
    assert main([*arguments, "--language", "xx-YY"]) == 2
    assert "--language: unknown conventions 'xx-YY'" in capsys.readouterr().err


def test_a_figure_in_speech_attributed_by_any_speech_verb_is_sourced() -> None:
    # Issue 15: FIG001 attributed quotations with its own cues, so "whispered" (a speech
    # verb, not a source cue) left the figure unsourced while ATR001 named the speaker.
    text = "“Prices rose 40 percent this year,” she whispered."
    assert lint(text, select=("ATR001", "FIG001")) == []
    (record,) = quotation_records(read_document("post.txt", text.encode()))
    assert (record.speaker, record.cue) == ("she", "whispered")


@pytest.mark.parametrize(
    "sentence",
    [
        # https://18f.gsa.gov/2016/06/24/5-lessons-in-object-oriented-design-from-sandi-metz/
        'You must write a program that can sing any verse of the song "99 bottles of beer on '
        'the wall" given a number.',
        # https://globalvoices.org/2011/02/03/vietnam-bringing-facebook-back/ (CC BY 3.0)
        "Interestingly, one group called “The Association of 1 million signatures opposing "
        "the Facebook block” has incorporated the word “association” in its name.",
    ],
)
def test_a_figure_in_a_title_or_a_term_is_part_of_a_name(sentence: str) -> None:
    assert lint(sentence, select=("FIG001",)) == []


def test_a_rule_file_may_no_longer_set_quotation_marks() -> None:
    rule = (builtin_rules_dir() / "QUO001-unclosed-quotation.toml").read_text(encoding="utf-8")
    changed = rule.replace('report = ["unclosed"]', 'report = ["unclosed"]\nouter_pairs = []', 1)
    with pytest.raises(RuleError, match=r"unknown option 'outer_pairs' \(expected one of: report"):
        parse_rule(changed, "QUO001.toml")


# -- choosing a set -------------------------------------------------------------------------------


def test_a_post_that_declares_another_language_is_read_with_its_set(tmp_path: Path) -> None:
    source = 'language = "fr"\nextends = "en-US"\n[quotations]\nouter = [["«", "»"]]\n'
    catalog = house_catalog(tmp_path, "fr", source)
    choice = ConventionsChoice(catalog, "en-US")
    document = read_document("post.md", "---\nlang: fr-CA\n---\n« Oui\n".encode())
    assert choice.for_post(document.posts[0]).name == "fr"


def test_a_house_style_keeps_posts_of_its_own_language(tmp_path: Path) -> None:
    catalog = house_catalog(tmp_path, "house", 'extends = "en-US"\n')
    choice = ConventionsChoice(catalog, "house")
    document = read_document("post.md", b"---\nlang: en-US\n---\nText.\n")
    assert choice.for_post(document.posts[0]).name == "house"


def test_a_language_with_no_set_keeps_the_configured_one() -> None:
    choice = ConventionsChoice(builtin_catalog(), "en-US")
    document = read_document("post.md", b"---\nlang: tlh\n---\nText.\n")
    assert choice.for_post(document.posts[0]).name == "en-US"


def test_the_configuration_names_the_set_and_an_unknown_one_fails_naming_the_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "citelint.toml").write_text('language = "en-XX"\n', encoding="utf-8")
    (tmp_path / "post.txt").write_text("Title\n\nText.\n", encoding="utf-8")
    assert main(["check", "post.txt"]) == 2
    error = capsys.readouterr().err
    assert "citelint.toml: key 'language': unknown conventions 'en-XX'" in error


def test_per_file_language_chooses_by_glob(tmp_path: Path) -> None:
    from citelint.config import load_config

    (tmp_path / "citelint.toml").write_text(
        'language = "en-US"\n[per-file-language]\n"fr/**" = "fr-house"\n', encoding="utf-8"
    )
    settings = load_config(tmp_path / "citelint.toml")
    assert settings.language_for(tmp_path / "fr" / "a.md") == "fr-house"
    assert settings.language_for(tmp_path / "en" / "a.md") == "en-US"


def test_config_shows_the_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "citelint.toml").write_text('language = "en-US"\n', encoding="utf-8")
    assert main(["config", "."]) == 0
    assert "language" in capsys.readouterr().out


def test_a_bad_house_style_named_on_the_command_line_is_named_by_its_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    house_catalog(
        tmp_path, "house", 'extends = "en-US"\n[speech]\nverbs = ' + "[" * 3000 + "]" * 3000
    )
    post = tmp_path / "post.txt"
    post.write_text("Title\n\nText.\n", encoding="utf-8")
    arguments = ["check", str(post), "--isolated", "--conventions", str(tmp_path / "styles")]
    assert main([*arguments, "--language", "house"]) == 2
    error = capsys.readouterr().err.strip()
    assert error.endswith("house.toml: invalid TOML: arrays or tables nested too deeply to read")
