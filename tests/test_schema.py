"""The label inventory and every projection generated from it."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from diplonews.cli import main
from diplonews.drift import drifted, replace_block
from diplonews.errors import SchemaError
from diplonews.schema import DOCUMENT_SCHEMA_FILE, load_inventory, load_json_schema, parse_inventory, schema_dir

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "tests" / "fixtures" / "sample_document.json"


def _raw() -> dict[str, object]:
    result: dict[str, object] = json.loads((schema_dir() / "labels.json").read_text(encoding="utf-8"))
    return result


def test_no_generated_file_has_drifted() -> None:
    """Every file generated from labels.json matches what is committed."""
    assert drifted() == []


def test_schema_check_command_reports_drift(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`diplonews schema check` names a stale file and exits 1."""
    from diplonews import drift

    stale = tmp_path / "stale.json"
    stale.write_text("{}", encoding="utf-8")
    monkeypatch.setattr(drift, "PROJECTIONS", {**drift.PROJECTIONS, str(stale): lambda _inv, _c: "[]\n"})
    result = CliRunner().invoke(main, ["schema", "check"])
    assert result.exit_code == 1
    assert f"{stale}: out of date with schema/labels.json" in result.output


def test_schema_check_reports_invalid_article_records(tmp_path: Path) -> None:
    """An article record breaking the article schema is named by file, line and JSON path."""
    bad = tmp_path / "articles.jsonl"
    bad.write_text(json.dumps({"doc_id": "x-1", "language": "fr"}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["schema", "check", "--corpus", str(bad)])
    assert result.exit_code == 1
    assert f"{bad}:1::$.language: 'ar' was expected" in result.output


def test_schema_check_refuses_a_hash_with_a_trailing_newline(tmp_path: Path) -> None:
    """Python's `$` accepts "<hash>\\n"; the check decides with ECMA-262 semantics, on the record's own line."""
    record = json.loads((ROOT / "corpus" / "articles.jsonl").read_text(encoding="utf-8").splitlines()[0])
    record["text_sha256"] += "\n"
    bad = tmp_path / "articles.jsonl"
    bad.write_text("\n" + json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["schema", "check", "--corpus", str(bad)])
    assert result.exit_code == 1
    assert f"{bad}:2::$.text_sha256: " in result.output
    assert "remove the line break at its end" in result.output


def test_enums_follow_the_inventory() -> None:
    """The document schema's enums are the inventory's names in order."""
    inv = load_inventory()
    props = load_json_schema(DOCUMENT_SCHEMA_FILE)["properties"]
    assert props["entities"]["items"]["properties"]["type"]["enum"] == inv.names("entity_types")
    assert props["events"]["items"]["properties"]["type"]["enum"] == inv.names("event_types")
    assert props["stances"]["items"]["properties"]["label"]["enum"] == inv.names("stance_labels")
    assert props["events"]["items"]["properties"]["arguments"]["items"]["properties"]["role"]["enum"] == inv.names(
        "roles"
    )


def test_sample_document_is_valid() -> None:
    """The sample annotated document validates against the generated schema."""
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    assert list(jsonschema.Draft202012Validator(load_json_schema(DOCUMENT_SCHEMA_FILE)).iter_errors(doc)) == []


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda raw: raw["roles"][0]["fillers"].append("ALIEN"), "role ACTOR allows unknown entity types ['ALIEN']"),
        (lambda raw: raw["event_types"][0]["roles"].append("GHOST"), "event CONSULT names unknown roles ['GHOST']"),
        (lambda raw: raw["entity_types"].append(dict(raw["entity_types"][0])), "$.entity_types: duplicate names"),
        (lambda raw: raw["propositions"][0].update(id="ceasefire"), "every proposition id starts with 'P:'"),
        (lambda raw: raw.pop("realis"), "missing key 'realis'"),
    ],
)
def test_inconsistent_inventories_are_refused(mutate: object, message: str) -> None:
    """A broken inventory raises SchemaError saying what is wrong."""
    raw = copy.deepcopy(_raw())
    mutate(raw)  # type: ignore[operator]
    with pytest.raises(SchemaError) as info:
        parse_inventory(raw)
    assert message in str(info.value)


def test_replace_block_needs_its_markers() -> None:
    """A generated block is replaced between its markers and a missing block is an error."""
    text = "a\n<!-- BEGIN GENERATED: x -->\nold\n<!-- END GENERATED: x -->\nb"
    assert replace_block(text, "x", "new\n") == "a\n<!-- BEGIN GENERATED: x -->\nnew\n<!-- END GENERATED: x -->\nb"
    with pytest.raises(KeyError):
        replace_block("no markers", "x", "new\n")


def test_schema_command_prints_every_label() -> None:
    """`diplonews schema` prints a table row for every label of every inventory."""
    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0
    inv = load_inventory()
    for kind in ("entity_types", "event_types", "roles", "stance_labels", "propositions"):
        for name in inv.names(kind):
            assert f"| `{name}` |" in result.output
