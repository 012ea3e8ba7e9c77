"""What each benchmark task does, one function per task; run.py times each in a fresh child process."""

from __future__ import annotations

import itertools
import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import orjson

from diplonews.annotations import annotation_files

Task = Callable[[Path], dict[str, Any]]
TASKS: dict[str, Task] = {}
# Modules a task imports, loaded before its clock starts: import time is not what is measured.
IMPORTS: dict[str, tuple[str, ...]] = {}
VERSION = "0.1.0"


def task(name: str, *imports: str) -> Callable[[Task], Task]:
    """Register a task under ``name``, with the modules to import before timing it."""

    def register(fn: Task) -> Task:
        TASKS[name] = fn
        IMPORTS[name] = imports
        return fn

    return register


def annotator_files(root: Path) -> list[Path]:
    """The annotators' files of a bench corpus: what validate and agreement read."""
    return annotation_files(root / "annotations")


@task("parse_json")
def parse_json(root: Path) -> dict[str, Any]:
    """Baseline: read and parse every annotator file with the standard library, keeping nothing."""
    files = annotator_files(root)
    for path in files:
        json.loads(path.read_text(encoding="utf-8"))
    return {"files": len(files)}


@task("parse_orjson")
def parse_orjson(root: Path) -> dict[str, Any]:
    """Baseline: read and parse every annotator file with orjson, keeping nothing."""
    files = annotator_files(root)
    for path in files:
        orjson.loads(path.read_bytes())
    return {"files": len(files)}


@task("validate", "diplonews.validate")
def validate(root: Path) -> dict[str, Any]:
    """Stage: ``validate_paths`` over the annotation tree against the corpus (levels 1-4)."""
    from diplonews.validate import validate_paths

    result = validate_paths([root / "annotations"], root / "corpus" / "articles.jsonl")
    return {"files": result.files, "errors": len(result.errors), "findings": len(result.findings)}


@task("agreement", "diplonews.agreement", "diplonews.annotations")
def agreement(root: Path) -> dict[str, Any]:
    """Stage: ``compute`` over the tree read lazily (one document parsed at a time), report serialised as JSON."""
    from diplonews._io import dumps
    from diplonews.agreement import compute, lazy_annotations

    annotations = lazy_annotations(root / "annotations")
    report = compute(annotations)
    text = dumps(report)
    return {"files": sum(len(d) for d in annotations.values()), "report_bytes": len(text.encode())}


def _release_sources(root: Path) -> Any:
    from diplonews.release.build import Sources

    return Sources(root=root / "release")


@task("build", "diplonews.release.build", "datasets", "pyarrow.parquet")
def build(root: Path) -> dict[str, Any]:
    """Stage: ``diplonews.release.build.build`` of gold + raw annotations into Parquet, card and croissant."""
    from diplonews.release.build import build as build_release

    out = root / "dist"
    result = build_release(VERSION, out, _release_sources(root))
    rows = sum(n for by_split in result.rows.values() for n in by_split.values())
    return {"rows": rows, "files": len(result.files), "warnings": len(result.warnings)}


@task("pyarrow_write", "pyarrow.parquet")
def pyarrow_write(root: Path) -> dict[str, Any]:
    """Baseline: parse the files build reads and write them as two plain Parquet files (gold rows, raw rows).

    Written in batches with one ParquetWriter per file (schema inferred from the first batch), so the
    baseline's memory stays flat: it is the plain way to turn these files into Parquet at any size.
    """
    src = root / "release"
    out = root / "dist-plain"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    articles = {}
    with (src / "corpus" / "articles.jsonl").open("rb") as handle:
        for line in handle:
            record = json.loads(line)
            articles[record["doc_id"]] = {k: v for k, v in record.items() if k != "text"}

    def gold_rows() -> Iterator[dict[str, Any]]:
        # The release's documents rows carry the article metadata beside the annotation.
        for p in sorted((src / "annotations" / "gold").glob("*.json")):
            doc = json.loads(p.read_text(encoding="utf-8"))
            yield {**articles[doc["doc_id"]], **doc}

    def raw_rows() -> Iterator[dict[str, Any]]:
        for p in annotation_files(src / "annotations"):
            yield json.loads(p.read_text(encoding="utf-8"))

    written = _write_batches(gold_rows(), out / "documents.parquet")
    written += _write_batches(raw_rows(), out / "raw_annotations.parquet")
    return {"rows": written}


def _write_batches(rows: Iterator[dict[str, Any]], path: Path, batch: int = 2000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    writer: pq.ParquetWriter | None = None
    count = 0
    try:
        while chunk := list(itertools.islice(rows, batch)):
            table = pa.Table.from_pylist(chunk, schema=writer.schema if writer else None)
            writer = writer or pq.ParquetWriter(path, table.schema, compression="zstd")
            writer.write_table(table)
            count += len(chunk)
    finally:
        if writer is not None:
            writer.close()
    return count


def _parquet_files(root: Path) -> list[Path]:
    return sorted((root / "dist" / f"v{VERSION}").rglob("*.parquet"))


@task("load", "datasets", "diplonews.release.features")
def load(root: Path) -> dict[str, Any]:
    """Stage: ``datasets.load_dataset`` of every config of the built release, offline (as a consumer does)."""
    import os

    from datasets import load_dataset

    from diplonews.release.configs import CONFIGS

    assert os.environ.get("HF_HUB_OFFLINE") == "1"
    rows = 0
    for config in CONFIGS:
        loaded = load_dataset(str(root / "dist" / f"v{VERSION}"), config)
        rows += sum(ds.num_rows for ds in loaded.values())
    return {"rows": rows}


@task("read_table", "pyarrow.parquet")
def read_table(root: Path) -> dict[str, Any]:
    """Baseline: ``pyarrow.parquet.read_table`` of every Parquet file of the built release."""
    import pyarrow.parquet as pq

    files = _parquet_files(root)
    if not files:
        raise FileNotFoundError(f"{root / 'dist'}: no built release to read (the build stage did not finish)")
    return {"rows": sum(pq.read_table(p).num_rows for p in files), "files": len(files)}
