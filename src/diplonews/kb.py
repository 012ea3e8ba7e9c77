"""The knowledge base table as the package ships it (``resources/kb.jsonl``, a copy of kb/entities.jsonl).

Read here, apart from the pre-annotator that matches its names, so that the validator's QID type check
(``kb-type-mismatch``) does not import the pre-annotator's rules: that import was most of a small
``diplonews validate``'s time, and it was paid again in every worker process.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from diplonews.errors import InputError

KB_FILE = "kb.jsonl"


def kb_lines() -> list[str]:
    """The KB's lines, one JSON row each; InputError when the package's copy cannot be read."""
    path = resources.files("diplonews") / "resources" / KB_FILE
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"diplonews/resources/{KB_FILE}: cannot read the KB ({exc}); run scripts/build_kb.py") from exc


@cache
def kb_types() -> dict[str, str]:
    """QID -> entity type, for every KB row."""
    return {row["qid"]: row["type"] for row in map(json.loads, kb_lines())}
