"""Release rows -> Parquet: fixed writer options, a compiled ClassLabel encoder and a streaming file writer."""

from __future__ import annotations

import contextlib
import hashlib
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

from diplonews.errors import ReleaseError

if TYPE_CHECKING:
    import pyarrow as pa
    import pyarrow.parquet as pq

# Fixed writer options: the same rows give the same bytes on every machine with this pyarrow.
PARQUET_OPTIONS: dict[str, Any] = {
    "compression": "zstd",
    # zstd's own default level: 9 took twice the CPU of 3 for files 9 % smaller (benchmarks/RESULTS.md).
    "compression_level": 3,
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


def _holds_label(feature: Any) -> bool:
    from datasets import ClassLabel, List

    if isinstance(feature, ClassLabel):
        return True
    if isinstance(feature, List):
        return _holds_label(feature.feature)
    return isinstance(feature, dict) and any(_holds_label(sub) for sub in feature.values())


def names_schema(features: Any) -> pa.Schema:
    """The Arrow schema of ``features`` with every ClassLabel as a string column: rows are converted with
    their label names, then each label column is encoded at once (``encode_columns``)."""
    from datasets import ClassLabel, Features, List, Value

    def as_names(feature: Any) -> Any:
        if isinstance(feature, ClassLabel):
            return Value("string")
        if isinstance(feature, List):
            return List(as_names(feature.feature), length=feature.length)
        if isinstance(feature, dict):
            return {key: as_names(sub) for key, sub in feature.items()}
        return feature

    return Features({key: as_names(sub) for key, sub in features.items()}).arrow_schema


def _encode(array: pa.Array, feature: Any, target: pa.DataType) -> pa.Array:
    """One column of label names -> the column of ``target`` (ClassLabel ids); ReleaseError for an unknown name.

    ``array`` comes unsliced from ``RecordBatch.from_pylist``, so a list's ``offsets`` index its ``values``.
    """
    import pyarrow as pa
    import pyarrow.compute as pc
    from datasets import ClassLabel, List

    if not _holds_label(feature):
        return array
    mask = array.is_null() if array.null_count else None
    if isinstance(feature, ClassLabel):
        ids = pc.index_in(array, value_set=pa.array(feature.names, pa.string()))
        if ids.null_count != array.null_count:
            unknown = pc.filter(array, pc.and_(pc.is_null(ids), pc.is_valid(array)))[0].as_py()
            raise ReleaseError(f"{unknown!r} is not one of the labels {feature.names}; fix the annotation")
        return ids.cast(target)
    if isinstance(feature, List):
        values = _encode(array.values, feature.feature, target.value_type)
        return pa.ListArray.from_arrays(array.offsets, values, type=target, mask=mask)
    # flatten(), not field(): a null struct's children hold filler values ("" for a label) that must not be checked.
    flat = array.flatten()
    children = [_encode(flat[i], sub, target.field(i).type) for i, sub in enumerate(feature.values())]
    return pa.StructArray.from_arrays(children, fields=list(target), mask=mask)


def encode_columns(batch: pa.RecordBatch, features: Any, schema: pa.Schema) -> pa.RecordBatch:
    """A batch in ``names_schema(features)`` -> the same rows in ``schema`` (``features.arrow_schema``).

    Column by column in Arrow: a ClassLabel column is one ``index_in`` over every name in the batch,
    where encoding row by row in Python cost most of a large build's time.
    """
    import pyarrow as pa

    columns = [_encode(batch.column(i), feature, schema.field(i).type) for i, feature in enumerate(features.values())]
    return pa.RecordBatch.from_arrays(columns, schema=schema)


class ParquetStream:
    """Rows added one at a time -> the file one ``pq.write_table`` of all of them writes, byte for byte.

    Rows are encoded to Arrow in chunks and written one full row group (``row_group_size`` rows, the
    last one shorter) per ``write_table`` call, from one contiguous table: the same row groups, pages
    and dictionaries as one ``pq.write_table`` of every row. The file is opened at the first row group;
    a stream that got no row writes no file.

    Each row group is compressed and written by a thread of the stream's own while the caller makes the
    next rows (Arrow releases the GIL as it writes): one write at a time, in order, so the bytes are those
    of writing in the caller's thread, and at most one row group waits beside the one being filled.
    """

    def __init__(self, path: Path, features: Any) -> None:
        self.path = path
        self.rows = 0
        self.nbytes = 0  # Arrow bytes of the rows, as `datasets` counts a split's num_bytes
        self.features = features
        self._schema: pa.Schema = features.arrow_schema
        self._names_schema = names_schema(features)
        self._group_size: int = PARQUET_OPTIONS["row_group_size"]
        self._options = {k: v for k, v in PARQUET_OPTIONS.items() if k != "row_group_size"}
        self._pending: list[Any] = []
        self._batches: list[pa.RecordBatch] = []
        self._buffered = 0
        self._writer: pq.ParquetWriter | None = None
        self._thread: ThreadPoolExecutor | None = None
        self._writing: Future[None] | None = None

    def add(self, row: dict[str, Any]) -> None:
        """Add one row (label names, not ids) and write when a row group is full; ReleaseError for a label
        outside the features, raised by the chunk that holds it."""
        self._pending.append(row)
        self.rows += 1
        if len(self._pending) >= min(CHUNK_ROWS, self._group_size - self._buffered):
            self._convert()
            if self._buffered == self._group_size:
                self._flush()

    def _convert(self) -> None:

        if self._pending:
            try:
                batch = self._encode(self._pending)
            except ReleaseError:
                # Name the first bad row's error, as encoding row by row would (a chunk finds its errors by column).
                for row in self._pending:
                    self._encode([row])
                raise
            self._batches.append(batch)
            self.nbytes += batch.nbytes
            self._buffered += len(self._pending)
            self._pending = []

    def _encode(self, rows: list[dict[str, Any]]) -> pa.RecordBatch:
        import pyarrow as pa

        try:
            batch = pa.RecordBatch.from_pylist(rows, schema=self._names_schema)
        except (pa.ArrowException, TypeError, ValueError) as exc:
            raise ReleaseError(
                f"{self.path.parent.name}: a value does not fit the release features ({exc}); "
                "run `diplonews validate` to find it"
            ) from None
        return encode_columns(batch, self.features, self._schema)

    def _flush(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not self._buffered:
            return
        self._wait()  # the previous row group is written before this one, and its error raised here
        if self._writer is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._writer = pq.ParquetWriter(self.path, self._schema, **self._options)
            self._thread = ThreadPoolExecutor(1, thread_name_prefix=f"parquet-{self.path.name}")
        table = pa.Table.from_batches(self._batches, schema=self._schema).combine_chunks()
        assert self._thread is not None
        self._writing = self._thread.submit(self._writer.write_table, table, row_group_size=self._group_size)
        self._batches, self._buffered = [], 0

    def _wait(self) -> None:
        writing, self._writing = self._writing, None
        if writing is not None:
            writing.result()

    def _stop(self) -> None:
        """Close the file and its thread (after the last write)."""
        try:
            self._wait()
        finally:
            if self._writer is not None:
                self._writer.close()
                self._writer = None
            if self._thread is not None:
                self._thread.shutdown()
                self._thread = None

    def close(self) -> str | None:
        """Write what is left and close; the file's sha256, or None when no row was added (no file)."""
        self._convert()
        self._flush()
        if self._writer is None:
            return None
        self._stop()
        return sha256_file(self.path)

    def discard(self) -> None:
        """Drop the buffered rows and the partial file (the build is going to fail)."""
        self._pending, self._batches, self._buffered = [], [], 0
        with contextlib.suppress(Exception):  # the build's own error is the one reported; the file goes anyway
            self._stop()
        self.path.unlink(missing_ok=True)
