"""The validators: one fixture per rule, valid fixtures, shifted spans, and the real annotations."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from diplonews._io import dumps
from diplonews.annotations import annotation_files
from diplonews.cli import main
from diplonews.corpus import load_articles
from diplonews.validate import RULES, validate_documents
from diplonews.validate.level2 import spans

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "cases"
INDEX = json.loads((CASES / "cases.json").read_text(encoding="utf-8"))
CASE_CORPUS = CASES / INDEX["corpus"]
SAMPLE = ROOT / "tests" / "fixtures" / "sample_document.json"
CORPUS = ROOT / "corpus" / "articles.jsonl"


def _run(args: list[str]) -> tuple[int, dict[str, Any]]:
    result = CliRunner().invoke(main, ["validate", *args, "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    report: dict[str, Any] = json.loads(result.stdout)
    return result.exit_code, report


def test_every_rule_has_exactly_one_invalid_case() -> None:
    """cases.json names one invalid case per rule id of the catalogue, and no other."""
    assert sorted(INDEX["invalid"]) == sorted(RULES)


@pytest.mark.parametrize("rule", sorted(INDEX["invalid"]))
def test_invalid_case_reports_its_rule_at_its_place(rule: str) -> None:
    """Each invalid case gives exactly its expected findings; errors exit 1, warning-only cases exit 0."""
    case = INDEX["invalid"][rule]
    invalid = CASES / "invalid"
    code, report = _run([*(str(invalid / a) for a in case["args"]), "--corpus", str(CASE_CORPUS)])
    got = sorted(
        (f["rule"], Path(f["file"]).relative_to(invalid).as_posix(), f["json_path"]) for f in report["findings"]
    )
    expected = sorted((e["rule"], e["file"], e["json_path"]) for e in case["expect"])
    assert got == expected, case["comment"]
    assert rule in {r for r, _, _ in got}
    assert code == (1 if RULES[rule].severity == "error" else 0), case["comment"]


def test_invalid_findings_carry_level_severity_and_document() -> None:
    """A finding's level and severity come from the catalogue and it names its document."""
    _, report = _run([str(CASES / "invalid" / "kb-shared.json"), "--corpus", str(CASE_CORPUS)])
    [finding] = report["findings"]
    assert finding["level"] == 3
    assert finding["severity"] == "error"
    assert finding["doc_id"] == "case-1"
    assert "merge the two entities" in finding["message"] or "point the mentions" in finding["message"]


@pytest.mark.parametrize("target", ["valid", "valid/a1/case-1.json", "valid/a2/case-1.json", "valid/gold/case-1.json"])
def test_valid_cases_pass(target: str) -> None:
    """The valid tree, and each of its files alone, exit 0 with no finding."""
    code, report = _run([str(CASES / target), "--corpus", str(CASE_CORPUS)])
    assert (code, report["findings"]) == (0, [])


def test_sample_document_is_valid_against_the_corpus() -> None:
    """The sample annotated document passes every level against the real corpus."""
    code, report = _run([str(SAMPLE), "--corpus", str(CORPUS)])
    assert (code, report["findings"]) == (0, [])


SAMPLE_DOC = json.loads(SAMPLE.read_text(encoding="utf-8"))
SAMPLE_SPANS = [path for path, _ in spans(SAMPLE_DOC)]


@pytest.mark.parametrize("delta", [-1, 1])
@pytest.mark.parametrize("span_path", SAMPLE_SPANS)
def test_shifted_span_fails_naming_file_and_path(tmp_path: Path, span_path: str, delta: int) -> None:
    """Shifting one span of a copy of the sample by one makes validate exit 1 at that file and span."""
    doc = copy.deepcopy(SAMPLE_DOC)
    span = dict(spans(doc))[span_path]
    span["start"] += delta
    span["end"] += delta
    path = tmp_path / "a1" / f"{doc['doc_id']}.json"
    path.parent.mkdir()
    path.write_text(dumps(doc), encoding="utf-8")
    code, report = _run([str(path), "--corpus", str(CORPUS)])
    assert code == 1
    assert [(f["file"], f["json_path"], f["rule"]) for f in report["findings"]] == [
        (str(path), span_path, "span-text-mismatch")
    ]


def _real_documents() -> list[Path]:
    return annotation_files(ROOT / "annotations", include_gold=True)


