"""Reading the annotation tree: ``annotations/<annotator>/<doc_id>.json`` (and ``annotations/gold``)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from diplonews._io import read_json
from diplonews.schema import ANNOTATOR_PATTERN

GOLD = "gold"
_ANNOTATOR = re.compile(ANNOTATOR_PATTERN)


def annotator_dirs(root: Path, *, include_gold: bool = False) -> list[Path]:
    """The annotator folders under ``root``, sorted; ``_authoring`` and other non-annotator folders are skipped."""
    if not root.is_dir():
        return []
    return sorted(
        p for p in root.iterdir() if p.is_dir() and _ANNOTATOR.fullmatch(p.name) and (include_gold or p.name != GOLD)
    )


def document_files(folder: Path) -> list[Path]:
    """The ``*.json`` files of one folder, by name: the order of ``sorted(folder.glob("*.json"))``."""
    # By name, not by Path: comparing two Paths builds their parts lists, about 4 s for a folder of 10,000.
    return sorted(folder.glob("*.json"), key=lambda p: p.name)


def annotation_files(root: Path, *, include_gold: bool = False) -> list[Path]:
    """Every annotated-document file under ``root``, sorted by annotator then doc_id."""
    return [f for d in annotator_dirs(root, include_gold=include_gold) for f in document_files(d)]


def load_annotations(root: Path, *, include_gold: bool = False) -> dict[str, dict[str, dict[str, Any]]]:
    """annotator -> doc_id -> annotated document (parsed, not validated)."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for path in annotation_files(root, include_gold=include_gold):
        out.setdefault(path.parent.name, {})[path.stem] = read_json(path)
    return out


def load_gold(root: Path) -> dict[str, dict[str, Any]]:
    """doc_id -> gold document, from ``root/gold``."""
    gold_dir = root / GOLD
    return {p.stem: read_json(p) for p in document_files(gold_dir)} if gold_dir.is_dir() else {}
