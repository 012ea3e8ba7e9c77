"""Scores on the out-of-corpus sentences (benchmarks/preannotation_dev/): strict and overlap, per half and type."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from diplonews.errors import InputError
from diplonews.preannotate.evaluate import ALL_ENTITIES, Key, Score, mention_keys

DEV_SET = Path("benchmarks/preannotation_dev/sentences.jsonl")
HALVES = ("dev", "heldout")


def load_sentences(path: Path) -> list[dict[str, Any]]:
    """One gold document per sentence (entities typed, one entity per mention), with its half in ``split``."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"{path}: cannot read the out-of-corpus sentences ({exc}); run its build.py") from exc
    docs = []
    for line in filter(None, lines):
        rec = json.loads(line)
        mentions = rec["mentions"]
        docs.append(
            {
                "doc_id": rec["id"],
                "split": rec["split"],
                "text": rec["text"],
                "entities": [{"id": f"G{i}", "type": m["type"]} for i, m in enumerate(mentions)],
                "mentions": [{**m, "entity": f"G{i}"} for i, m in enumerate(mentions)],
            }
        )
    return docs


def overlap_correct(gold: set[Key], pred: set[Key]) -> int:
    """Predicted mentions matched one-to-one to a gold mention of the same document and type that they overlap."""
    free = sorted(gold)
    correct = 0
    for doc, start, end, etype in sorted(pred):
        hit = next((g for g in free if g[0] == doc and g[3] == etype and g[1] < end and start < g[2]), None)
        if hit is not None:
            free.remove(hit)
            correct += 1
    return correct


def score_both(
    gold_docs: Sequence[Mapping[str, Any]], pred_docs: Sequence[Mapping[str, Any]], types: list[str]
) -> dict[str, Any]:
    """{"strict": rows, "overlap": rows}, each row per type present, then all entities."""
    gold = set().union(*(mention_keys(d) for d in gold_docs)) if gold_docs else set()
    pred = set().union(*(mention_keys(d) for d in pred_docs)) if pred_docs else set()
    out: dict[str, list[Score]] = {"strict": [], "overlap": []}
    for name in [*types, ALL_ENTITIES]:
        g = {k for k in gold if name in (k[3], ALL_ENTITIES)}
        p = {k for k in pred if name in (k[3], ALL_ENTITIES)}
        if g or p:
            out["strict"].append(Score(name, len(g), len(p), len(g & p)))
            out["overlap"].append(Score(name, len(g), len(p), overlap_correct(g, p)))
    return out


def evaluate(path: Path, predict: Callable[[dict[str, Any]], dict[str, Any]], types: list[str]) -> dict[str, Any]:
    """Strict and overlap scores of ``predict`` on each half of the sentences at ``path``."""
    docs = load_sentences(path)
    report: dict[str, Any] = {}
    for half in HALVES:
        gold = [d for d in docs if d["split"] == half]
        pred = [predict({"doc_id": d["doc_id"], "text": d["text"]}) for d in gold]
        scores = score_both(gold, pred, types)
        report[half] = {
            "sentences": len(gold),
            **{kind: [_row(r) for r in rows] for kind, rows in scores.items()},
        }
    return report


def _row(r: Score) -> dict[str, Any]:
    return {"label": r.label, "gold": r.gold, "predicted": r.predicted, "correct": r.correct}
