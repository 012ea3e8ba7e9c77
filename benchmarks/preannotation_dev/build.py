"""Write sentences.jsonl from spec.py: offsets found with str.find, proclitics read off the text, halves assigned.

Run from the repository root: ``python benchmarks/preannotation_dev/build.py``. The split is fixed by the
source page (sha256 of its address, even -> dev, odd -> heldout) so that no page lends sentences to both halves,
and it was fixed before the pre-annotator was ever run on these sentences.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from spec import SENTENCES, Span  # noqa: E402

REPO = HERE.parents[1]
OUT = HERE / "sentences.jsonl"


def _proclitics() -> set[str]:
    labels = json.loads((REPO / "schema" / "labels.json").read_text(encoding="utf-8"))
    return {p["name"] for p in labels["proclitics"]}


def split_of(url: str) -> str:
    """dev or heldout, from the source page only."""
    return "dev" if hashlib.sha256(url.encode("utf-8")).digest()[0] % 2 == 0 else "heldout"


def _aligned(text: str, start: int, end: int, proclitics: set[str]) -> str | None:
    """The proclitic before a word-aligned hit ('' for none), or None when the hit cuts a word."""
    word_start = start
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    prefix = text[word_start:start]
    if (prefix and prefix not in proclitics) or (end < len(text) and text[end].isalpha()):
        return None
    return prefix


def _mention(text: str, span: Span, proclitics: set[str], where: str) -> dict[str, Any]:
    """The n-th whole-word place of the span text (a hit inside a longer word, الإيرانية for إيران, is skipped)."""
    surface, etype, level = span[0], span[1], span[2]
    occurrence = span[3] if len(span) == 4 else 0
    hits = []
    start = text.find(surface)
    while start >= 0:
        prefix = _aligned(text, start, start + len(surface), proclitics)
        if prefix is not None:
            hits.append((start, prefix))
        start = text.find(surface, start + 1)
    if len(hits) <= occurrence:
        raise SystemExit(f"{where}: {surface!r} (occurrence {occurrence}) is not a whole word here; fix spec.py")
    start, prefix = hits[occurrence]
    mention: dict[str, Any] = {"start": start, "end": start + len(surface), "text": surface, "type": etype}
    mention["level"] = level
    if prefix:
        mention["proclitic"] = prefix
    return mention


def build() -> list[dict[str, Any]]:
    """One record per sentence, in spec order."""
    proclitics = _proclitics()
    records = []
    for n, (url, text, spans) in enumerate(SENTENCES, 1):
        sid = f"ood-{n:03d}"
        mentions = [_mention(text, s, proclitics, sid) for s in spans]
        keys = [(m["start"], m["end"], m["type"]) for m in mentions]
        if len(set(keys)) != len(keys):
            raise SystemExit(f"{sid}: a span is annotated twice with one type; fix spec.py")
        mentions.sort(key=lambda m: (m["start"], -m["end"]))
        records.append({"id": sid, "split": split_of(url), "source": url, "text": text, "mentions": mentions})
    return records


def main() -> None:
    records = build()
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    halves = {s: sum(r["split"] == s for r in records) for s in ("dev", "heldout")}
    mentions = {s: sum(len(r["mentions"]) for r in records if r["split"] == s) for s in halves}
    print(f"{len(records)} sentences -> {OUT.relative_to(REPO)}: {halves}, mentions {mentions}")


if __name__ == "__main__":
    main()
