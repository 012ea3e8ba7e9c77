"""One pass per split over its documents, read from disk as needed, feeding every config's Parquet stream."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from diplonews._io import read_json_fast
from diplonews.errors import ReleaseError
from diplonews.release.card import data_file
from diplonews.release.features import CONFIGS
from diplonews.release.parquet import ParquetStream
from diplonews.release.rows import (
    config_rows,
    document_row,
    entities_row,
    events_row,
    raw_row,
    release_layers,
    stance_rows,
)
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

    def error(self, split: str) -> ReleaseError | None:
        if self.key_error is not None:
            where = f"{self.config}/{split}"
            return ReleaseError(
                f"{where}: a reference {self.key_error} points nowhere; run `diplonews validate` to find it"
            )
        return self.label_error


@dataclass
class SplitResult:
    """Rows per config, sha256 per written file, and the configs that failed (with their error)."""

    rows: dict[str, int] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)
    errors: dict[str, ReleaseError] = field(default_factory=dict)


def _gold_feeds(sinks: Mapping[str, _Sink], doc: dict[str, Any], inputs: Inputs, inv: Inventory) -> None:
    """Feed the four gold configs one document; its layers are built once for ``documents`` and ``events``."""
    computed: list[dict[str, Any]] = []

    def layers() -> dict[str, Any]:
        if not computed:
            computed.append(release_layers(doc))
        return computed[0]

    feeds: dict[str, Callable[[], list[dict[str, Any]]]] = {
        "documents": lambda: [document_row(doc, inputs.articles[doc["doc_id"]], layers())],
        "entities": lambda: [entities_row(doc)],
        "events": lambda: [events_row(doc, layers())],
        "stances": lambda: stance_rows(doc, inv),
    }
    for config, make in feeds.items():
        if config in sinks:
            sinks[config].feed(make)


def _raw_in_order(inputs: Inputs, doc_id: str) -> list[dict[str, Any]] | None:
    """The raw documents of ``doc_id`` by annotator; None when a file's doc_id or annotator is not its name.

    The release orders raw rows by the documents' own (doc_id, annotator); reading folder by folder per
    doc_id gives that order only when every file says what its path says.
    """
    docs = []
    for annotator, stems in inputs.raw.items():
        if doc_id not in stems:
            continue
        doc = read_json_fast(inputs.raw_dir / annotator / f"{doc_id}.json")
        if not isinstance(doc, dict) or doc.get("doc_id") != doc_id or doc.get("annotator") != annotator:
            return None
        docs.append(doc)
    return docs


def _raw_rows(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [raw_row(d) for d in docs]


def _raw_held(sink: _Sink, inputs: Inputs, doc_ids: Sequence[str], inv: Inventory) -> None:
    """The all-in-memory way for one split's raw rows: only for files whose content disagrees with their name."""
    members = set(doc_ids)
    docs = [
        read_json_fast(inputs.raw_dir / a / f"{d}.json")
        for a, stems in inputs.raw.items()
        for d in stems
        if d in members
    ]
    sink.feed(lambda: config_rows("raw_annotations", [], docs, {}, inv))


def write_split(
    staging: Path,
    split: str,
    doc_ids: Sequence[str],
    *,
    configs: Sequence[str],
    inputs: Inputs,
    features: Mapping[str, Any],
    inv: Inventory,
) -> SplitResult:
    """Read each released document of ``split`` once (gold, then each annotator's) and write ``configs``' files."""
    sinks = {c: _Sink(c, ParquetStream(staging / data_file(c, split), features[c])) for c in configs}
    raw = sinks.get("raw_annotations")
    raw_streamed = raw is not None
    for doc_id in doc_ids:
        _gold_feeds(sinks, read_json_fast(inputs.gold_dir / f"{doc_id}.json"), inputs, inv)
        if raw is not None and raw_streamed:
            docs = _raw_in_order(inputs, doc_id)
            if docs is None:
                raw_streamed = False
                raw.stream.discard()
                raw = sinks["raw_annotations"] = _Sink(raw.config, ParquetStream(raw.stream.path, raw.stream.features))
            else:
                raw.feed(partial(_raw_rows, docs))
    if raw is not None and not raw_streamed:
        _raw_held(raw, inputs, doc_ids, inv)
    result = SplitResult()
    for config in CONFIGS:
        sink = sinks.get(config)
        if sink is None:
            continue
        error = sink.error(split)
        if error is not None:
            result.errors[config] = error
            continue
        result.rows[config] = sink.stream.rows
        digest = sink.stream.close()
        if digest is not None:
            result.files[data_file(config, split)] = digest
    return result
