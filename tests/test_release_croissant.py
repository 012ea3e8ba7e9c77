"""croissant.json describes what the Parquet files hold: every column and nested field, splits, licences, dates."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from diplonews.release.build import Sources, build
from diplonews.release.card import bibtex, release_date
from diplonews.release.configs import REGISTRY, release_features
from diplonews.schema import load_inventory

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "gold"
SOURCES = Sources(root=ROOT, annotations=FIXTURES / "annotations", agreement=FIXTURES / "agreement.json")


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build("0.1.0", tmp_path_factory.mktemp("dist"), SOURCES).out_dir


def _feature_paths(feature: Any, path: str) -> Iterator[tuple[str, bool]]:
    """(path, is a list) of every node of a ``datasets`` feature tree."""
    from datasets import List

    array = isinstance(feature, List)
    yield path, array
    inner = feature.feature if array else feature
    if isinstance(inner, dict):
        for key, sub in inner.items():
            yield from _feature_paths(sub, f"{path}/{key}")


def _field_paths(field: dict[str, Any]) -> Iterator[tuple[str, bool]]:
    yield field["@id"], bool(field.get("cr:isArray"))
    for sub in field.get("subField", []):
        yield from _field_paths(sub)


def test_every_feature_and_nested_field_is_described(dist: Path) -> None:
    """Each record set mirrors its config's features node for node (lists as arrays), plus a split field."""
    meta = json.loads((dist / "croissant.json").read_text(encoding="utf-8"))
    features = release_features(load_inventory())
    record_sets = {r["@id"]: r for r in meta["recordSet"]}
    assert list(record_sets) == [c.name for c in REGISTRY]
    for config, record_set in record_sets.items():
        described = {p for f in record_set["field"] for p in _field_paths(f)}
        expected = {p for name, f in features[config].items() for p in _feature_paths(f, f"{config}/{name}")}
        assert described == expected | {(f"{config}/split", False)}
    # A nested leaf reads its column and its path inside the column's element.
    events = {f["@id"]: f for f in record_sets["documents"]["field"]}["documents/events"]
    trigger = {f["@id"]: f for f in events["subField"]}["documents/events/trigger"]
    start = trigger["subField"][0]
    assert start["source"]["extract"] == {"column": "events"}
    assert start["source"]["transform"] == {"jsonPath": "trigger.start"}


# mlcroissant 1.1 calls deprecated rdflib and pandas APIs; not ours to fix.
@pytest.mark.filterwarnings("ignore::DeprecationWarning", "ignore::FutureWarning")
def test_every_record_set_loads_with_mlcroissant_as_the_parquet_files_hold(dist: Path) -> None:
    """mlcroissant reads each record set: one record per Parquet row, its split, its top-level values and the
    first level of nested lists. (mlcroissant 1.1 flattens deeper levels: read those with ``datasets``.)"""
    import mlcroissant as mlc

    dataset = mlc.Dataset(jsonld=dist / "croissant.json")
    for config in REGISTRY:
        rows = []
        for path in sorted((dist / config.name).glob("*.parquet")):
            split = path.name.split("-", 1)[0]
            rows += [(split, row) for row in pq.read_table(path).to_pylist()]
        records = list(dataset.records(config.name))
        assert len(records) == len(rows), config.name
        got = sorted(
            (r[f"{config.name}/split"].decode(), r[f"{config.name}/doc_id"].decode(), repr(r)) for r in records
        )
        assert [g[:2] for g in got] == sorted((s, row["doc_id"]) for s, row in rows)
        by_id = {(s, row["doc_id"], _first_key(row)): row for s, row in rows}
        for record in records:
            split = record[f"{config.name}/split"].decode()
            row = by_id[(split, record[f"{config.name}/doc_id"].decode(), _first_key(record, config.name))]
            _assert_same(record, row, config.name)


def _first_key(row: dict[str, Any], config: str | None = None) -> Any:
    """What tells rows of one document apart: the sentence, stance or annotator (None for document rows)."""
    for key in ("sentence", "stance_id", "annotator"):
        value = row.get(f"{config}/{key}" if config else key)
        if value is not None:
            return value.decode() if isinstance(value, bytes) else value
    return None


def _plain(value: Any) -> Any:
    return value.decode() if isinstance(value, bytes) else value


def _assert_same(record: dict[str, Any], row: dict[str, Any], config: str) -> None:
    """Top-level scalars and lists of scalars, and each list element's scalar sub-fields, equal the row's."""
    for name, value in row.items():
        got = record[f"{config}/{name}"]
        if isinstance(value, list) and value and isinstance(value[0], dict):
            leaves = [k for k, v in value[0].items() if not isinstance(v, dict | list)]
            assert [{k: _plain(e[f"{config}/{name}/{k}"]) for k in leaves} for e in got] == [
                {k: e[k] for k in leaves} for e in value
            ], (config, name)
        elif isinstance(value, list):
            assert [_plain(v) for v in got] == value, (config, name)
        elif not isinstance(value, dict):
            assert _plain(got) == value, (config, name)


def test_licences_citation_and_date_come_from_the_card_and_changelog(dist: Path) -> None:
    """Annotations CC BY 4.0, texts their publishers'; citeAs is the card's BibTeX; datePublished the changelog's."""
    meta = json.loads((dist / "croissant.json").read_text(encoding="utf-8"))
    assert meta["license"][0] == "https://creativecommons.org/licenses/by/4.0/"
    assert "remain the property of their publishers" in meta["license"][1]
    assert meta["citeAs"] == bibtex((ROOT / "dataset_card.md").read_text(encoding="utf-8"))
    assert meta["citeAs"].startswith("@misc{diplonews,")
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert meta["datePublished"].startswith(release_date(changelog, "0.1.0").isoformat())
