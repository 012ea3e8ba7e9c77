"""reports/preannotation.json, one implementation for `diplonews release` and scripts/preannotation_report.py.

In-corpus rows (the keys the card has always read: ``model_version``, ``documents``, ``rows``) are scored against
gold, which the gazetteer was built from; ``out_of_corpus`` holds the dev and held-out halves of
benchmarks/preannotation_dev, which it was not.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from diplonews.annotations import load_gold
from diplonews.preannotate.evaluate import ALL_ENTITIES, TRIGGERS, score, scores_json
from diplonews.preannotate.outofcorpus import DEV_SET, evaluate
from diplonews.preannotate.predict import predict
from diplonews.preannotate.resources import model_version
from diplonews.schema import load_inventory

IN_CORPUS_NOTE = "annotations/gold: the gazetteer was built from these documents (optimistic)"


def build_report(annotations: Path, dev_set: Path = DEV_SET) -> dict[str, Any]:
    """The report: in-corpus scores against ``annotations``/gold and, when ``dev_set`` exists, out-of-corpus ones.

    ``out_of_corpus`` is left out (never carried over from an older report) when the sentences are not there,
    e.g. a release run outside the repository; the card then shows the in-corpus table only.
    """
    types = load_inventory().names("entity_types")
    gold = [d for d in load_gold(annotations).values() if d.get("status", "complete") == "complete"]
    report = scores_json(score(gold, [predict(d) for d in gold], types), model_version(), len(gold))
    report["in_corpus_note"] = IN_CORPUS_NOTE
    if dev_set.is_file():
        report["out_of_corpus"] = {"source": dev_set.as_posix(), **evaluate(dev_set, predict, types)}
    return report


def summary(report: dict[str, Any]) -> str:
    """One line: in-corpus entity and trigger F1, then each out-of-corpus half's strict and overlap entity F1."""
    from diplonews.preannotate.evaluate import scores_from_json

    f1 = {r.label: f"{r.f1:.3f}" for r in scores_from_json(report)}
    line = f"{report['model_version']} against gold: entities F1 {f1[ALL_ENTITIES]}, triggers F1 {f1[TRIGGERS]}"
    outside = report.get("out_of_corpus")
    if not outside:
        return line + "; out-of-corpus: sentences not found, not scored"
    for half in ("heldout", "dev"):
        kinds = {k: scores_from_json({"rows": outside[half][k]}) for k in ("strict", "overlap")}
        strict, overlap = (next(r for r in rows if r.label == ALL_ENTITIES) for rows in kinds.values())
        line += f"; out-of-corpus {half} F1 {strict.f1:.3f} (overlap {overlap.f1:.3f})"
    return line
