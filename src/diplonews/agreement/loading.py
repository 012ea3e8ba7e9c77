"""Annotation trees read lazily: each document is parsed when visited and not kept, for corpora larger than memory."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from diplonews._io import read_json_fast
from diplonews.annotations import annotator_dirs, document_files
from diplonews.errors import InputError


class LazyDocuments(Mapping[str, dict[str, Any]]):
    """doc_id -> document of one annotator folder, parsed on every access."""

    def __init__(self, folder: Path) -> None:
        self._paths = {p.stem: p for p in document_files(folder)}

    @classmethod
    def of(cls, paths: Mapping[str, Path]) -> LazyDocuments:
        """The documents of ``paths`` (doc_id -> file) only: a worker's share of a folder."""
        docs = cls.__new__(cls)
        docs._paths = dict(paths)
        return docs

    def __getitem__(self, doc_id: str) -> dict[str, Any]:
        doc: dict[str, Any] = read_json_fast(self._paths[doc_id])
        return doc

    def path(self, doc_id: str) -> Path:
        """The file of ``doc_id``."""
        return self._paths[doc_id]

    def __contains__(self, doc_id: object) -> bool:
        # Mapping's default would parse the file to answer.
        return doc_id in self._paths

    def __iter__(self) -> Iterator[str]:
        return iter(self._paths)

    def __len__(self) -> int:
        return len(self._paths)


def lazy_annotations(root: Path) -> dict[str, LazyDocuments]:
    """annotator -> lazily parsed documents for every annotator folder under ``root`` (gold left out)."""
    return {d.name: LazyDocuments(d) for d in annotator_dirs(root)}


def load_roots(paths: Iterable[Path]) -> dict[str, Any]:
    """annotator -> its documents (parsed when visited) under each annotations root or annotator folder.

    InputError for a path that is not a folder, or when fewer than two annotators are found.
    """
    annotations: dict[str, Any] = {}
    paths = list(paths)
    for path in paths:
        if not path.is_dir():
            raise InputError(f"{path}: not a folder; give an annotations root (annotations/) or an annotator folder")
        loaded: dict[str, Any] = dict(lazy_annotations(path))
        if not loaded and any(path.glob("*.json")):
            # One annotator's folder (gold too, to compare it with an annotator).
            loaded = {path.name: LazyDocuments(path)}
        annotations.update(loaded)
    if len(annotations) < 2:
        found = ", ".join(sorted(annotations)) or "none"
        raise InputError(
            f"agreement needs at least two annotators' folders; found {found} under {', '.join(map(str, paths))}"
        )
    return annotations
