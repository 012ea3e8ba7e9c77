"""Write reports/preannotation.json, as `diplonews release` does (diplonews.preannotate.report).

Run from the repository root: ``python scripts/preannotation_report.py``. In-corpus: annotations/gold, which the
gazetteer was built from. Out-of-corpus: benchmarks/preannotation_dev/ (dev half and held-out half).
"""

from __future__ import annotations

import os
from pathlib import Path

from diplonews._io import atomic_write_text, dumps
from diplonews.preannotate.outofcorpus import DEV_SET
from diplonews.preannotate.report import build_report, summary

ROOT = Path(__file__).resolve().parents[1]

if __name__ == "__main__":
    os.chdir(ROOT)  # the report names its sources relative to the repository, as a release run does
    report = build_report(Path("annotations"), DEV_SET)
    atomic_write_text(Path("reports") / "preannotation.json", dumps(report))
    print(f"{summary(report)} -> reports/preannotation.json")
