"""Running every level over files or parsed documents: ``validate_paths`` and ``validate_documents``.

Levels 1-3 run on each document as soon as it is parsed and the document is dropped; level 4 runs at the end
over the compact digest ``level4.CorpusIndex`` keeps. Memory grows with the distinct keys, not the documents.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from diplonews._io import sha256_text
from diplonews.annotations import annotator_dirs
from diplonews.errors import InputError
from diplonews.schema import load_inventory
from diplonews.validate import level1, level2, level3
from diplonews.validate.corpus_texts import CorpusTexts, FileTexts, RecordTexts
from diplonews.validate.findings import Finding, Result, Where
from diplonews.validate.level4 import CorpusIndex

Found = tuple[str, str | None]  # (file as given or found, its folder's name when found by walking a tree)


def _json_files(folder: Path) -> list[tuple[str, bool]]:
    """(name, is a symlink) of every ``*.json`` entry of ``folder``, by name (what ``sorted(glob)`` gives)."""
    with os.scandir(folder) as entries:
        return sorted((e.name, e.is_symlink()) for e in entries if e.name.endswith(".json"))


def collect(paths: Iterable[Path]) -> Iterator[Found]:
    """Every file to check, once: files as given, folders walked as annotation trees (call ``check_paths`` first).

    A folder is walked as ``<folder>/<annotator>/<doc_id>.json`` (gold included); JSON files directly in a
    folder count as that annotator's folder. A file reached twice (by two paths, or through a symlink) is
    checked once: the key is its real path, resolved once per folder (and per symlink) rather than per file.
    """
    seen: set[str] = set()
    for path in paths:
        if not path.is_dir():
            key = os.path.realpath(path)
            if key not in seen:
                seen.add(key)
                yield str(path), None
            continue
        real = os.path.realpath(path)
        for name, link in _json_files(path):
            key = os.path.realpath(path / name) if link else os.path.join(real, name)
            if key not in seen:
                seen.add(key)
                found = path / name
                yield str(found), found.parent.name
        for folder in annotator_dirs(path, include_gold=True):
            real, prefix = os.path.realpath(folder), str(folder)
            for name, link in _json_files(folder):
                key = os.path.realpath(folder / name) if link else os.path.join(real, name)
                if key not in seen:
                    seen.add(key)
                    yield f"{prefix}/{name}", folder.name


def check_paths(paths: Iterable[Path]) -> None:
    """Raise InputError for the first path that is neither a file nor a folder."""
    for path in paths:
        if not path.is_dir() and not path.is_file():
            raise InputError(f"{path}: no such file or folder; pass annotation files or folders such as annotations/")


class _Checker:
    """Levels 1 (schema) to 3 on one document at a time, feeding level 4's digest."""

    def __init__(self, texts: CorpusTexts) -> None:
        self.inv = load_inventory()
        self.tables = level3.tables_for(self.inv)
        self.texts = texts
        self.index = CorpusIndex(texts)
        self.findings: list[Finding] = []

    def check(self, where: Where, doc: Any, result: Result | None = None) -> None:
        """Check one parsed document; counts it into ``result`` (when given) if schema-valid."""
        schema_errors = list(level1.check_schema(doc, where))
        if schema_errors:
            self.findings.extend(schema_errors)
            return  # later levels assume the schema's shape
        here = where if where.doc_id == doc["doc_id"] else Where(where.file, doc["doc_id"])
        digest = sha256_text(doc["text"])
        out = self.findings
        out.extend(level2.check_text(doc, self.texts, here, digest))
        spans_fine = level2.all_fine(doc["text"], doc["mentions"])  # level 3 then skips its own span test
        out.extend(level2.check_spans(doc, here, spans_fine))
        type_of = {e["id"]: e["type"] for e in doc["entities"]}
        out.extend(level3.check_document(doc, self.inv, here, self.tables, type_of, spans_fine=spans_fine))
        self.index.add(here, doc, digest, type_of)
        if result is not None:
            result.count(doc["annotator"], doc)

    def finish(self) -> list[Finding]:
        """Levels 1-3 findings in document order, then level 4's."""
        self.findings.extend(self.index.findings())
        return self.findings


def validate_documents(items: list[tuple[Path, dict[str, Any]]], articles: dict[str, dict[str, Any]]) -> list[Finding]:
    """Every finding of levels 1-4 for already-parsed documents against ``articles`` (doc_id -> record)."""
    checker = _Checker(RecordTexts(articles))
    for path, doc in items:
        checker.check(Where(str(path)), doc)
    return checker.finish()


def validate_paths(paths: list[Path], corpus: Path) -> Result:
    """Validate annotation files and folders against the corpus JSONL; never raises for bad documents."""
    if not corpus.is_file():
        raise InputError(f"{corpus}: corpus file not found; pass --corpus with the path of articles.jsonl")
    checker = _Checker(FileTexts(corpus))
    check_paths(paths)
    result = Result()
    unreadable: list[Finding] = []  # parse and location findings come first, as when all files were read first
    for file, folder in collect(paths):
        where = Where(file)
        doc, problem = level1.parse(file, where)
        result.files += 1
        if problem is not None:
            unreadable.append(problem)
            continue
        if isinstance(doc, dict) and isinstance(doc.get("doc_id"), str):
            doc_id: str = doc["doc_id"]
            where = Where(file, doc_id)
            annotator = doc.get("annotator")
            if folder is not None and isinstance(annotator, str):
                name = file.rpartition("/")[2]
                if not (doc_id and name == f"{doc_id}.json" and annotator == folder):
                    unreadable.extend(level1.check_location(doc, Path(file), where))
        checker.check(where, doc, result)
    result.findings = [*unreadable, *checker.finish()]
    return result
