"""Write reports/preannotation.json, as `diplonews release` does (diplonews.preannotate.report), and the
mention scores ``labelstudio push --preannotate`` shows (src/diplonews/resources/preannotation_scores.json).

Run from the repository root: ``python scripts/preannotation_report.py``. In-corpus: annotations/gold, which the
gazetteer was built from. Out-of-corpus: benchmarks/preannotation_dev/ (dev half and held-out half).
"""

from __future__ import annotations

import os
from pathlib import Path

from diplonews._io import atomic_write_text, dumps
from diplonews.preannotate.outofcorpus import DEV_SET
from diplonews.preannotate.report import SCORES_FILE, build_report, region_scores, summary

ROOT = Path(__file__).resolve().parents[1]

if __name__ == "__main__":
    os.chdir(ROOT)  # the report names its sources relative to the repository, as a release run does
    report = build_report(Path("annotations"), DEV_SET)
    atomic_write_text(Path("reports") / "preannotation.json", dumps(report))
    scores = Path("src") / "diplonews" / "resources" / SCORES_FILE
    atomic_write_text(scores, dumps(region_scores(report)))
    print(f"{summary(report)} -> reports/preannotation.json, {scores.as_posix()}")
