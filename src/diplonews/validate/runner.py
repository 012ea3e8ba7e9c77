"""Running every level over files or parsed documents: ``validate_paths`` and ``validate_documents``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from diplonews.annotations import annotation_files
from diplonews.corpus import load_articles
from diplonews.errors import InputError
from diplonews.schema import load_inventory
from diplonews.validate import level1, level2, level3, level4
from diplonews.validate.findings import Finding, Result, Where
from diplonews.validate.level4 import Loaded


def collect(paths: Iterable[Path]) -> list[tuple[Path, bool]]:
    """(file, found by walking a tree) for every path: files as given, folders walked as annotation trees.

    A folder is walked as ``<folder>/<annotator>/<doc_id>.json`` (gold included); JSON files directly in a
    folder count as that annotator's folder. Each file appears once.
    """
    out: dict[Path, tuple[Path, bool]] = {}
    for path in paths:
        if path.is_dir():
            for found in [*sorted(path.glob("*.json")), *annotation_files(path, include_gold=True)]:
                out.setdefault(found.resolve(), (found, True))
        elif path.is_file():
            out.setdefault(path.resolve(), (path, False))
        else:
            raise InputError(f"{path}: no such file or folder; pass annotation files or folders such as annotations/")
    return list(out.values())


def _check(
    items: Sequence[tuple[Where, Any]], articles: dict[str, dict[str, Any]], result: Result | None = None
) -> list[Finding]:
    """Levels 1 (schema) to 4 over parsed documents; counts valid ones into ``result`` when given."""
    inv = load_inventory()
    tables = level3.tables_for(inv)
    findings: list[Finding] = []
    loaded: list[Loaded] = []
    for where, doc in items:
        schema_errors = list(level1.check_schema(doc, where))
        if schema_errors:
            findings.extend(schema_errors)
            continue  # later levels assume the schema's shape
        here = Where(where.file, doc["doc_id"])
        findings.extend(level2.check_text(doc, articles, here))
        findings.extend(level2.check_spans(doc, here))
        findings.extend(level3.check_document(doc, inv, here, tables))
        loaded.append(Loaded(here, doc))
        if result is not None:
            result.count(doc["annotator"], doc)
    findings.extend(level4.check_corpus(loaded, articles))
    return findings


def validate_documents(items: list[tuple[Path, dict[str, Any]]], articles: dict[str, dict[str, Any]]) -> list[Finding]:
    """Every finding of levels 1-4 for already-parsed documents against ``articles`` (doc_id -> record)."""
    return _check([(Where(str(path)), doc) for path, doc in items], articles)


def validate_paths(paths: list[Path], corpus: Path) -> Result:
    """Validate annotation files and folders against the corpus JSONL; never raises for bad documents."""
    if not corpus.is_file():
        raise InputError(f"{corpus}: corpus file not found; pass --corpus with the path of articles.jsonl")
    articles = load_articles(corpus)
    result = Result()
    parsed: list[tuple[Where, Any]] = []
    for path, in_tree in collect(paths):
        where = Where(str(path))
        doc, problem = level1.parse(path, where)
        result.files += 1
        if problem is not None:
            result.findings.append(problem)
            continue
        if isinstance(doc, dict) and isinstance(doc.get("doc_id"), str):
            where = Where(str(path), doc["doc_id"])
            if in_tree and isinstance(doc.get("annotator"), str):
                result.findings.extend(level1.check_location(doc, path, where))
        parsed.append((where, doc))
    result.findings.extend(_check(parsed, articles, result))
    return result
