"""What validation needs of the corpus: each record's text hash, and its text only when a document differs."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

import orjson

from diplonews._io import jsonl_object, sha256_text
from diplonews.corpus import load_articles
from diplonews.errors import InputError
from diplonews.schema import is_doc_id


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


_BOM = b"\xef\xbb\xbf"


class FileTexts:
    """CorpusTexts of a corpus JSONL file: keeps sha256 and byte offset per record, not the texts (~4 KiB each).

    Reads the lines ``diplonews.corpus.load_articles`` (the one corpus reader) accepts, orjson first for speed;
    at the first line it cannot take as it is (broken, refused by orjson, a bad doc_id or text, a repeated
    doc_id) it lets ``load_articles`` read the file, so that the error, or the record, is that reader's.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._index: dict[str, tuple[str, int]] = {}  # doc_id -> (sha256 of its text, byte offset of its line)
        try:
            handle = path.open("rb")
        except OSError:
            load_articles(path)  # raises its InputError naming the file
            raise
        with handle:
            offset = 0
            for lineno, raw in enumerate(handle, 1):
                start, offset = offset, offset + len(raw)
                record = self._record(raw, lineno)
                if record is not None:
                    self._add(record, lineno, start)

    def _record(self, raw: bytes, lineno: int) -> dict[str, Any] | None:
        """The record on one line (None for a blank line), as ``load_articles`` reads it."""
        if not raw.strip():
            return None
        try:
            record = orjson.loads(raw.removeprefix(_BOM) if lineno == 1 else raw)
        except orjson.JSONDecodeError:
            record = None
        if isinstance(record, dict):
            return record
        load_articles(self._path)  # raises for a line the standard parser refuses too
        return jsonl_object(raw.decode("utf-8-sig" if lineno == 1 else "utf-8"), self._path, lineno)

    def _add(self, record: dict[str, Any], lineno: int, offset: int) -> None:
        doc_id, text = record.get("doc_id"), record.get("text")
        if not is_doc_id(doc_id) or not isinstance(text, str) or not text or doc_id in self._index:
            load_articles(self._path)  # raises the one reader's error for this line (or an earlier one)
            raise InputError(f"{self._path}:{lineno}: an article record diplonews.corpus cannot read")
        self._index[doc_id] = (sha256_text(text), offset)

    def sha256(self, doc_id: str) -> str | None:
        """The hex sha256 of the record's text; None when there is no record."""
        found = self._index.get(doc_id)
        return None if found is None else found[0]

    def text(self, doc_id: str) -> str:
        """The record's text, read again from its line in the file."""
        offset = self._index[doc_id][1]
        with self._path.open("rb") as handle:
            handle.seek(offset)
            record = self._record(handle.readline(), 1 if offset == 0 else 2)
        assert record is not None
        text: str = record["text"]
        return text
