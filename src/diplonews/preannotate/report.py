"""reports/preannotation.json, one implementation for `diplonews release` and scripts/preannotation_report.py.

In-corpus rows (the keys the card has always read: ``model_version``, ``documents``, ``rows``) are scored against
gold, which the gazetteer was built from; ``out_of_corpus`` holds the dev and held-out halves of
benchmarks/preannotation_dev, which it was not.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from diplonews.annotations import load_gold
from diplonews.preannotate.evaluate import ALL_ENTITIES, TRIGGERS, score, scores_from_json, scores_json
from diplonews.preannotate.outofcorpus import DEV_SET, evaluate
from diplonews.preannotate.predict import predict
from diplonews.preannotate.resources import model_version
from diplonews.schema import load_inventory

IN_CORPUS_NOTE = "annotations/gold: the gazetteer was built from these documents (optimistic)"
SCORES_FILE = "preannotation_scores.json"  # in diplonews/resources: what push --preannotate shows as scores
SCORED_HALF = "heldout"  # the half no rule was written from: its precision is the honest estimate
MIN_PREDICTED = 20  # a type predicted fewer times there takes the precision over all entity types


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


def region_scores(report: dict[str, Any]) -> dict[str, Any] | None:
    """The scores Label Studio shows on pre-annotated mentions, from ``report``'s held-out half (None without it).

    A mention's score is the strict precision on that half of its entity type: the share of the pre-annotator's
    mentions of the type that gold has with the same offsets and type. A type with fewer than ``MIN_PREDICTED``
    predictions there, or none, gets the precision over all entity types. No rule was written from that half,
    and the scores change no prediction: they only say how far each kind of pre-annotation can be trusted.
    """
    outside = report.get("out_of_corpus")
    if not outside:
        return None
    rows = {r.label: r for r in scores_from_json({"rows": outside[SCORED_HALF]["strict"]})}
    default = round(rows.pop(ALL_ENTITIES).precision, 3)
    return {
        "model_version": report["model_version"],
        "measured_on": f"{outside['source']}, {SCORED_HALF} half ({outside[SCORED_HALF]['sentences']} sentences)",
        "score": f"strict precision per entity type; fewer than {MIN_PREDICTED} predictions: over all types",
        "default": default,
        "entity_types": {
            label: round(row.precision, 3) if row.predicted >= MIN_PREDICTED else default for label, row in rows.items()
        },
    }


@dataclass(frozen=True)
class RegionScores:
    """Entity type -> score of a pre-annotated mention (``region_scores``); ``of`` is ``convert.ScoreOf``."""

    entity_types: dict[str, float]
    default: float

    def of(self, entity_type: str) -> float:
        return self.entity_types.get(entity_type, self.default)


def load_region_scores(model_version: str) -> RegionScores | None:
    """The package's scores for predictions of ``model_version``; None when there are none, or when they were
    measured for another version of the rules (then run scripts/preannotation_report.py)."""
    path = resources.files("diplonews") / "resources" / SCORES_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("model_version") != model_version:
        return None  # written from a report without out-of-corpus sentences (null), or for other rules
    return RegionScores(data["entity_types"], data["default"])
