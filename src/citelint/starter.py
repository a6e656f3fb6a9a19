"""``citelint init``: a starter citelint.toml for a site, after a look at its tree: which
generator it is built with (Jekyll, Hugo, Eleventy), or a WordPress export, and so where its
posts are and what is build output."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

# How much of an .xml file is read to tell a WordPress export or feed from a sitemap.
_SNIFF_BYTES = 4096
# Directories a site's posts live in when no generator says so, most likely first.
_CONTENT_DIRECTORIES = ("content", "_posts", "posts", "blog", "articles", "src/posts")


@dataclass(frozen=True)
class Starter:
    """What ``init`` chose for a site, and why (each reason a line it says)."""

    site: str
    reasons: tuple[str, ...]
    include: tuple[str, ...] = ()
    extend_exclude: tuple[str, ...] = ()


def look_at(directory: Path) -> Starter:
    """The starter configuration of the site in ``directory``."""

    def has(*names: str) -> list[str]:
        return [name for name in names if (directory / name).exists()]

    if found := has("_config.yml", "_config.yaml"):
        posts = has("_posts", "_drafts")
        return Starter(
            "a Jekyll site",
            (f"{found[0]}: a Jekyll site", *(f"{name}/: its posts" for name in posts)),
            include=tuple(f"{name}/**" for name in posts) or ("**/*.md",),
            extend_exclude=("_site", ".jekyll-cache", "vendor"),
        )
    found = has("hugo.toml", "hugo.yaml", "hugo.json", "config.toml", "config.yaml")
    # config.toml alone is many tools' file: Hugo's when a Hugo layout stands beside it.
    if (
        found
        and (directory / "content").is_dir()
        and (found[0].startswith("hugo") or has("archetypes", "themes", "layouts"))
    ):
        return Starter(
            "a Hugo site",
            (f"{found[0]}: a Hugo site", "content/: its pages and posts"),
            include=("content/**",),
            extend_exclude=("public", "resources", "themes"),
        )
    if found := has(
        ".eleventy.js", "eleventy.config.js", "eleventy.config.mjs", "eleventy.config.cjs"
    ):
        posts = has("src/posts", "posts", "src/blog", "blog", "src", "content")[:1]
        return Starter(
            "an Eleventy site",
            (f"{found[0]}: an Eleventy site", *(f"{name}/: its posts" for name in posts)),
            include=tuple(f"{name}/**" for name in posts),
            extend_exclude=("_site",),
        )
    exports = _wordpress_exports(directory)
    if exports:
        return Starter(
            "a WordPress export",
            tuple(f"{name}: a WordPress export (WXR)" for name in exports),
            include=exports,
        )
    posts = has(*_CONTENT_DIRECTORIES)
    if posts:
        return Starter(
            "a directory of posts",
            (f"{posts[0]}/: a directory of posts",),
            include=(f"{posts[0]}/**",),
        )
    return Starter(
        "a tree with no site generator",
        ("no site generator or posts directory found: every file is linted",),
    )


def _wordpress_exports(directory: Path) -> tuple[str, ...]:
    """The .xml files at the top of ``directory`` (and one level down) that are WordPress
    exports, by what their first bytes declare."""
    found = []
    for path in sorted([*directory.glob("*.xml"), *directory.glob("*/*.xml")]):
        try:
            with open(path, "rb") as file:
                head = file.read(_SNIFF_BYTES)
        except OSError:
            continue
        if b"wordpress.org/export" in head:
            found.append(path.relative_to(directory).as_posix())
    return tuple(found)


def render(starter: Starter) -> str:
    """The starter configuration file, each choice with why it was made."""
    lines = [
        "# citelint's configuration, written by `citelint init`; see docs/configuration.md.",
        f"# Found {starter.site}:",
        *(f"#   {reason}" for reason in starter.reasons),
        "",
    ]
    if starter.include:
        lines.append("# Only these files are content: a directory walk lints them alone.")
        lines.append(f"include = {toml_array(starter.include)}")
    else:
        lines.append('# include = ["content/**"]   # only these files would be content')
    if starter.extend_exclude:
        lines.append("# Build output and vendored themes, besides the default (.git, README*, …).")
        lines.append(f"extend-exclude = {toml_array(starter.extend_exclude)}")
    lines += [
        "",
        '# fail-on = "warning"        # warnings fail the run too',
        '# language = "en-GB"         # the writing conventions of your copy',
        "",
        "# Posts that are your own reporting need no credit (SRC001):",
        "# [per-file-ignores]",
        '# "content/reporting/**" = ["SRC001"]',
        "",
    ]
    return "\n".join(lines)


def toml_array(values: tuple[str, ...]) -> str:
    """``values`` as a TOML array of basic strings."""
    quoted = ('"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"' for value in values)
    return f"[{', '.join(quoted)}]"


def is_configured(directory: Path) -> list[Path]:
    """The configuration files already in ``directory`` that configure citelint."""
    from citelint.config import CONFIG_NAMES, configures_citelint  # noqa: PLC0415

    return [
        directory / name
        for name in CONFIG_NAMES
        if os.path.isfile(directory / name) and configures_citelint(directory / name)
    ]
