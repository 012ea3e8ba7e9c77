"""Write reports/preannotation.json: in-corpus scores (the keys the release build reads) and out-of-corpus ones.

Run from the repository root: ``python scripts/preannotation_report.py``. In-corpus: annotations/gold, which the
gazetteer was built from. Out-of-corpus: benchmarks/preannotation_dev/ (dev half and held-out half).
"""

from __future__ import annotations

from pathlib import Path

from diplonews._io import atomic_write_text, dumps
from diplonews.annotations import load_gold
from diplonews.preannotate.evaluate import score, scores_json
from diplonews.preannotate.outofcorpus import DEV_SET, evaluate
from diplonews.preannotate.predict import predict
from diplonews.preannotate.resources import model_version
from diplonews.schema import load_inventory

ROOT = Path(__file__).resolve().parents[1]

if __name__ == "__main__":
    types = load_inventory().names("entity_types")
    gold = [d for d in load_gold(ROOT / "annotations").values() if d.get("status", "complete") == "complete"]
    report = scores_json(score(gold, [predict(d) for d in gold], types), model_version(), len(gold))
    report["in_corpus_note"] = "annotations/gold: the gazetteer was built from these documents (optimistic)"
    report["out_of_corpus"] = {"source": str(DEV_SET), **evaluate(ROOT / DEV_SET, predict, types)}
    atomic_write_text(ROOT / "reports" / "preannotation.json", dumps(report))
    print(f"{model_version()} -> reports/preannotation.json")
