"""The streaming build writes the bytes of one in-memory ``pq.write_table`` per config and split."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from diplonews.annotations import load_annotations, load_gold
from diplonews.corpus import load_articles
from diplonews.errors import ReleaseError
from diplonews.release import parquet
from diplonews.release.build import Sources, build
from diplonews.release.configs import CONFIGS, release_features, split_rows
from diplonews.schema import load_inventory
from diplonews.splits import SPLITS, by_split, read_manifest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "gold"
SOURCES = Sources(root=ROOT, annotations=FIXTURES / "annotations", agreement=FIXTURES / "agreement.json")


def _in_memory(sources: Sources, out: Path, row_group_size: int) -> dict[str, str]:
    """The files as the whole-corpus build made them: every document loaded, rows encoded by ``datasets``.

    Rows come from ``split_rows`` over all loaded documents, are encoded with ``Features.encode_example``
    (not the build's compiled encoder) and written by one ``pq.write_table`` per file. Returns sha256 per file.
    """
    inv = load_inventory()
    features = release_features(inv)
    gold = {d: doc for d, doc in load_gold(sources.path("annotations")).items() if doc["status"] == "complete"}
    raw = load_annotations(sources.path("annotations"))
    articles = load_articles(sources.path("corpus"))
    manifest = read_manifest(sources.path("manifest"))
    splits = by_split({d: s for d, s in manifest.items() if d in gold})
    options = {**parquet.PARQUET_OPTIONS, "row_group_size": row_group_size}
    digests = {}
    for config in CONFIGS:
        for split in SPLITS:
            members = set(splits[split])
            raw_docs = [doc for by in raw.values() for d, doc in by.items() if d in members]
            rows = split_rows(config, [gold[d] for d in splits[split]], raw_docs, articles, inv)
            if not rows:
                continue
            encoded = [features[config].encode_example(_token_spans_as_dicts(r)) for r in rows]
            table = pa.Table.from_pylist(encoded, schema=features[config].arrow_schema)
            path = out / config / f"{split}.parquet"
            path.parent.mkdir(parents=True, exist_ok=True)
            pq.write_table(table, path, **options)
            digests[f"{config}/{split}-00000-of-00001.parquet"] = hashlib.sha256(path.read_bytes()).hexdigest()
    return digests


def _token_spans_as_dicts(row: dict[str, Any]) -> dict[str, Any]:
    """Rows give token spans as (start, end) tuples, which Arrow takes for a struct; ``encode_example`` wants dicts."""
    if "token_spans" not in row:
        return row
    return {**row, "token_spans": [{"start": a, "end": b} for a, b in row["token_spans"]]}


def _digests(dist: Path) -> dict[str, str]:
    return {
        p.relative_to(dist).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(dist.rglob("*.parquet"))
    }


def test_row_groups_split_inside_a_split_give_the_bytes_of_one_write_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With 3-row groups and 2-row chunks, each file equals one pq.write_table of its rows, boundaries included."""
    monkeypatch.setitem(parquet.PARQUET_OPTIONS, "row_group_size", 3)
    monkeypatch.setattr(parquet, "CHUNK_ROWS", 2)
    dist = build("0.1.0", tmp_path / "dist", SOURCES).out_dir
    expected = _in_memory(SOURCES, tmp_path / "memory", row_group_size=3)
    assert _digests(dist) == expected
    # 8 raw rows in train (4 documents x a1, a2): groups of 3, 3 and 2 rows.
    meta = pq.ParquetFile(dist / "raw_annotations" / "train-00000-of-00001.parquet").metadata
    assert [meta.row_group(i).num_rows for i in range(meta.num_row_groups)] == [3, 3, 2]
    manifest = json.loads((dist / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["files"] == expected


def test_chunk_size_does_not_change_manifest_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Encoding one row at a time writes the same manifest.json as the default chunks, hashes of write_table's files."""
    default = build("0.1.0", tmp_path / "a", SOURCES).out_dir
    monkeypatch.setattr(parquet, "CHUNK_ROWS", 1)
    one_by_one = build("0.1.0", tmp_path / "b", SOURCES).out_dir
    manifest = (default / "manifest.json").read_bytes()
    assert (one_by_one / "manifest.json").read_bytes() == manifest
    expected = _in_memory(SOURCES, tmp_path / "memory", row_group_size=10_000)
    assert json.loads(manifest)["files"] == expected


def _processes(monkeypatch: pytest.MonkeyPatch, count: int) -> None:
    """Write with ``count`` processes whatever the release's size and the machine's cores."""
    from diplonews.release import build as build_module

    monkeypatch.setattr(build_module, "_processes", lambda _documents: count)


@pytest.mark.parametrize("count", [2, 3])
def test_processes_write_the_bytes_of_one_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, count: int) -> None:
    """Configs shared among worker processes give the same manifest.json (every file's sha256), card and rows."""
    one = build("0.1.0", tmp_path / "one", SOURCES)
    _processes(monkeypatch, count)
    shared = build("0.1.0", tmp_path / "shared", SOURCES)
    assert shared.rows == one.rows
    for name in ("manifest.json", "README.md", "croissant.json"):
        assert (shared.out_dir / name).read_bytes() == (one.out_dir / name).read_bytes(), name


def _copy_annotations(tmp_path: Path) -> Sources:
    shutil.copytree(FIXTURES / "annotations", tmp_path / "annotations")
    return Sources(root=ROOT, annotations=tmp_path / "annotations", agreement=FIXTURES / "agreement.json")


def _past_the_gold_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let invalid annotations reach the rows: build validates them first; these tests check the rows' own errors."""
    from diplonews.release import build as build_module

    @contextmanager
    def not_validating(_sources: Sources) -> Iterator[Callable[[], None]]:
        yield lambda: None

    monkeypatch.setattr(build_module, "_validating", not_validating)


def _edit(path: Path, change: Any) -> None:
    doc = json.loads(path.read_text(encoding="utf-8"))
    change(doc)
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


def test_a_raw_file_whose_content_disagrees_with_its_path_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A raw file saying annotator "a0" in folder a2 stops the build, naming the file; nothing is written."""
    _past_the_gold_gate(monkeypatch)
    sources = _copy_annotations(tmp_path)
    path = sources.annotations / "a2" / "000_0ea221ab93fade0a-2.json"
    _edit(path, lambda d: d.update(annotator="a0"))
    with pytest.raises(ReleaseError) as caught:
        build("0.1.0", tmp_path / "dist", sources)
    assert str(caught.value) == (
        f"{path}: its doc_id and annotator must be those of its path (a2/000_0ea221ab93fade0a-2.json); "
        "run `diplonews validate` on it and move or correct the file"
    )
    assert list((tmp_path / "dist").iterdir()) == []


@pytest.mark.parametrize("processes", [1, 6])
def test_the_first_failing_config_is_reported_not_the_first_failing_split(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, processes: int
) -> None:
    """A bad entity type in a test document (documents/test) is reported before a dangling entity in train,
    also with each config written in a worker process of its own."""
    _past_the_gold_gate(monkeypatch)
    _processes(monkeypatch, processes)
    sources = _copy_annotations(tmp_path)
    gold = sources.annotations / "gold"
    _edit(gold / "003_dceb01e7f804bfd1-1.json", lambda d: d["entities"][0].update(type="NOPE"))
    _edit(gold / "000_0ea221ab93fade0a-1.json", lambda d: d["mentions"][0].update(entity="E999"))
    with pytest.raises(ReleaseError) as caught:
        build("0.1.0", tmp_path / "dist", sources)
    assert str(caught.value).startswith("'NOPE' is not one of the labels [")
    assert list((tmp_path / "dist").iterdir()) == []


def test_a_dangling_reference_wins_over_an_earlier_bad_label_in_the_same_split(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """documents/train: the bad label of its first row loses to the dangling argument of its fourth, as before."""
    _past_the_gold_gate(monkeypatch)
    sources = _copy_annotations(tmp_path)
    gold = sources.annotations / "gold"
    _edit(gold / "000_0ea221ab93fade0a-1.json", lambda d: d["entities"][0].update(type="NOPE"))
    _edit(gold / "004_22d63e12d7097e0c-1.json", lambda d: d["events"][0]["arguments"][0].update(ref="M999"))
    with pytest.raises(ReleaseError) as caught:
        build("0.1.0", tmp_path / "dist", sources)
    assert str(caught.value) == (
        "documents/train: a reference 'M999' points nowhere; run `diplonews validate` to find it"
    )


@pytest.mark.parametrize("processes", [2, 3, 6])
def test_shares_give_every_config_once_and_balance_the_weighed_costs(processes: int) -> None:
    """Each config is written by exactly one process, and no process carries more than the least loaded one
    plus the dearest config (what sharing costliest-first to the least loaded process promises)."""
    from diplonews.release.build import _shares
    from diplonews.release.configs import REGISTRY

    cost = {c.name: c.cost for c in REGISTRY}
    shares = _shares(processes)
    assert sorted(c for share in shares for c in share) == sorted(CONFIGS)
    loads = [sum(cost[c] for c in share) for share in shares]
    assert max(loads) - min(loads) <= max(cost.values())
    assert len(shares) == min(processes, len(CONFIGS))
