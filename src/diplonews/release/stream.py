"""One pass per split over its documents, read from disk as needed, feeding every config's Parquet stream."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from diplonews._io import read_json_fast
from diplonews.errors import ReleaseError
from diplonews.release.configs import ReleaseConfig, data_file
from diplonews.release.parquet import ParquetStream
from diplonews.release.rows import Released
from diplonews.schema import Inventory


@dataclass(frozen=True)
class Inputs:
    """What the split passes read: gold folder, raw annotation files by annotator, article metadata."""

    gold_dir: Path
    raw_dir: Path
    # annotator -> doc_ids (file stems, in sorted-path order), annotators sorted; names, not Paths: a
    # Path costs four times the memory of its stem, and there are (annotators x documents) of them.
    raw: Mapping[str, Mapping[str, None]]
    articles: Mapping[str, Mapping[str, Any]]  # doc_id -> article metadata (no text)


@dataclass
class _Sink:
    """One config's rows in one split, and the error the all-in-memory build would have raised for them.

    That build made every row of a (config, split) before encoding any, config by config: so a
    reference error (KeyError) anywhere in the split wins over a label error, and the first failing
    split of the first failing config is the one reported.
    """

    config: str
    stream: ParquetStream
    key_error: KeyError | None = None
    label_error: ReleaseError | None = None

    @property
    def failed(self) -> bool:
        return self.key_error is not None or self.label_error is not None

    def feed(self, make: Callable[[], list[dict[str, Any]]]) -> None:
        if self.key_error is not None:
            return
        try:
            rows = make()
        except KeyError as exc:
            self.key_error = exc
            self.stream.discard()
            return
        if self.label_error is not None:
            return
        try:
            for row in rows:
                self.stream.add(row)
        except ReleaseError as exc:
            self.label_error = exc
            self.stream.discard()

    def finish(self) -> str | None:
        """Close the stream: the file's sha256, or None (no row, or failed: a last chunk's label error is kept)."""
        if self.failed:
            return None
        try:
            return self.stream.close()
        except ReleaseError as exc:
            self.label_error = exc
            self.stream.discard()
            return None

    def error(self, split: str) -> ReleaseError | None:
        if self.key_error is not None:
            where = f"{self.config}/{split}"
            return ReleaseError(
                f"{where}: a reference {self.key_error} points nowhere; run `diplonews validate` to find it"
            )
        return self.label_error


@dataclass
class SplitResult:
    """Rows and Arrow bytes per config, sha256 per written file, and the configs that failed (with their error)."""

    rows: dict[str, int] = field(default_factory=dict)
    nbytes: dict[str, int] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)
    errors: dict[str, ReleaseError] = field(default_factory=dict)


def _annotations(inputs: Inputs, doc_id: str) -> list[dict[str, Any]]:
    """Each annotator's version of ``doc_id``, by annotator; a file must say the doc_id and annotator of its path."""
    versions = []
    for annotator, stems in inputs.raw.items():
        if doc_id not in stems:
            continue
        path = inputs.raw_dir / annotator / f"{doc_id}.json"
        doc = read_json_fast(path)
        if not isinstance(doc, dict) or doc.get("doc_id") != doc_id or doc.get("annotator") != annotator:
            raise ReleaseError(
                f"{path}: its doc_id and annotator must be those of its path ({annotator}/{doc_id}.json); "
                "run `diplonews validate` on it and move or correct the file"
            )
        versions.append(doc)
    return versions


def write_split(
    staging: Path,
    split: str,
    doc_ids: Sequence[str],
    *,
    configs: Sequence[ReleaseConfig],
    inputs: Inputs,
    features: Mapping[str, Any],
    inv: Inventory,
) -> SplitResult:
    """Read each released document of ``split`` once (gold, then each annotator's) and write ``configs``' files."""
    sinks = [_Sink(c.name, ParquetStream(staging / data_file(c.name, split), features[c.name])) for c in configs]
    for doc_id in doc_ids:
        gold = read_json_fast(inputs.gold_dir / f"{doc_id}.json")
        doc = Released(gold, inputs.articles, inv, read_annotations=partial(_annotations, inputs, doc_id))
        for config, sink in zip(configs, sinks, strict=True):
            sink.feed(partial(config.rows, doc))
    result = SplitResult()
    for sink in sinks:
        digest = sink.finish()
        error = sink.error(split)
        if error is not None:
            result.errors[sink.config] = error
            continue
        result.rows[sink.config] = sink.stream.rows
        result.nbytes[sink.config] = sink.stream.nbytes
        if digest is not None:
            result.files[data_file(sink.config, split)] = digest
    return result
