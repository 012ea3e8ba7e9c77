"""The client's streaming reader of Label Studio's JSON export."""

from __future__ import annotations

import json

import pytest

from diplonews.labelstudio.client import array_items

TASKS = [
    {"id": 1, "data": {"text": "اتصل بوتين بماكرون", "doc_id": "d1"}, "annotations": [{"result": [], "lead": 1.5}]},
    {"id": 22, "data": {"text": 'سطر\nثان "مقتبس" \\ ]}', "doc_id": "d2"}, "annotations": []},
    12345,
    "نص",
    [],
]


def _chunks(data: bytes, size: int) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


@pytest.mark.parametrize("indent", [None, 2])
def test_every_chunking_gives_the_same_items(indent: int | None) -> None:
    """Cut at every byte (inside Arabic letters, strings, numbers), the items come out as json.loads reads them."""
    data = json.dumps(TASKS, ensure_ascii=False, indent=indent).encode("utf-8")
    for size in range(1, len(data) + 1):
        assert list(array_items(_chunks(data, size))) == TASKS, size


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b'{"id": 1}', "expected '\\[' at the start"),
        (b'[{"id": 1}, {"id": 2', "at character"),
        (b'[{"id": 1}', "not closed"),
        (b'[{"id": 1}] x', "something follows"),
        (b'["\xd8"]', "utf-8"),
    ],
)
def test_broken_exports_raise(body: bytes, message: str) -> None:
    """A body that is not one complete JSON array raises ValueError, however it is cut."""
    for size in (1, 3, len(body)):
        with pytest.raises(ValueError, match=message):
            list(array_items(_chunks(body, size)))


def test_an_empty_array_has_no_items() -> None:
    """An empty export yields nothing."""
    assert list(array_items([b" [ ", b"] \n"])) == []
