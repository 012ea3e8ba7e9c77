"""reports/preannotation.json: the release step and scripts/preannotation_report.py write the same report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplonews.pipeline import Paths, _preannotation
from diplonews.preannotate.outofcorpus import DEV_SET
from diplonews.preannotate.report import build_report

ROOT = Path(__file__).resolve().parents[1]
KEYS = {"model_version", "documents", "rows", "in_corpus_note", "out_of_corpus"}


def test_the_release_step_keeps_the_out_of_corpus_scores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    out = tmp_path / "preannotation.json"
    steps: list[tuple[str, str]] = []
    _preannotation(Paths(annotations=Path("annotations"), preannotation=out), lambda n, m: steps.append((n, m)))
    report = json.loads(out.read_text(encoding="utf-8"))
    assert set(report) == KEYS
    assert set(report["out_of_corpus"]) == {"source", "dev", "heldout"}
    for half in ("dev", "heldout"):
        assert report["out_of_corpus"][half]["sentences"] > 0
        assert {r["label"] for r in report["out_of_corpus"][half]["strict"]} >= {"PER", "entities"}
    assert report["documents"] > 0
    ((name, message),) = steps
    assert name == "pre-annotation"
    assert "out-of-corpus heldout F1" in message
    assert "out-of-corpus dev F1" in message


def test_the_committed_report_is_what_the_script_writes_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """A stale report (rules or KB changed, report not rerun) fails here: run scripts/preannotation_report.py."""
    committed = json.loads((ROOT / "reports" / "preannotation.json").read_text(encoding="utf-8"))
    monkeypatch.chdir(ROOT)
    assert build_report(Path("annotations"), DEV_SET) == committed


def test_without_the_sentences_out_of_corpus_is_left_out_not_carried_over(tmp_path: Path) -> None:
    report = build_report(ROOT / "annotations", tmp_path / "absent.jsonl")
    assert "out_of_corpus" not in report
    assert set(report) == KEYS - {"out_of_corpus"}


def test_the_script_is_a_thin_wrapper_over_the_release_implementation() -> None:
    script = (ROOT / "scripts" / "preannotation_report.py").read_text(encoding="utf-8")
    assert "from diplonews.preannotate.report import build_report" in script
    assert "evaluate(" not in script
    assert "score(" not in script
