"""Posts checked against the archived original they excerpt: the seed page's first two posts
excerpt the Reuters story in tests/fixtures, word for word."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from citelint.cli import main
from conftest import FIXTURES, SEED, SHARED

STORY = FIXTURES / "reuters-underground-railroad.txt"
CORPUS = SHARED / "corpus" / "18f-blog"
FIRST_TWO = [
    "Chinese raids on North Korean defector safe houses",
    "Chinese raids hit North Korean defectors Underground Railroad",
]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The seed page in posts/, the Reuters story in originals/."""
    (tmp_path / "posts").mkdir()
    (tmp_path / "originals").mkdir()
    (tmp_path / "posts" / "archive.txt").write_text(SEED.read_text(encoding="utf-8"), "utf-8")
    shutil.copy(STORY, tmp_path / "originals" / "reuters.txt")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= 1, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def findings(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict[str, object]]:
    code, out, err = run(
        capsys, "check", "posts", "--sources", "originals", "--format", "json", *argv
    )
    assert code in (0, 1), err
    return list(json.loads(out))


def pairings(capsys: pytest.CaptureFixture[str], originals: str = "originals") -> dict[str, object]:
    code, out, err = run(capsys, "sources", "posts", "--sources", originals, "--format", "json")
    assert code == 0, err
    return {row["post"]: row["original"] for row in json.loads(out)}


def test_the_seed_page_has_no_verification_finding(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert [f for f in findings(capsys) if str(f["code"]).startswith("VRF")] == []
    paired = pairings(capsys)
    assert len(paired) == 10
    assert {post for post, original in paired.items() if original} == set(FIRST_TWO)
    assert paired[FIRST_TWO[0]] == "originals/reuters.txt"


def test_a_changed_word_in_a_quotation_is_vrf001_with_the_diff(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(site / "posts" / "archive.txt", "“The crackdown is severe,”", "“The crackdown is brutal,”")
    (found,) = [f for f in findings(capsys) if f["code"] == "VRF001"]
    assert found["line"] == 27
    assert found["message"] == (
        "Quotation “The crackdown is brutal,” differs from the original: the original reads "
        "“The crackdown is severe” (severe → brutal)"
    )


@pytest.mark.parametrize(
    ("old", "new", "line", "diff"),
    [
        # A word left out of the middle, with no ellipsis to say so.
        (
            "I’ve only seen two or three times",
            "I’ve seen two or three times",
            13,
            "left out “only”",
        ),
        # A quotation inside a quotation.
        (
            "someone saying ‘shut up’ in Chinese",
            "someone saying ‘be quiet’ in Chinese",
            9,
            "shut up → be quiet",
        ),
        # A word added to the second post's version of Kim's words.
        (
            "“The crackdown is severe,” said Y. H. Kim, chairman",
            "“The crackdown is very severe,” said Y. H. Kim, chairman",
            27,
            "added “very”",
        ),
    ],
)
def test_edits_inside_quotations_are_reported_on_their_line(
    site: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, line: int, diff: str
) -> None:
    edit(site / "posts" / "archive.txt", old, new)
    found = [f for f in findings(capsys) if f["code"] == "VRF001"]
    assert [f["line"] for f in found] == [line]
    assert diff in str(found[0]["message"])


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("“The crackdown is severe,”", '"The crackdown is severe."'),  # marks and punctuation
        ("I’ve only seen two or three times", "I’ve only seen … three times"),  # an ellipsis
        ("I’ve only seen two or three times", "I’ve only seen [raids] two or three times"),
        ("“The crackdown is severe,”", "“The crackdown\nis severe,”"),  # a line break
    ],
)
def test_what_is_not_a_change_of_wording_is_not_reported(
    site: Path, capsys: pytest.CaptureFixture[str], old: str, new: str
) -> None:
    edit(site / "posts" / "archive.txt", old, new)
    assert [f for f in findings(capsys) if f["code"] == "VRF001"] == []


def test_a_changed_figure_is_vrf002_naming_the_nearest_one(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(site / "posts" / "archive.txt", "At least 30 North Korean", "At least 40 North Korean")
    (found,) = [f for f in findings(capsys) if f["code"] == "VRF002"]
    assert found["line"] == 5 + 10  # the first post's second paragraph
    message = str(found["message"])
    assert message.startswith("Figure 40 is not in the original")
    assert "its nearest figure is “30 North Korean escapees”" in message


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # The second post's copy of the same sentence.
        ("Posted on by\n\nAt least 30 North Korean", "Posted on by\n\nAt least 35 North Korean"),
        ("her 22-year-old son", "her 22-year-old son, one of 300 escapees,"),
    ],
)
def test_other_figure_edits_are_caught(
    site: Path, capsys: pytest.CaptureFixture[str], old: str, new: str
) -> None:
    edit(site / "posts" / "archive.txt", old, new)
    found = [f for f in findings(capsys) if f["code"] == "VRF002"]
    assert len(found) == 1, found


def test_a_figure_written_another_way_is_the_same_figure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "originals").mkdir()
    (tmp_path / "posts").mkdir()
    story = (
        "Defectors in South Korea\n\nSEOUL (Reuters) – There are about 30,000 North Korean "
        "defectors in South Korea, where 17 percent of them found work within a year and each "
        "received $4,500 to settle, the unification ministry said on Tuesday in Seoul.\n"
    )
    (tmp_path / "originals" / "story.txt").write_text(story, "utf-8")
    post = (
        story.replace("30,000", "30000")
        .replace("17 percent", "17%")
        .replace("$4,500", "4,500 dollars")
    )
    (tmp_path / "posts" / "post.txt").write_text(
        post.replace("SEOUL (Reuters) – ", "") + "\n[Reuters]\n", "utf-8"
    )
    assert [f["code"] for f in findings(capsys)] == []
    (tmp_path / "posts" / "post.txt").write_text(
        post.replace("17%", "71%") + "\n[Reuters]\n", "utf-8"
    )
    assert [f["code"] for f in findings(capsys)] == ["VRF002"]


