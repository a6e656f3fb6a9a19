"""What a rule is, said from its rule file: ``citelint explain`` prints it as text, and each
rule's page in docs/rules/CODE.md is it as Markdown (``python -m citelint.rule_docs
docs/rules`` writes them; a test keeps them current)."""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from citelint.kinds.base import MODE_OPTION, option_docs
from citelint.patterns import TimedPattern
from citelint.rules import Rule, builtin_rules_dir, load_rules
from citelint.terminal import visible

_CONVENTIONS_NOTE = (
    "of the set chosen for each post: en-US unless the configuration, --language or the "
    "post's own lang names another; see 'Languages and house styles' in docs/configuration.md"
)


@dataclass(frozen=True)
class RuleFacts:
    """What both renderings say of a rule."""

    rule: Rule
    where: str

    @property
    def status(self) -> str:
        rule = self.rule
        return f"Severity: {rule.severity}. Kind: {rule.kind.name}." + (
            "" if rule.default else " Off by default: runs when --select names it."
        )

    @property
    def options(self) -> list[tuple[str, str, str]]:
        """(name, what it does, its value in this rule, as TOML) of each option."""
        rule = self.rule
        return [
            (name, doc, _shown(rule.options_table.get(name, getattr(rule.options, name))))
            for name, doc in option_docs(rule.kind.options_type)
        ]

    @property
    def fields(self) -> str:
        rule = self.rule
        mode = rule.kind.mode(rule.options)
        filled = ", ".join("{" + name + "}" for name in sorted(rule.kind.fields(rule.options)))
        chosen = "" if mode is None else f' (with {MODE_OPTION} = "{mode}")'
        return f"Message fields{chosen}: {filled}"

    @property
    def conventions(self) -> str:
        return ", ".join(f"[{table}]" for table in self.rule.kind.conventions) or "none"


def explanation(rule: Rule) -> str:
    """The rule as ``citelint explain`` prints it."""
    facts = RuleFacts(rule, rule.path)
    lines = [
        f"{rule.code} {rule.name}",
        "",
        f"{facts.status} Defined in {facts.where}.",
        "",
        rule.summary,
        "",
        rule.description,
        "",
        f"Options (in the rule file's [options], or a configuration's [rule-options."
        f"{rule.code}]), with this rule's values:",
        *(f"  {name} = {value}\n      {doc}" for name, doc, value in facts.options),
        "",
        facts.fields,
        "",
        f"Conventions read: {facts.conventions} ({_CONVENTIONS_NOTE}).",
    ]
    for title, examples in (("Bad", rule.bad_examples), ("Good", rule.good_examples)):
        lines.extend(["", f"{title}:"])
        for example in examples:
            # A control character is shown, not sent: line by line, the breaks kept.
            shown = [visible(line) for line in example.strip("\n").split("\n")]
            lines.extend("    " + line if line else "" for line in shown)
            lines.append("")
        lines.pop()
    return "\n".join(lines) + "\n"


def rule_page(rule: Rule) -> str:
    """The rule's page in docs/rules/, as Markdown."""
    facts = RuleFacts(rule, f"rules/{Path(rule.path).name}")
    lines = [
        f"# {rule.code} `{rule.name}`",
        "",
        f"{facts.status} Defined in `{facts.where}`.",
        "",
        f"**{rule.summary}**",
        "",
        rule.description,
        "",
        "## Message",
        "",
        f"`{rule.message}`",
        "",
        facts.fields.replace("{", "`{").replace("}", "}`") + ".",
        "",
        "## Options",
        "",
        "Set in the rule file's `[options]`, or in a configuration's `[rule-options."
        f"{rule.code}]`.",
        "",
        *(f"- `{name}` = `{value}`: {doc}" for name, doc, value in facts.options),
        "",
        "## Conventions read",
        "",
        f"{facts.conventions} ({_CONVENTIONS_NOTE}).",
    ]
    for title, examples in (("Flagged", rule.bad_examples), ("Not flagged", rule.good_examples)):
        lines.extend(["", f"## {title}", ""])
        for example in examples:
            shown = "\n".join(visible(line) for line in example.strip("\n").split("\n"))
            lines.extend(["```text", shown, "```", ""])
        lines.pop()
    return "\n".join(lines) + "\n"


# Longer option values are cut: a page lists what an option is, the rule file all of it.
_SHOWN_MAX_CHARS = 120


def _shown(value: object) -> str:
    """An option's value as TOML would write it (a pattern as its text), cut when long."""
    if isinstance(value, TimedPattern):
        value = value.pattern
    if isinstance(value, Mapping):
        text = "{" + ", ".join(f"{key} = {_shown(item)}" for key, item in value.items()) + "}"
    elif isinstance(value, (tuple, list, frozenset, set)):
        items = sorted(value) if isinstance(value, (frozenset, set)) else list(value)
        text = "[" + ", ".join(_shown(item) for item in items) + "]"
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, str):
        text = json.dumps(value, ensure_ascii=False)
    else:
        text = str(value)
    return text if len(text) <= _SHOWN_MAX_CHARS else text[: _SHOWN_MAX_CHARS - 1] + "…"


def builtin_pages() -> dict[str, str]:
    """docs/rules/CODE.md of every built-in rule, by file name."""
    return {f"{rule.code}.md": rule_page(rule) for rule in load_rules()}


def main(arguments: list[str]) -> int:
    """Write every built-in rule's page into the directory named (docs/rules)."""
    if len(arguments) != 1:
        sys.stderr.write("usage: python -m citelint.rule_docs DIRECTORY\n")
        return 2
    directory = Path(arguments[0])
    directory.mkdir(parents=True, exist_ok=True)
    for name, page in builtin_pages().items():
        (directory / name).write_text(page, encoding="utf-8")
    sys.stdout.write(f"Wrote {len(builtin_pages())} rule pages from {builtin_rules_dir()}.\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