def test_annotation_tree_validates() -> None:
    """`diplonews validate annotations/` exits 0 on the committed annotations."""
    code, report = _run([str(ROOT / "annotations"), "--corpus", str(CORPUS)])
    assert code == 0, [f"{f['file']}::{f['json_path']}: {f['message']}" for f in report["findings"]]


@pytest.mark.parametrize("path", _real_documents(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_any_shifted_span_of_real_annotations_is_caught(path: Path) -> None:
    """In each real annotated document, shifting any one span by one gives an error at that span."""
    articles = load_articles(CORPUS)
    doc = json.loads(path.read_text(encoding="utf-8"))
    for span_path, _ in spans(doc):
        for delta in (-1, 1):
            changed = copy.deepcopy(doc)
            span = dict(spans(changed))[span_path]
            span["start"] += delta
            span["end"] += delta
            if changed["text"][max(span["start"], 0) : span["end"]] == span["text"]:
                continue  # a shift over a repeated letter selects the same text; nothing to catch
            found = validate_documents([(path, changed)], articles)
            # a start shifted below 0 is a schema error at the span's .start
            assert any(f.severity == "error" and f.json_path in (span_path, f"{span_path}.start") for f in found), (
                span_path,
                delta,
            )


SAMPLE_TEXT: str = SAMPLE_DOC["text"]


@settings(max_examples=150, deadline=None)
@given(start=st.integers(1, len(SAMPLE_TEXT) - 1), length=st.integers(1, 40), delta=st.sampled_from([-1, 1]))
def test_evidence_spans_pass_exactly_when_their_offsets_select_their_text(start: int, length: int, delta: int) -> None:
    """Any evidence span cut from the text passes level 2; moved by one it fails unless it selects the same text."""
    end = min(start + length, len(SAMPLE_TEXT))
    piece = SAMPLE_TEXT[start:end]
    if piece != piece.strip():
        return
    articles = load_articles(CORPUS)
    doc = copy.deepcopy(SAMPLE_DOC)
    evidence = doc["stances"][0]["evidence"]
    evidence.update(start=start, end=end, text=piece)
    assert validate_documents([(SAMPLE, doc)], articles) == []
    evidence.update(start=start + delta, end=end + delta)
    moved = SAMPLE_TEXT[max(start + delta, 0) : end + delta]
    rules = [f.rule for f in validate_documents([(SAMPLE, doc)], articles)]
    if moved == piece and start + delta >= 0 and end + delta <= len(SAMPLE_TEXT):
        assert rules == []
    else:
        assert rules in (["span-text-mismatch"], ["span-out-of-range"])


def test_anyof_errors_name_every_accepted_form() -> None:
    """A stance holder that is neither an entity id nor AUTHOR gets one finding naming both forms."""
    doc = json.loads((CASES / "valid" / "a1" / "case-1.json").read_text(encoding="utf-8"))
    doc["stances"][0]["holder"] = "X1"
    [finding] = validate_documents([(Path("x.json"), doc)], load_articles(CASE_CORPUS))
    assert (finding.rule, finding.json_path) == ("schema-invalid", "$.stances[0].holder")
    assert "'AUTHOR' was expected" in finding.message
    assert "'X1' does not match '^E[0-9]+$'" in finding.message


def test_a_file_given_twice_is_read_once() -> None:
    """Naming the same file twice (directly and through its folder) checks it once: no duplicate-document."""
    valid = CASES / "valid"
    code, report = _run([str(valid / "a1" / "case-1.json"), str(valid), "--corpus", str(CASE_CORPUS)])
    assert (code, report["files"], report["findings"]) == (0, 3, [])


def test_fixtures_are_what_build_cases_writes(tmp_path: Path) -> None:
    """The committed fixtures and cases.json equal a fresh run of tests/cases/build_cases.py."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_cases", CASES / "build_cases.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.main(tmp_path)
    fresh = {p.relative_to(tmp_path): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    committed = {
        p.relative_to(CASES): p.read_bytes()
        for p in CASES.rglob("*")
        if p.is_file() and p.suffix in (".json", ".jsonl")
    }
    assert sorted(fresh) == sorted(committed)
    assert [name for name in fresh if fresh[name] != committed[name]] == []
