"""Strict span scores of predictions against a reference: per entity type, all entities, and triggers."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from diplonews._io import read_json
from diplonews.errors import InputError

ALL_ENTITIES = "entities"
TRIGGERS = "triggers"
Key = tuple[str, int, int, str]  # (doc_id, start, end, type)


@dataclass(frozen=True)
class Score:
    """Counts of one row and the precision, recall and F1 they give (0.0 when undefined)."""

    label: str
    gold: int
    predicted: int
    correct: int

    @property
    def precision(self) -> float:
        """correct / predicted."""
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        """correct / gold."""
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def mention_keys(doc: Mapping[str, Any]) -> set[Key]:
    """(doc, start, end, entity type) of every mention."""
    types = {e["id"]: e["type"] for e in doc.get("entities", [])}
    return {(doc["doc_id"], m["start"], m["end"], types.get(m["entity"], "?")) for m in doc.get("mentions", [])}


def trigger_keys(doc: Mapping[str, Any]) -> set[Key]:
    """(doc, start, end, event type) of every event trigger."""
    return {(doc["doc_id"], e["trigger"]["start"], e["trigger"]["end"], e["type"]) for e in doc.get("events", [])}


def _row(label: str, gold: set[Key], pred: set[Key]) -> Score:
    return Score(label, len(gold), len(pred), len(gold & pred))


def score(
    gold_docs: Iterable[Mapping[str, Any]], pred_docs: Iterable[Mapping[str, Any]], types: list[str]
) -> list[Score]:
    """One row per entity type in ``types`` that occurs in either side, then all entities, then triggers."""
    gold_m: set[Key] = set()
    pred_m: set[Key] = set()
    gold_t: set[Key] = set()
    pred_t: set[Key] = set()
    for doc in gold_docs:
        gold_m |= mention_keys(doc)
        gold_t |= trigger_keys(doc)
    for doc in pred_docs:
        pred_m |= mention_keys(doc)
        pred_t |= trigger_keys(doc)
    rows = []
    for name in types:
        g = {k for k in gold_m if k[3] == name}
        p = {k for k in pred_m if k[3] == name}
        if g or p:
            rows.append(_row(name, g, p))
    rows.append(_row(ALL_ENTITIES, gold_m, pred_m))
    rows.append(_row(TRIGGERS, gold_t, pred_t))
    return rows


def load_reference(folder: Path) -> list[dict[str, Any]]:
    """The completed annotated documents in ``folder`` (skipped ones are left out)."""
    files = sorted(folder.glob("*.json")) if folder.is_dir() else []
    if not files:
        raise InputError(
            f"{folder}: no annotated documents to evaluate against. "
            "Pass the folder of a finished annotator while gold is not there, e.g. --gold annotations/a1."
        )
    docs = [read_json(f) for f in files]
    return [d for d in docs if isinstance(d, dict) and d.get("status", "complete") == "complete"]


def format_table(rows: list[Score]) -> str:
    """A fixed-width table, one line per row."""
    lines = [f"{'type':<10} {'gold':>5} {'pred':>5} {'tp':>5} {'P':>6} {'R':>6} {'F1':>6}"]
    for r in rows:
        counts = f"{r.label:<10} {r.gold:>5} {r.predicted:>5} {r.correct:>5}"
        lines.append(f"{counts} {r.precision:>6.3f} {r.recall:>6.3f} {r.f1:>6.3f}")
    return "\n".join(lines) + "\n"


def scores_json(rows: list[Score], model: str, documents: int) -> dict[str, Any]:
    """The scores as a JSON-able report (``reports/preannotation.json``)."""
    return {
        "model_version": model,
        "documents": documents,
        "rows": [{"label": r.label, "gold": r.gold, "predicted": r.predicted, "correct": r.correct} for r in rows],
    }


def scores_from_json(report: Mapping[str, Any]) -> list[Score]:
    """The rows of a report written by :func:`scores_json`."""
    return [Score(r["label"], r["gold"], r["predicted"], r["correct"]) for r in report["rows"]]