def test_an_unsourced_figure_the_original_holds_is_downgraded(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(
        site / "posts" / "archive.txt",
        "since mid-April, according to family members and activist groups.",
        "since mid-April.",
    )
    (found,) = [f for f in findings(capsys) if f["code"] == "FIG001" and f["line"] == 15]
    assert found["severity"] == "info"
    assert "but the original originals/reuters.txt holds it" in str(found["message"])
    unpaired = [f for f in findings(capsys) if f["code"] == "FIG001" and f["line"] == 125]
    assert unpaired and "no archived original was found" in str(unpaired[0]["message"])


def test_vrf003_reports_credited_posts_with_no_original(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = findings(capsys, "--select", "VRF003")
    assert len(found) == 6  # the credited posts but the first two
    assert found[0]["message"] == (
        "Post “Hundreds of public execution sites identified in North Korea” credits BBC, but "
        "no original of it was found in originals"
    )
    assert all(f["post"] not in FIRST_TWO for f in found)


def test_a_post_may_name_its_original_inside_the_directory_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "originals" / "2019").mkdir(parents=True)
    shutil.copy(STORY, tmp_path / "originals" / "2019" / "story.txt")
    (tmp_path / "secret.txt").write_text(STORY.read_text(encoding="utf-8"), "utf-8")
    (tmp_path / "posts").mkdir()
    body = "The crackdown was severe, activists said.\n\n“The crackdown is brutal,” said Kim.\n"
    post = tmp_path / "posts" / "raids.md"
    post.write_text(f"---\ntitle: Raids\nsource_file: 2019/story.txt\n---\n{body}", "utf-8")
    assert [f["code"] for f in findings(capsys, "--select", "VRF")] == ["VRF001"]
    for outside in ("../secret.txt", str(tmp_path / "secret.txt"), "2019/../../secret.txt"):
        post.write_text(f"---\ntitle: Raids\nsource_file: {outside}\n---\n{body}", "utf-8")
        _code, out, err = run(
            capsys,
            "check",
            "posts",
            "--sources",
            "originals",
            "--select",
            "VRF",
            "--format",
            "json",
        )
        assert json.loads(out) == []
        assert f"source_file '{outside}' is outside the sources directory originals" in err


def test_quotations_say_whether_the_original_has_them(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(site / "posts" / "archive.txt", "“The crackdown is severe,”", "“The crackdown is brutal,”")
    _code, out, _ = run(capsys, "quotes", "posts", "--sources", "originals", "--format", "json")
    records = json.loads(out)
    by_line = {(r["line"], r["text"]): r for r in records}
    assert by_line[(27, "“The crackdown is brutal,”")]["verified"] is False
    raiding = next(r for (line, _), r in by_line.items() if line == 13)
    assert raiding["verified"] is True and raiding["source"] == "originals/reuters.txt"
    unpaired = [r for r in records if r["post"] not in FIRST_TWO]
    assert unpaired and all(r["verified"] is None and r["source"] is None for r in unpaired)


def test_the_sources_configuration_key(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (site / "citelint.toml").write_text('sources = "originals"\n', encoding="utf-8")
    edit(site / "posts" / "archive.txt", "At least 30 North Korean", "At least 40 North Korean")
    _code, out, _ = run(capsys, "check", ".", "--format", "json")
    found = json.loads(out)
    assert [f["code"] for f in found if f["code"].startswith("VRF")] == ["VRF002"]
    assert all(not str(f["path"]).startswith("./originals") for f in found)  # not linted


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the 18F corpus is not at {CORPUS}")
def test_pairing_holds_among_509_unrelated_documents(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(CORPUS, site / "originals" / "18f")
    paired = pairings(capsys)
    assert {post for post, original in paired.items() if original} == set(FIRST_TWO)
    assert paired[FIRST_TWO[1]] == "originals/reuters.txt"
    assert [f for f in findings(capsys) if str(f["code"]).startswith("VRF")] == []


def test_a_link_out_of_the_sources_directory_is_not_followed(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = site / "outside.txt"
    outside.write_text(STORY.read_text(encoding="utf-8"), "utf-8")
    (site / "originals" / "reuters.txt").unlink()
    (site / "originals" / "linked.txt").symlink_to(outside)
    code, out, err = run(capsys, "sources", "posts", "--sources", "originals", "--format", "json")
    assert code == 0
    assert all(row["original"] is None for row in json.loads(out))
    assert "originals/linked.txt: a link to a file outside originals; it is not read" in err


def test_among_equal_originals_the_credited_outlet_wins(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The same story as another outlet's copy, recorded in its front matter.
    story = STORY.read_text(encoding="utf-8").replace("SEOUL (Reuters) –", "SEOUL –")
    (site / "originals" / "ap-copy.md").write_text(f"---\noutlet: AP\n---\n{story}", "utf-8")
    assert pairings(capsys)[FIRST_TWO[0]] == "originals/reuters.txt"  # the post credits Reuters
    edit(site / "posts" / "archive.txt", "[Reuters]", "[AP]")
    assert pairings(capsys)[FIRST_TWO[0]] == "originals/ap-copy.md"
