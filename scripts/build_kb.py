"""Rebuild kb/entities.jsonl (and the copy in src/diplonews/resources/kb.jsonl) from kb/sources/.

Run from the repository root: ``python scripts/build_kb.py``. The logic is in diplonews.preannotate.kb_build.
"""

from __future__ import annotations

from pathlib import Path

from diplonews.preannotate.kb_build import build, write

ROOT = Path(__file__).resolve().parents[1]

if __name__ == "__main__":
    rows = build(ROOT / "kb")
    write(rows, ROOT / "kb" / "entities.jsonl", ROOT / "src" / "diplonews" / "resources" / "kb.jsonl")
    print(f"{len(rows)} entities -> kb/entities.jsonl, src/diplonews/resources/kb.jsonl")
