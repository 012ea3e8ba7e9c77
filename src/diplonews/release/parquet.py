"""Release rows -> Parquet: fixed writer options, a compiled ClassLabel encoder and a streaming file writer."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from diplonews.errors import ReleaseError

if TYPE_CHECKING:
    import pyarrow as pa
    import pyarrow.parquet as pq

# Fixed writer options: the same rows give the same bytes on every machine with this pyarrow.
PARQUET_OPTIONS: dict[str, Any] = {
    "compression": "zstd",
    "compression_level": 9,
    "use_dictionary": True,
    "write_statistics": True,
    "version": "2.6",
    "data_page_version": "1.0",
    "row_group_size": 10_000,
}
# Rows encoded to Arrow at a time: Arrow holds a row group's rows in a fraction of the Python objects' memory.
CHUNK_ROWS = 1_000


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file's bytes, read in 1 MiB blocks (a release file can be hundreds of MiB)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _identity(value: Any) -> Any:
    return value


def encoder(feature: Any) -> Callable[[Any], Any]:
    """A function encoding one value of ``feature``: ClassLabel names become ids, the rest passes through.

    Compiled once per feature tree; ``Features.encode_example`` walks the tree again for every row, which
    cost most of a build's time on large corpora. Only the parts of a value that hold a ClassLabel are
    copied: Arrow reads a struct's fields by name (absent ones as null, others ignored), so untouched
    dicts and lists are handed over as they are.
    """
    from datasets import ClassLabel, List

    if isinstance(feature, ClassLabel):
        ids = {name: index for index, name in enumerate(feature.names)}

        def encode_label(value: Any) -> Any:
            try:
                return ids[value]  # names are str: None and ids already encoded are never keys
            except KeyError:
                if value is None or isinstance(value, int):
                    return value
                raise ReleaseError(f"{value!r} is not one of the labels {feature.names}; fix the annotation") from None

        encode_label.ids = ids  # type: ignore[attr-defined]  # read by a list of labels' fast path
        return encode_label
    if isinstance(feature, List):
        inner = encoder(feature.feature)
        if inner is _identity:
            return _identity
        label_ids: dict[str, int] | None = getattr(inner, "ids", None)
        if label_ids is not None:
            lookup = label_ids.__getitem__

            # A list of labels (ner_tags): map names in C; anything else takes the checked path.
            def encode_labels(values: Any) -> Any:
                if values is None:
                    return None
                try:
                    return list(map(lookup, values))
                except (KeyError, TypeError):
                    return [inner(v) for v in values]

            return encode_labels
        return lambda values: None if values is None else [inner(v) for v in values]
    if isinstance(feature, dict):
        fields = [(key, enc) for key, enc in ((k, encoder(sub)) for k, sub in feature.items()) if enc is not _identity]
        if not fields:
            return _identity

        def encode_fields(value: Any) -> Any:
            if value is None:
                return None
            out = dict(value)
            for key, enc in fields:
                out[key] = enc(value.get(key))
            return out

        return encode_fields
    return _identity


class ParquetStream:
    """Rows added one at a time -> the file one ``pq.write_table`` of all of them writes, byte for byte.

    Rows are encoded to Arrow in chunks and written one full row group (``row_group_size`` rows, the
    last one shorter) per ``write_table`` call, from one contiguous table: the same row groups, pages
    and dictionaries as one ``pq.write_table`` of every row. The file is opened at the first row group;
    a stream that got no row writes no file.
    """

    def __init__(self, path: Path, features: Any) -> None:
        self.path = path
        self.rows = 0
        self.features = features
        self._schema: pa.Schema = features.arrow_schema
        self._encode = encoder(dict(features))
        self._group_size: int = PARQUET_OPTIONS["row_group_size"]
        self._options = {k: v for k, v in PARQUET_OPTIONS.items() if k != "row_group_size"}
        self._pending: list[Any] = []
        self._batches: list[pa.RecordBatch] = []
        self._buffered = 0
        self._writer: pq.ParquetWriter | None = None

    def add(self, row: dict[str, Any]) -> None:
        """Encode one row (ReleaseError for a label outside the features) and write when a row group is full."""
        self._pending.append(self._encode(row))
        self.rows += 1
        if len(self._pending) >= min(CHUNK_ROWS, self._group_size - self._buffered):
            self._convert()
            if self._buffered == self._group_size:
                self._flush()

    def _convert(self) -> None:
        import pyarrow as pa

        if self._pending:
            self._batches.append(pa.RecordBatch.from_pylist(self._pending, schema=self._schema))
            self._buffered += len(self._pending)
            self._pending = []

    def _flush(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not self._buffered:
            return
        if self._writer is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._writer = pq.ParquetWriter(self.path, self._schema, **self._options)
        table = pa.Table.from_batches(self._batches, schema=self._schema).combine_chunks()
        self._writer.write_table(table, row_group_size=self._group_size)
        self._batches, self._buffered = [], 0

    def close(self) -> str | None:
        """Write what is left and close; the file's sha256, or None when no row was added (no file)."""
        self._convert()
        self._flush()
        if self._writer is None:
            return None
        self._writer.close()
        self._writer = None
        return sha256_file(self.path)

    def discard(self) -> None:
        """Drop the buffered rows and the partial file (the build is going to fail)."""
        self._pending, self._batches, self._buffered = [], [], 0
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        self.path.unlink(missing_ok=True)
