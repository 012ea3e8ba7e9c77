"""A changed inventory works end to end: new labels in labels.json reach gold, the release, the card and Label Studio.

A copy of the checkout gets a new entity type, stance label and event type (with a new mode); one document of
both annotators gets a mention, a stance and an event using them. Every command then runs on the copy through
``--schema-dir``, as a maintainer trying a new inventory would.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from diplonews.cli import main
from diplonews.release.configs import structure_table
from diplonews.schema import load_inventory

ROOT = Path(__file__).resolve().parents[1]
COPIED = ("schema", "docs", "corpus", "annotations", "dataset_card.md", "CHANGELOG.md", "LICENSE")
DOC = "000_0ea221ab93fade0a-1"
ENTITY_TYPE = {"name": "EVENTNAME", "gloss": "a named event: summit, conference", "cues_ar": ["القمة"],
               "color": "#123456", "hotkey": "x", "linkable": True}  # fmt: skip
STANCE_LABEL = {"name": "MIXED", "gloss": "the holder both supports and opposes the target", "color": "#abcdef",
                "hotkey": "j"}  # fmt: skip
EVENT_TYPE = {"name": "MEDIATE", "gloss": "a public offer or effort to mediate", "cues_ar": ["وساطة"],
              "color": "#654321", "hotkey": "z", "modes": [{"name": "press", "gloss": "announced to the press"}],
              "roles": ["ACTOR", "PARTICIPANT", "TOPIC", "PLACE", "TIME"], "required_any_of": [["ACTOR"]]}  # fmt: skip


def _edit_json(path: Path, change: Any) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _extend_inventory(labels: dict[str, Any]) -> None:
    labels["entity_types"].append(ENTITY_TYPE)
    labels["stance_labels"].append(STANCE_LABEL)
    labels["event_types"].append(EVENT_TYPE)


def _add_new_labels(doc: dict[str, Any]) -> None:
    """One EVENTNAME mention (the summit), one MEDIATE event with an ACTOR, one MIXED stance; offsets by str.find."""
    text: str = doc["text"]

    def span(phrase: str) -> dict[str, Any]:
        start = text.find(phrase)
        assert start >= 0, phrase
        return {"start": start, "end": start + len(phrase), "text": phrase}

    doc["entities"].append({"id": "E900", "type": "EVENTNAME", "kb": "NIL900"})
    doc["mentions"].append({"id": "M900", "entity": "E900", **span("القمة"), "level": "NAM"})
    actor = min((m for m in doc["mentions"] if m["text"] == "بوتين"), key=lambda m: m["start"])["id"]
    doc["events"].append(
        {
            "id": "V900",
            "type": "MEDIATE",
            "mode": "press",
            "trigger": span("استئناف الحوار"),
            "arguments": [{"role": "ACTOR", "ref": actor}],
            "polarity": "POS",
            "realis": "ACTUAL",
        }
    )
    macron = next(m["entity"] for m in doc["mentions"] if m["text"] == "ماكرون")
    israel = next(m["entity"] for m in doc["mentions"] if m["text"] == "إسرائيل")
    evidence = span("تصاعد التوتر بين إسرائيل وإيران في سوريا يبعث على القلق")
    doc["stances"].append({"id": "S900", "holder": macron, "target": israel, "label": "MIXED", "evidence": evidence})


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the checkout with the extended inventory and annotations, as the working directory."""
    from diplonews.schema import use_schema_dir

    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name)
        elif source.is_file():
            shutil.copy(source, tmp_path / name)
    _edit_json(tmp_path / "schema" / "labels.json", _extend_inventory)
    for annotator in ("a1", "a2"):
        _edit_json(tmp_path / "annotations" / annotator / f"{DOC}.json", _add_new_labels)
    monkeypatch.chdir(tmp_path)
    yield tmp_path
    use_schema_dir(None)


def _run(project: Path, *args: str) -> Result:
    result = CliRunner().invoke(main, ["--schema-dir", str(project / "schema"), *args])
    assert result.exit_code == 0, f"diplonews {' '.join(args)}:\n{result.output}"
    return result


def test_new_labels_pass_through_every_command(project: Path) -> None:
    """schema, validate, agreement, adjudicate, build, check-dist and the Label Studio config accept the new labels."""
    _run(project, "schema", "generate")
    _run(project, "schema", "check")
    _run(project, "validate", "annotations")
    _run(project, "agreement", "annotations", "--format", "json", "-o", "reports/agreement.json")
    _run(project, "adjudicate")
    _run(project, "build", "--version", "0.1.0", "-o", "dist")
    _run(project, "check-dist", "dist/v0.1.0")
    xml = _run(project, "labelstudio", "config").output

    gold = json.loads((project / "annotations" / "gold" / f"{DOC}.json").read_text(encoding="utf-8"))
    assert "EVENTNAME" in {e["type"] for e in gold["entities"]}
    assert "MEDIATE" in {e["type"] for e in gold["events"]}
    assert "MIXED" in {s["label"] for s in gold["stances"]}

    agreement = json.loads((project / "reports" / "agreement.json").read_text(encoding="utf-8"))
    assert agreement["stance"]["label_distribution"]["all"]["MIXED"] == 2

    dist = project / "dist" / "v0.1.0"
    features = _yaml_features(dist)
    assert features["entities"]["ner_tags"]["feature"]["names"][-2:] == ["B-EVENTNAME", "I-EVENTNAME"]
    assert features["stances"]["label"]["names"][-1] == "MIXED"
    assert features["events"]["events"]["feature"]["type"]["names"][-1] == "MEDIATE"
    assert features["events"]["events"]["feature"]["mode"]["names"][-1] == "press"
    card = (dist / "README.md").read_text(encoding="utf-8")
    assert "| `EVENTNAME` | a named event: summit, conference |" in card
    assert "| `MIXED` |" in card
    assert "| `MEDIATE` |" in card
    assert "`label` (FAVOR/AGAINST/NONE/MIXED)" in structure_table(load_inventory(), ["a1", "a2"])

    assert _decoded(dist, "entities", "ner_tags", features["entities"]["ner_tags"]["feature"]["names"]) >= {
        "B-EVENTNAME"
    }
    assert "MIXED" in _decoded(dist, "stances", "label", features["stances"]["label"]["names"])

    assert 'value="EVENTNAME"' in xml
    assert 'value="MIXED"' in xml
    assert 'value="MEDIATE"' in xml


def _decoded(dist: Path, config: str, column: str, names: list[str]) -> set[str]:
    """The label names one ClassLabel column (or list of them) holds for DOC in the train split."""
    import pyarrow.parquet as pq

    table = pq.read_table(dist / config / "train-00000-of-00001.parquet", columns=["doc_id", column]).to_pylist()
    values = [row[column] for row in table if row["doc_id"] == DOC]
    ids = [i for v in values for i in (v if isinstance(v, list) else [v])]
    return {names[i] for i in ids}


def _yaml_features(dist: Path) -> dict[str, Any]:
    """config -> the features its card YAML declares, as ``Features.to_dict()``."""
    from datasets.info import DatasetInfosDict
    from huggingface_hub import DatasetCard

    infos = DatasetInfosDict.from_dataset_card_data(DatasetCard.load(dist / "README.md").data)
    return {name: info.features.to_dict() for name, info in infos.items()}
