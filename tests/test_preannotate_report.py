"""reports/preannotation.json: the release step and scripts/preannotation_report.py write the same report."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from diplonews.pipeline import Paths, _preannotation
from diplonews.preannotate import MODEL_VERSION
from diplonews.preannotate.outofcorpus import DEV_SET
from diplonews.preannotate.report import (
    MIN_PREDICTED,
    SCORES_FILE,
    build_report,
    load_region_scores,
    region_scores,
)

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
    assert re.search(r"from diplonews\.preannotate\.report import [^\n]*\bbuild_report\b", script)
    assert "evaluate(" not in script
    assert "score(" not in script


def test_the_committed_mention_scores_are_the_committed_reports_held_out_precision() -> None:
    """src/diplonews/resources/preannotation_scores.json is what the script derives from the committed report,
    for today's rules (a stale file fails here: run scripts/preannotation_report.py), and push reads it."""
    committed = json.loads((ROOT / "reports" / "preannotation.json").read_text(encoding="utf-8"))
    scores_file = ROOT / "src" / "diplonews" / "resources" / SCORES_FILE
    assert json.loads(scores_file.read_text(encoding="utf-8")) == region_scores(committed)
    loaded = load_region_scores(MODEL_VERSION)
    assert loaded is not None
    rows = {r["label"]: r for r in committed["out_of_corpus"]["heldout"]["strict"]}
    per = rows["PER"]
    assert per["predicted"] >= MIN_PREDICTED
    assert loaded.of("PER") == round(per["correct"] / per["predicted"], 3)
    assert loaded.of("NO-SUCH-TYPE") == loaded.default
    assert load_region_scores("gazetteer-0.0.0+00000000") is None  # measured for other rules: not shown
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for label, row in rows.items():
        if label != "entities" and row["predicted"] >= MIN_PREDICTED:  # the README quotes each type's own figure
            assert f"{label} {loaded.of(label):.3f}" in readme, label
    assert f"the others {loaded.default:.3f}" in readme


def test_a_rarely_predicted_type_takes_the_precision_over_all_types() -> None:
    def row(label: str, predicted: int, correct: int) -> dict[str, Any]:
        return {"label": label, "gold": predicted, "predicted": predicted, "correct": correct}

    strict = [row("PER", MIN_PREDICTED, MIN_PREDICTED // 2), row("FAC", MIN_PREDICTED - 1, 0), row("entities", 40, 30)]
    report = {"model_version": "m", "out_of_corpus": {"source": "s", "heldout": {"sentences": 3, "strict": strict}}}
    scores = region_scores(report)
    assert scores is not None
    assert (scores["entity_types"], scores["default"]) == ({"PER": 0.5, "FAC": 0.75}, 0.75)
    assert region_scores({"model_version": "m"}) is None


def test_a_scores_file_written_without_out_of_corpus_sentences_gives_no_scores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """region_scores gives None without the sentences, and the script writes it as null: push sends no scores."""
    (tmp_path / "resources").mkdir()
    (tmp_path / "resources" / SCORES_FILE).write_text("null", encoding="utf-8")
    monkeypatch.setattr("diplonews.preannotate.report.resources.files", lambda _package: tmp_path)
    assert load_region_scores(MODEL_VERSION) is None
