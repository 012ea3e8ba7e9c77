"""What validation needs of the corpus: each record's text hash, and its text only when a document differs."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

import orjson

from diplonews._io import jsonl_object, sha256_text
from diplonews.errors import InputError


class CorpusTexts(Protocol):
    """The corpus texts as level 2 and level 4 compare them: by sha256, the text itself on demand."""

    def sha256(self, doc_id: str) -> str | None:
        """The hex sha256 of the record's text; None when the corpus has no record ``doc_id``."""
        ...

    def text(self, doc_id: str) -> str:
        """The record's text (only asked for to describe a mismatch)."""
        ...


class RecordTexts:
    """CorpusTexts over records already in memory (doc_id -> article record, as ``load_articles`` returns)."""

    def __init__(self, articles: dict[str, dict[str, Any]]) -> None:
        self._articles = articles
        self._hashes: dict[str, str] = {}

    def sha256(self, doc_id: str) -> str | None:
        """The hex sha256 of the record's text, computed once per record."""
        found = self._hashes.get(doc_id)
        if found is None:
            record = self._articles.get(doc_id)
            if record is None:
                return None
            found = self._hashes[doc_id] = sha256_text(record["text"])
        return found

    def text(self, doc_id: str) -> str:
        """The record's text."""
        text: str = self._articles[doc_id]["text"]
        return text


def _record(body: bytes, path: Path, lineno: int) -> dict[str, Any] | None:
    """One JSONL line as ``diplonews._io.read_jsonl`` reads it (None for a blank line), orjson first for speed."""
    try:
        obj = orjson.loads(body)
    except orjson.JSONDecodeError:
        obj = None
    if isinstance(obj, dict):
        return obj
    # Blank, broken, not an object, or refused by the stricter orjson: the shared reader decides, as before.
    return jsonl_object(body.decode("utf-8"), path, lineno)


class FileTexts:
    """CorpusTexts of a corpus JSONL file: keeps sha256 and byte offset per record, not the texts (~4 KiB each).

    Reads lines as ``load_articles`` does (the last record of a doc_id wins; a line ending in a lone carriage
    return is kept with its text, since its offset cannot be re-read as one line).
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._index: dict[str, tuple[str | None, int | dict[str, Any]]] = {}
        try:
            handle = path.open("rb")
        except OSError as exc:
            raise InputError(f"{path}: cannot open: {exc.strerror}") from exc
        with handle:
            offset = lineno = 0
            for raw in handle:
                start, offset = offset, offset + len(raw)
                body = raw[:-1] if raw.endswith(b"\n") else raw
                if body.endswith(b"\r"):
                    body = body[:-1]
                if b"\r" in body:  # text mode also ends a line at a lone "\r"
                    for piece in body.decode("utf-8").split("\r"):
                        lineno += 1
                        if piece.strip():
                            self._add(_record(piece.encode("utf-8"), path, lineno), None)
                    continue
                lineno += 1
                if body.strip():
                    self._add(_record(body, path, lineno), start)

    def _add(self, record: dict[str, Any] | None, offset: int | None) -> None:
        if record is None:
            return
        doc_id: str = record["doc_id"]
        text = record.get("text")
        if isinstance(text, str) and offset is not None:
            self._index[doc_id] = (sha256_text(text), offset)
        else:
            self._index[doc_id] = (None, record)  # kept whole: hashed (or failing) when asked, as before

    def sha256(self, doc_id: str) -> str | None:
        """The hex sha256 of the record's text; None when there is no record."""
        found = self._index.get(doc_id)
        if found is None:
            return None
        digest, where = found
        if digest is None:
            assert isinstance(where, dict)
            return sha256_text(where["text"])
        return digest

    def text(self, doc_id: str) -> str:
        """The record's text, read again from its line in the file."""
        _, where = self._index[doc_id]
        if isinstance(where, dict):
            kept: str = where["text"]
            return kept
        with self._path.open("rb") as handle:
            handle.seek(where)
            record = _record(handle.readline().rstrip(b"\r\n"), self._path, 0)
        assert record is not None
        text: str = record["text"]
        return text
