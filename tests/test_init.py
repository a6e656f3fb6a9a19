"""citelint init: a starter configuration chosen from the site's tree, said and never
written over an existing one (issue 17)."""

from __future__ import annotations

from pathlib import Path

import pytest

from citelint.cli import main
from citelint.config import load_config
from citelint.run import Run, RunOptions

POST = "---\ntitle: Raids\n---\n\n“We are scared,” said Kim.\n\n[Reuters]\n"
EXPORT = (
    '<?xml version="1.0"?>\n<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel>'
    "<item><title>Raids</title></item></channel></rss>\n"
)


def tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


@pytest.mark.parametrize(
    ("files", "site", "include"),
    [
        ({"_config.yml": "title: x\n", "_posts/2024-01-01-a.md": POST}, "Jekyll", ["_posts/**"]),
        ({"hugo.toml": "", "content/posts/a.md": POST}, "Hugo", ["content/**"]),
        ({"config.toml": "", "content/a.md": POST, "themes/x/a.md": POST}, "Hugo", ["content/**"]),
        ({"eleventy.config.js": "", "src/posts/a.md": POST}, "Eleventy", ["src/posts/**"]),
        ({"export/site.xml": EXPORT}, "WordPress export", ["export/site.xml"]),
        ({"posts/a.md": POST}, "directory of posts", ["posts/**"]),
    ],
)
def test_init_chooses_from_the_tree_and_says_why(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    files: dict[str, str],
    site: str,
    include: list[str],
) -> None:
    tree(tmp_path, {**files, "README.md": '# Site\n\nRun "make.\n'})
    assert main(["init", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Wrote {tmp_path / 'citelint.toml'} for a") and site in out
    settings = load_config(tmp_path / "citelint.toml")
    assert list(settings.include) == include
    # The starter configuration lints the posts and nothing else.
    result = Run(RunOptions(paths=(str(tmp_path),))).lint()
    assert result.files and all("README" not in path for path in result.files)


def test_init_never_writes_over_a_configuration(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tree(tmp_path, {"pyproject.toml": '[tool.citelint]\nselect = ["QUO"]\n', "posts/a.md": POST})
    assert main(["init", str(tmp_path)]) == 2
    assert "already configures citelint; nothing written" in capsys.readouterr().err
    assert not (tmp_path / "citelint.toml").exists()
    assert main(["init", "--print", str(tmp_path)]) == 0
    assert 'include = ["posts/**"]' in capsys.readouterr().out
