"""ParquetStream: label names encoded column by column give the bytes of ``datasets``' row-by-row encoding."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from datasets import ClassLabel, Features, List, Value

from diplonews.errors import ReleaseError
from diplonews.release import parquet
from diplonews.release.parquet import ParquetStream

COLOURS = ClassLabel(names=["red", "green", "blue"])
FEATURES = Features(
    {
        "id": Value("string"),
        "colour": COLOURS,
        "tags": List(COLOURS),
        "parts": List({"name": Value("string"), "colour": COLOURS, "start": Value("int32")}),
        "main": {"colour": COLOURS, "note": Value("string")},
    }
)


def _row(n: int, colour: Any = "green", part_colour: Any = "blue") -> dict[str, Any]:
    return {
        "id": f"r{n}",
        "colour": colour,
        "tags": ["red", "blue"] if n % 3 else None,  # null lists between full ones
        "parts": [{"name": "a", "colour": part_colour, "start": n}, {"name": "b", "colour": None, "start": 0}],
        "main": None if n % 4 == 0 else {"colour": "red", "note": None},  # null structs too
    }


def _stream(tmp_path: Path, rows: list[dict[str, Any]]) -> ParquetStream:
    stream = ParquetStream(tmp_path / "cfg" / "train.parquet", FEATURES)
    for row in rows:
        stream.add(row)
    return stream


def test_column_encoding_writes_the_bytes_of_encode_example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Labels at the top, in lists, in lists of structs and in structs, with nulls at each level: same bytes."""
    monkeypatch.setattr(parquet, "CHUNK_ROWS", 4)
    rows = [_row(n, colour=[None, "red", "green", "blue"][n % 4]) for n in range(11)]
    digest = _stream(tmp_path, rows).close()
    table = pa.Table.from_pylist([FEATURES.encode_example(r) for r in rows], schema=FEATURES.arrow_schema)
    pq.write_table(table, tmp_path / "expected.parquet", **parquet.PARQUET_OPTIONS)
    assert digest == hashlib.sha256((tmp_path / "expected.parquet").read_bytes()).hexdigest()
    assert pq.read_table(tmp_path / "cfg" / "train.parquet").column("colour").to_pylist()[:4] == [None, 0, 1, 2]


def test_the_first_bad_row_is_named_though_a_later_column_fails_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Row 2 has a bad nested label, row 3 a bad top-level one: the error names row 2's, as row order says."""
    monkeypatch.setattr(parquet, "CHUNK_ROWS", 10)
    rows = [_row(0), _row(1), _row(2, part_colour="mauve"), _row(3, colour="teal"), _row(4)]
    with pytest.raises(ReleaseError) as caught:
        _stream(tmp_path, rows).close()
    assert str(caught.value) == "'mauve' is not one of the labels ['red', 'green', 'blue']; fix the annotation"


def test_a_bad_label_in_the_last_short_chunk_is_raised_by_close(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows 0-3 fill a chunk; row 4 (bad) waits in the last one, which close() encodes: an error, no file."""
    monkeypatch.setattr(parquet, "CHUNK_ROWS", 4)
    stream = _stream(tmp_path, [_row(n) for n in range(4)] + [_row(4, colour="teal")])
    with pytest.raises(ReleaseError, match=r"^'teal' is not one of the labels"):
        stream.close()
    stream.discard()
    assert not (tmp_path / "cfg" / "train.parquet").exists()


def test_a_value_of_the_wrong_type_is_a_release_error_not_a_traceback(tmp_path: Path) -> None:
    """An offset given as text cannot become int32: the config is named and validate is suggested."""
    row = _row(0)
    row["parts"][0]["start"] = "7"
    with pytest.raises(ReleaseError) as caught:
        _stream(tmp_path, [row]).close()
    assert str(caught.value).startswith("cfg: a value does not fit the release features (")
    assert str(caught.value).endswith("); run `diplonews validate` to find it")
