"""The JSON Schema of citelint.toml (issue 17): generated from the one list of keys, kept
current in docs/, and true to the README's examples and to what the configuration refuses."""

from __future__ import annotations

import json
import re

import pytest

from citelint.config_schema import KEY_NAMES, config_schema
from citelint.toml import loads
from conftest import ROOT

jsonschema = pytest.importorskip("jsonschema")

SCHEMA_FILE = ROOT / "docs" / "citelint.schema.json"


def readme_configurations() -> list[str]:
    """The TOML blocks of the configuration's documentation that are a citelint.toml."""
    readme = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```toml\n(.*?)```", readme, flags=re.DOTALL)
    return [block for block in blocks if block.startswith("# citelint.toml")]


def test_the_schema_in_docs_is_the_one_citelint_writes() -> None:
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == config_schema(), (
        "regenerate it: citelint config --schema > docs/citelint.schema.json"
    )


def test_the_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft7Validator.check_schema(config_schema())


def test_every_readme_configuration_is_valid_and_every_key_is_in_the_readme() -> None:
    examples = readme_configurations()
    assert len(examples) >= 2
    validator = jsonschema.Draft7Validator(config_schema())
    shown: set[str] = set()
    for example in examples:
        table = loads(example)
        assert list(validator.iter_errors(table)) == [], example
        shown |= set(table)
    assert shown == KEY_NAMES


@pytest.mark.parametrize(
    "text",
    [
        'select = "QUO"\n',
        "selekt = []\n",
        'fail-on = "never"\n',
        '[severity]\nQUO003 = "fatal"\n',
        "respect-gitignore = 1\n",
        '[input-format]\n"*.x" = "pdf"\n',
    ],
)
def test_what_the_configuration_refuses_the_schema_refuses(text: str) -> None:
    assert list(jsonschema.Draft7Validator(config_schema()).iter_errors(loads(text)))
