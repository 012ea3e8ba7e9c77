"""The agreement report: hand-computed F1s and coefficients, symmetry, identity, CLI output."""

from __future__ import annotations

import copy
import json
import math
import os
from collections.abc import Callable, Iterator
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from diplonews.agreement import compute
from diplonews.cli import main
from synthetic_annotations import synthetic_annotations

TEXT = "Macron called Putin in Paris about Ukraine today."


def _doc(
    doc_id: str,
    mentions: list[tuple[int, int, str, str | None]],
    events: list[tuple[int, int, str, list[tuple[str, int]]]],
    stances: list[tuple[Any, str, str]],
    text: str = TEXT,
) -> dict[str, Any]:
    """A document with one entity per mention; events refer to mentions and stances to entities by index."""
    entities = [
        {"id": f"E{i + 1}", "type": t, **({"kb": kb} if kb else {})} for i, (_, _, t, kb) in enumerate(mentions)
    ]
    return {
        "doc_id": doc_id,
        "annotator": "x",
        "schema_version": "0.1.0",
        "status": "complete",
        "text_sha256": "0" * 64,
        "text": text,
        "entities": entities,
        "mentions": [
            {"id": f"M{i + 1}", "entity": f"E{i + 1}", "start": s, "end": e, "text": text[s:e], "level": "NAM"}
            for i, (s, e, _, _) in enumerate(mentions)
        ],
        "events": [
            {
                "id": f"V{i + 1}",
                "type": t,
                "trigger": {"start": s, "end": e, "text": text[s:e]},
                "arguments": [{"role": r, "ref": f"M{m + 1}"} for r, m in args],
                "polarity": "POS",
                "realis": "ACTUAL",
            }
            for i, (s, e, t, args) in enumerate(events)
        ],
        "stances": [
            {
                "id": f"S{i + 1}",
                "holder": h if isinstance(h, str) else f"E{h + 1}",
                "target": tgt,
                "label": lab,
                "evidence": {"start": 0, "end": 6, "text": text[:6]},
            }
            for i, (h, tgt, lab) in enumerate(stances)
        ],
    }


def _pair() -> dict[str, dict[str, dict[str, Any]]]:
    a = _doc(
        "d1",
        [(0, 6, "PER", "Q3052772"), (14, 19, "PER", "Q7747"), (23, 28, "GPE", "Q90")],
        [(7, 13, "CONSULT", [("ACTOR", 0), ("RECIPIENT", 1)])],
        [(0, "P:x", "FAVOR")],
    )
    b = _doc(
        "d1",
        [(0, 6, "PER", "Q3052772"), (14, 19, "ORG", "NIL1"), (20, 28, "GPE", "Q90")],
        [(7, 13, "CONSULT", [("PARTICIPANT", 0), ("PARTICIPANT", 1)]), (29, 34, "STATEMENT", [])],
        [(0, "P:x", "FAVOR"), ("AUTHOR", "P:y", "AGAINST")],
    )
    return {"a1": {"d1": a}, "a2": {"d1": b}}


def test_entity_f1s_hand_computed() -> None:
    """Strict 1/3, exact span 2/3, overlap 2/3 (one boundary-only match); labels on shared spans give kappa 0."""
    ent = compute(_pair())["pairs"]["a1~a2"]["entities"]
    assert ent["strict_f1"] == pytest.approx(2 * 1 / 6)
    assert ent["exact_f1"] == pytest.approx(2 * 2 / 6)
    assert ent["overlap_f1"] == pytest.approx(2 * 2 / 6)
    assert ent["per_type"]["PER"]["strict_f1"] == pytest.approx(2 * 1 / 3)
    assert ent["per_type"]["ORG"]["strict_f1"] == 0.0
    assert ent["label"]["n"] == 2
    assert ent["label"]["kappa"] == pytest.approx(0.0)  # p_o = 1/2, p_e = (2*1)/4
    assert ent["qid"] == {"n": 2, "percent": 0.5, "note": ent["qid"]["note"]}
    assert "BOUNDARY_DISAGREEMENT" in {d["code"] for d in ent["diagnostics"]}


def test_event_f1s_hand_computed() -> None:
    """Triggers 2/3; arguments agree on fillers (id F1 1) but not on roles (role F1 0), conditional and end to end."""
    ev = compute(_pair())["events"]
    assert ev["trigger_id_f1"] == pytest.approx(2 / 3)
    assert ev["trigger_f1"] == pytest.approx(2 / 3)
    assert ev["argument_id_f1"] == 1.0
    assert ev["argument_f1"] == 0.0
    assert ev["argument_id_f1_conditional"] == 1.0
    assert ev["argument_f1_conditional"] == 0.0
    assert ev["argument_id_f1_ace"] == 1.0  # (CONSULT, filler) agree
    assert ev["argument_f1_ace"] == 0.0  # ACTOR/RECIPIENT against PARTICIPANT/PARTICIPANT


def test_ace_arguments_are_keyed_on_event_type_and_filler_not_trigger() -> None:
    """Same type, filler and role on another trigger: ACE counts the argument (1), the trigger-keyed F1 does not (0);
    another event type matches nothing."""
    ms: list[tuple[int, int, str, str | None]] = [(0, 6, "PER", None), (14, 19, "PER", None)]
    a = _doc("d1", ms, [(7, 13, "CONSULT", [("ACTOR", 0)])], [])
    b = _doc("d1", ms, [(29, 34, "CONSULT", [("ACTOR", 0)])], [])
    ev = compute({"a1": {"d1": a}, "a2": {"d1": b}})["events"]
    assert (ev["argument_f1"], ev["argument_id_f1_ace"], ev["argument_f1_ace"]) == (0.0, 1.0, 1.0)
    b["events"][0]["type"] = "STATEMENT"
    ev = compute({"a1": {"d1": a}, "a2": {"d1": b}})["events"]
    assert (ev["argument_id_f1_ace"], ev["argument_f1_ace"]) == (0.0, 0.0)


def test_stance_units_and_percent() -> None:
    """The holder maps through its first-mention text; a unit only one annotator marked counts in unit_f1
    (2*1/3), not in percent."""
    st = compute(_pair())["pairs"]["a1~a2"]["stance"]
    assert st["units"] == 2
    assert st["percent"] == 1.0
    assert st["unit_f1"] == pytest.approx(2 / 3)
    assert st["alpha"] is None  # a single label among pairable units: alpha is undefined
    assert {d["code"] for d in st["diagnostics"]} >= {"SINGLE_CATEGORY", "UNMATCHED_UNITS", "FEW_ITEMS"}
    assert st["confusion"]["matrix"]["FAVOR"]["FAVOR"] == 1
    assert st["confusion"]["matrix"]["—"]["AGAINST"] == 1
    # All units: (FAVOR, FAVOR) and (not marked, AGAINST): n = 4, o_FF = 2, n_F = 2, n_- = n_A = 1;
    # alpha = 1 - 3 * (4 - 2) / (16 - 6) = 0.4, where alpha on marked units is undefined.
    assert st["alpha_all_units"] == pytest.approx(0.4)


def test_unit_f1_is_pooled_as_the_mean_over_pairs() -> None:
    """Three annotators: the pooled unit F1 is the mean of the pairs' unit F1s, each on the documents both did."""
    report = compute(synthetic_annotations(10, annotators=3, seed=1))
    pairs = [p["stance"]["unit_f1"] for p in report["pairs"].values()]
    assert report["stance"]["unit_f1"] == pytest.approx(sum(pairs) / len(pairs))


def test_two_labels_on_one_stance_unit_are_refused() -> None:
    """A second stance on the same (holder, target) with another label stops agreement (it would keep the last)."""
    from diplonews.errors import AnnotationsInvalidError

    ann = _pair()
    stances = ann["a2"]["d1"]["stances"]
    stances.append({**stances[0], "id": "S9", "label": "AGAINST"})
    with pytest.raises(AnnotationsInvalidError, match=r"^a2/d1: \$\.stances\[2\]\.label: \[stance-label-conflict\]"):
        compute(ann)


def _checks_in_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Count in two worker processes however few the files and the cores, one document a chunk."""
    from diplonews.validate import runner

    monkeypatch.setattr(runner, "AUTO_MIN_FILES", 0)
    monkeypatch.setattr(runner, "cpu_count", lambda: 2)
    monkeypatch.setattr(runner, "CHUNK", 1)


def _write_tree(root: Path, ann: dict[str, dict[str, dict[str, Any]]]) -> Path:
    for annotator, docs in ann.items():
        (root / annotator).mkdir(parents=True)
        for doc_id, doc in docs.items():
            (root / annotator / f"{doc_id}.json").write_text(json.dumps(doc), encoding="utf-8")
    return root


def test_counting_in_worker_processes_gives_the_committed_report(monkeypatch: pytest.MonkeyPatch) -> None:
    """Counted in worker processes, one document a chunk, the chunks' tallies merged in order, the committed
    annotations give the report counted in one pass (every sum, unit table and row in the same order)."""
    from diplonews.agreement import lazy_annotations

    root = Path(__file__).resolve().parents[1] / "annotations"
    inline = compute(lazy_annotations(root))
    _checks_in_workers(monkeypatch)
    assert compute(lazy_annotations(root)) == inline


@pytest.mark.parametrize("workers", [False, True])
@pytest.mark.parametrize("later_unreadable", [False, True])
def test_the_first_refused_copy_is_reported_wherever_the_checks_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: bool, later_unreadable: bool
) -> None:
    """a2/d0 breaks a rule agreement depends on; a1/d2, visited later, cannot even be read as a document: the
    error names a2/d0, whether the documents are counted in this process or in worker processes (d2's chunk
    may well be done first)."""
    from diplonews.agreement import lazy_annotations
    from diplonews.errors import AnnotationsInvalidError

    ann = _pair()
    conflict = copy.deepcopy(ann["a2"]["d1"])
    conflict["doc_id"] = "d0"
    conflict["stances"].append({**conflict["stances"][0], "id": "S9", "label": "AGAINST"})
    ann["a2"]["d0"] = conflict
    if later_unreadable:
        ann["a1"]["d2"] = {**copy.deepcopy(ann["a1"]["d1"]), "doc_id": "d2", "mentions": [{"id": "M1"}]}
    root = _write_tree(tmp_path / "annotations", ann)
    if workers:
        _checks_in_workers(monkeypatch)
    with pytest.raises(AnnotationsInvalidError, match=r"^a2/d0: \$\.stances\[2\]\.label: \[stance-label-conflict\]"):
        compute(lazy_annotations(root))


def test_stance_kappa_and_alpha_hand_computed() -> None:
    """Four units F,F,A,N vs F,A,A,N: Cohen's kappa (0.75 - 5/16) / (1 - 5/16); holders without kb match by text."""
    labels_a, labels_b = ["FAVOR", "FAVOR", "AGAINST", "NONE"], ["FAVOR", "AGAINST", "AGAINST", "NONE"]
    ms: list[tuple[int, int, str, str | None]] = [(0, 6, "PER", None), (14, 19, "PER", None)]
    ann: dict[str, dict[str, dict[str, Any]]] = {"a1": {}, "a2": {}}
    for name, labels in (("a1", labels_a), ("a2", labels_b)):
        ann[name]["d1"] = _doc("d1", ms, [], [(0, f"P:{i}", lab) for i, lab in enumerate(labels)])
    # a2 lists the entities in the other order: ids differ, the unit (holder by first-mention text) does not.
    ann["a2"]["d1"]["mentions"] = [
        {**m, "entity": "E2" if m["entity"] == "E1" else "E1"} for m in ann["a2"]["d1"]["mentions"]
    ]
    ann["a2"]["d1"]["stances"] = [{**s, "holder": "E2"} for s in ann["a2"]["d1"]["stances"]]
    st = compute(ann)["stance"]
    assert st["units"] == 4
    assert st["kappa_kind"] == "cohen"
    assert st["kappa"] == pytest.approx((0.75 - 5 / 16) / (1 - 5 / 16))
    assert st["percent"] == 0.75
    # Nominal alpha by the coincidence-matrix formula: n=8, o_cc = 2+2+2 = 6, n_c = F3, A3, N2.
    expected_alpha = ((8 - 1) * 6 - (3 * 2 + 3 * 2 + 2 * 1)) / (8 * 7 - (3 * 2 + 3 * 2 + 2 * 1))
    assert st["alpha"] == pytest.approx(expected_alpha)
    assert st["label_distribution"]["all"] == {"AGAINST": 3, "FAVOR": 3, "NONE": 2}


def _numbers(block: Any, prefix: str = "") -> dict[str, float]:
    """Every numeric leaf of a report block, by dotted path, skipping counts named after annotators."""
    out: dict[str, float] = {}
    if isinstance(block, dict):
        for k, v in block.items():
            if k in {"a1", "a2", "a3", "counts", "confusion", "label_distribution", "diagnostics"}:
                continue
            out.update(_numbers(v, f"{prefix}.{k}" if prefix else str(k)))
    elif isinstance(block, float):
        out[prefix] = block
    return out


def test_swapping_annotators_gives_the_same_pair_numbers() -> None:
    """Exchanging two annotators' files leaves every pairwise and pooled number unchanged."""
    ann = synthetic_annotations(20, annotators=2, seed=3)
    swapped = {"a1": ann["a2"], "a2": ann["a1"]}
    left, right = compute(ann), compute(swapped)
    assert _numbers(left["pairs"]) == pytest.approx(_numbers(right["pairs"]))
    assert _numbers(left["stance"]) == pytest.approx(_numbers(right["stance"]))
    assert len(_numbers(left["pairs"])) > 15


def test_exact_copy_agrees_perfectly() -> None:
    """An annotator compared with an exact copy of their own files scores 1.0 on every number."""
    ann = synthetic_annotations(15, annotators=1, seed=5)
    report = compute({"a1": ann["a1"], "a2": copy.deepcopy(ann["a1"])})
    # The preannotation block describes the documents (none pre-annotated here), it is not an agreement figure.
    pairs = {name: {k: v for k, v in pair.items() if k != "preannotation"} for name, pair in report["pairs"].items()}
    values = {
        **_numbers(pairs),
        **_numbers(report["entities"]),
        **_numbers(report["events"]),
        **_numbers(report["stance"]),
    }
    assert values
    assert all(math.isclose(v, 1.0) for v in values.values()), {k: v for k, v in values.items() if v != 1.0}
    assert report["stance"]["alpha"] == 1.0
    assert report["entities"]["strict_f1"] == 1.0
    assert report["events"]["argument_f1"] == 1.0


def test_three_annotators_use_fleiss_and_pair_keys() -> None:
    """With three annotators the pairs are keyed a1~a2, a1~a3, a2~a3 and the pooled kappa is Fleiss'."""
    report = compute(synthetic_annotations(10, annotators=3, seed=1))
    assert list(report["pairs"]) == ["a1~a2", "a1~a3", "a2~a3"]
    assert report["stance"]["kappa_kind"] == "fleiss"
    for key in ("strict_f1", "overlap_f1"):
        assert isinstance(report["entities"][key], float)
    assert isinstance(report["events"]["trigger_f1"], float)
    assert isinstance(report["events"]["argument_f1"], float)


def test_annotator_without_annotations_is_diagnosed() -> None:
    """An annotator who completed documents but marked nothing gets RATER_WITHOUT_ANNOTATIONS."""
    ann = _pair()
    empty = {**ann["a2"]["d1"], "mentions": [], "entities": [], "events": [], "stances": []}
    report = compute({"a1": ann["a1"], "a2": {"d1": empty}})
    codes = {(d["code"], d["message"]) for d in report["entities"]["diagnostics"]}
    assert ("RATER_WITHOUT_ANNOTATIONS", "a2 marked no items here") in codes
    assert report["entities"]["strict_f1"] == 0.0


def _write(root: Path, ann: dict[str, dict[str, dict[str, Any]]]) -> None:
    for annotator, docs in ann.items():
        (root / annotator).mkdir(parents=True, exist_ok=True)
        for doc_id, doc in docs.items():
            (root / annotator / f"{doc_id}.json").write_text(
                json.dumps({**doc, "annotator": annotator}), encoding="utf-8"
            )


def test_cli_json_has_the_stable_keys(tmp_path: Path) -> None:
    """`diplonews agreement --format json` writes the documented keys, pooled and per pair."""
    _write(tmp_path, _pair())
    out = tmp_path / "r.json"
    result = CliRunner().invoke(main, ["agreement", str(tmp_path), "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    for block in (report, report["pairs"]["a1~a2"]):
        assert block["entities"]["strict_f1"] == pytest.approx(1 / 3)
        assert block["entities"]["overlap_f1"] == pytest.approx(2 / 3)
        assert block["events"]["trigger_f1"] == pytest.approx(2 / 3)
        assert block["events"]["argument_f1"] == 0.0
        assert "alpha" in block["stance"]


def test_cli_text_output(tmp_path: Path) -> None:
    """The text format prints the pair line with hand-computed values and the diagnostics under it."""
    _write(tmp_path, _pair())
    result = CliRunner().invoke(main, ["agreement", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "entities: strict_f1=0.333  exact_f1=0.667  overlap_f1=0.667" in result.output
    assert "  ! BOUNDARY_DISAGREEMENT (entities.strict_f1):" in result.output


def test_cli_needs_two_annotators(tmp_path: Path) -> None:
    """With one annotator folder the command fails with a message naming what it found."""
    _write(tmp_path, {"a1": _pair()["a1"]})
    result = CliRunner().invoke(main, ["agreement", str(tmp_path)])
    assert result.exit_code == 2
    assert "Error: agreement needs at least two annotators' folders; found a1" in result.output


def test_lazy_loading_gives_the_same_report(tmp_path: Path) -> None:
    """Reading the files lazily (one document at a time) gives the same report as loading them all."""
    from diplonews.agreement import lazy_annotations
    from diplonews.annotations import load_annotations

    _write(tmp_path, synthetic_annotations(8, annotators=3, seed=2))
    assert compute(lazy_annotations(tmp_path)) == compute(load_annotations(tmp_path))


def test_cli_accepts_annotator_folders_including_gold(tmp_path: Path) -> None:
    """Two annotator folders given directly (one of them gold) are compared; an exact copy agrees fully."""
    ann = _pair()
    _write(tmp_path, {"a1": ann["a1"], "gold": ann["a1"]})
    out = tmp_path / "r.json"
    args = ["agreement", str(tmp_path / "a1"), str(tmp_path / "gold"), "--format", "json", "-o", str(out)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert list(report["pairs"]) == ["a1~gold"]
    assert report["entities"]["strict_f1"] == 1.0


def test_fail_under_gates(tmp_path: Path) -> None:
    """A pooled number below its gate, or undefined, fails the command with one line per failed gate."""
    _write(tmp_path, _pair())
    args = ["agreement", str(tmp_path), "--format", "json", "-o", str(tmp_path / "r.json")]
    ok = CliRunner().invoke(main, [*args, "--fail-under", "entities.overlap_f1=0.6"])
    assert ok.exit_code == 0, ok.output
    bad = CliRunner().invoke(
        main, [*args, "--fail-under", "entities.strict_f1=0.8", "--fail-under", "stance.alpha=0.667"]
    )
    assert bad.exit_code == 1
    assert "FAIL entities.strict_f1 = 0.333 < 0.8" in bad.output
    assert "FAIL stance.alpha is undefined (needs >= 0.667)" in bad.output
    wrong = CliRunner().invoke(main, [*args, "--fail-under", "entities.nope=1"])
    assert wrong.exit_code == 2
    assert "the report has no key 'entities.nope'" in wrong.output


def test_committed_report_is_reproduced_from_the_committed_annotations() -> None:
    """The committed reports/agreement.json is what compute gives on the committed annotations/, byte for byte."""
    from diplonews._io import dumps
    from diplonews.agreement import lazy_annotations

    root = Path(__file__).resolve().parents[1]
    expected = (root / "reports" / "agreement.json").read_text(encoding="utf-8")
    assert dumps(compute(lazy_annotations(root / "annotations"))) == expected


def test_unit_table_reads_as_the_list_of_its_units() -> None:
    """A UnitTable stores each distinct pattern once and reads back every unit in the order added."""
    from diplonews.agreement.units import UnitTable

    table = UnitTable()
    for pattern in [(("a", "F"), ("b", "F")), (("a", "N"),), (("a", "F"), ("b", "F"))]:
        table.add(pattern)
    assert list(table) == [{"a": "F", "b": "F"}, {"a": "N"}, {"a": "F", "b": "F"}]
    assert table[1] == {"a": "N"}
    assert table[1:] == [{"a": "N"}, {"a": "F", "b": "F"}]
    assert len(table.patterns) == 2
    assert table[0] is table[2]
    assert table.counts() == [({"a": "F", "b": "F"}, 2), ({"a": "N"}, 1)]


def test_annotators_with_gaps_keep_per_pair_documents() -> None:
    """Missing and skipped documents leave a pair only the documents both completed; rows list who did each."""
    ann = synthetic_annotations(6, annotators=3, seed=8)
    del ann["a1"]["syn000000"]
    ann["a2"]["syn000001"] = {**ann["a2"]["syn000001"], "status": "skipped"}
    for a in ann:
        ann[a]["syn000005"] = {**ann[a]["syn000005"], "status": "skipped"}
    report = compute(ann)
    # a1~a2: 2, 3, 4; a1~a3: 1, 2, 3, 4; a2~a3: 0, 2, 3, 4 (5 was skipped by everyone).
    assert report["pairs"]["a1~a2"]["documents"] == 3
    assert report["pairs"]["a1~a3"]["documents"] == 4
    assert report["pairs"]["a2~a3"]["documents"] == 4
    assert sorted(report["documents"]) == [f"syn00000{i}" for i in range(5)]
    assert report["documents"]["syn000000"]["annotators"] == ["a2", "a3"]
    assert report["documents"]["syn000001"]["annotators"] == ["a1", "a3"]


def test_two_mentions_on_one_span_are_counted_per_mention() -> None:
    """a1 marks span 0-6 twice (PER Q1, ORG), a2 once (PER Q1): strict and overlap 2/3, exact 1, two label pairs."""
    a = _doc("d1", [(0, 6, "PER", "Q1"), (0, 6, "ORG", None)], [], [])
    b = _doc("d1", [(0, 6, "PER", "Q1")], [], [])
    ent = compute({"a1": {"d1": a}, "a2": {"d1": b}})["pairs"]["a1~a2"]["entities"]
    assert ent["strict_f1"] == pytest.approx(2 / 3)
    assert ent["exact_f1"] == 1.0
    assert ent["overlap_f1"] == pytest.approx(2 / 3)
    assert ent["counts"]["boundary_only"] == 0
    assert ent["label"]["n"] == 2  # (PER, PER) and (ORG, PER)
    assert ent["qid"]["n"] == 2
    assert ent["qid"]["percent"] == 0.5


def _slot_mentions(draw: Callable[[Any], Any], slots: int) -> list[tuple[int, int, str, str | None]]:
    """Mentions at most one per 10-character slot, so that each overlaps at most one of the other side's."""
    out: list[tuple[int, int, str, str | None]] = []
    for slot in range(slots):
        if draw(st.booleans()):
            start = 10 * slot + draw(st.integers(0, 4))
            out.append((start, start + draw(st.integers(1, 5)), draw(st.sampled_from(["PER", "ORG"])), None))
    return out


@pytest.mark.skipif(
    find_spec("nervaluate") is None and os.environ.get("CI") != "true",
    reason="reference library missing: pip install nervaluate (a failure under CI=true)",
)
@settings(max_examples=150, deadline=None)
@given(st.data())
def test_entity_f1s_equal_nervaluate(data: st.DataObject) -> None:
    """Strict, exact-span and overlap F1 equal nervaluate's strict, exact and ent_type F1 (micro, one document)."""
    from nervaluate import Evaluator

    text = "x" * 100
    left = _slot_mentions(data.draw, 10)
    right = _slot_mentions(data.draw, 10)
    ent = compute({"a1": {"d": _doc("d", left, [], [], text)}, "a2": {"d": _doc("d", right, [], [], text)}})
    ent = ent["pairs"]["a1~a2"]["entities"]
    if not left or not right:
        assert ent["overlap_f1"] in (None, 0.0)
        return
    # nervaluate's end offsets are inclusive; ours are exclusive.
    as_spans = [[{"label": t, "start": s, "end": e - 1} for s, e, t, _ in side] for side in (left, right)]
    scores = Evaluator([as_spans[0]], [as_spans[1]], tags=["PER", "ORG"], loader="dict").evaluate()["overall"]
    assert ent["strict_f1"] == pytest.approx(scores["strict"].f1, abs=1e-12)
    assert ent["exact_f1"] == pytest.approx(scores["exact"].f1, abs=1e-12)
    assert ent["overlap_f1"] == pytest.approx(scores["ent_type"].f1, abs=1e-12)


_KEYS = st.tuples(st.integers(0, 30), st.integers(1, 6), st.sampled_from("AB")).map(lambda k: (k[0], k[0] + k[1], k[2]))


@settings(max_examples=300, deadline=None)
@given(st.frozensets(_KEYS, max_size=8), st.frozensets(_KEYS, max_size=8))
def test_overlap_matching_is_symmetric_and_one_to_one(
    left: frozenset[tuple[int, int, str]], right: frozenset[tuple[int, int, str]]
) -> None:
    """Swapping the sides gives the same counts; each mention is matched at most once; exact matches all count."""
    from diplonews.agreement.spans import overlap_matches

    matched, boundary = overlap_matches(left, right)
    assert (matched, boundary) == overlap_matches(right, left)
    assert len(left & right) + boundary == matched <= min(len(left), len(right))


def test_overlap_matching_prefers_the_largest_overlap() -> None:
    """(0,10) overlaps (5,10) by 5 and (0,8) by 8: it takes (0,8); (5,10) is left for (6,12)."""
    from diplonews.agreement.spans import overlap_matches

    left = frozenset({(0, 10, "A"), (6, 12, "A")})
    right = frozenset({(0, 8, "A"), (5, 10, "A")})
    assert overlap_matches(left, right) == (2, 2)
    assert overlap_matches(frozenset({(0, 10, "A")}), right) == (1, 1)


def test_unknown_stance_label_is_a_clear_error(tmp_path: Path) -> None:
    """A stance label the inventory lacks stops compute with AnnotationsInvalidError naming it, not a KeyError."""
    from diplonews.errors import AnnotationsInvalidError

    ann = _pair()
    ann["a2"]["d1"]["stances"][0]["label"] = "MIXED"
    with pytest.raises(AnnotationsInvalidError, match=r"a2/d1: stance label 'MIXED' is not one of the inventory"):
        compute(ann)
    _write(tmp_path, ann)
    result = CliRunner().invoke(main, ["agreement", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.startswith("Error: a2/d1: stance label 'MIXED' is not one of the inventory's stance_labels")


@pytest.mark.parametrize(
    ("damage", "says"),
    [
        (lambda d: d["mentions"][0].update(start=None), "offsets must be integers, got start=None, end=6"),
        (lambda d: d["events"][0]["arguments"][0].pop("role"), "KeyError: 'role'"),
        (lambda d: d["stances"][0].update(holder=["E1"]), "TypeError: unhashable type: 'list'"),
        (lambda d: d.update(mentions=7), "TypeError: 'int' object is not iterable"),
    ],
)
def test_a_damaged_document_is_a_clear_error(damage: Callable[[Any], Any], says: str) -> None:
    """What validate would reject stops agreement with the file to fix and what is wrong, never a traceback."""
    from diplonews.errors import AnnotationsInvalidError

    ann = _pair()
    damage(ann["a2"]["d1"])
    with pytest.raises(AnnotationsInvalidError, match=r"^a2/d1: not a well-formed annotated document") as info:
        compute(ann)
    assert says in str(info.value)
    assert str(info.value).endswith("run `diplonews validate` on it to see what to fix")


@pytest.fixture
def inventory_with_mixed(tmp_path: Path) -> Iterator[Path]:
    """A copy of schema/ whose stance labels end with MIXED, in force for the test."""
    from diplonews.schema import schema_dir, use_schema_dir

    schema = tmp_path / "schema"
    schema.mkdir()
    raw = json.loads((schema_dir() / "labels.json").read_text(encoding="utf-8"))
    raw["stance_labels"].append({"name": "MIXED", "gloss": "both for and against"})
    (schema / "labels.json").write_text(json.dumps(raw), encoding="utf-8")
    yield schema
    use_schema_dir(None)


def test_a_stance_label_added_to_the_inventory_is_counted(inventory_with_mixed: Path, tmp_path: Path) -> None:
    """With MIXED added to labels.json (--schema-dir), agreement counts it: confusion row, distribution, AC1's Q."""
    ann = _pair()
    ann["a2"]["d1"]["stances"][0]["label"] = "MIXED"
    _write(tmp_path / "ann", ann)
    out = tmp_path / "r.json"
    args = ["--schema-dir", str(inventory_with_mixed), "agreement", str(tmp_path / "ann"), "--format", "json"]
    result = CliRunner().invoke(main, [*args, "-o", str(out)])
    assert result.exit_code == 0, result.output
    stance = json.loads(out.read_text(encoding="utf-8"))["pairs"]["a1~a2"]["stance"]
    assert stance["confusion"]["labels"] == ["FAVOR", "AGAINST", "NONE", "MIXED", "—"]
    assert stance["confusion"]["matrix"]["FAVOR"]["MIXED"] == 1
    assert stance["label_distribution"]["a2"] == {"AGAINST": 1, "MIXED": 1}


def test_stance_categories_default_to_the_inventory() -> None:
    """Without ``categories``, the confusion matrix lists the inventory's stance labels in its order."""
    from diplonews.schema import load_inventory

    labels = compute(_pair())["pairs"]["a1~a2"]["stance"]["confusion"]["labels"]
    assert labels == [*load_inventory().names("stance_labels"), "—"]


def test_synthetic_documents_use_the_inventory() -> None:
    """The test corpus draws every label from labels.json and is the same for the same seed."""
    from diplonews.schema import load_inventory

    inv = load_inventory()
    ann = synthetic_annotations(5, annotators=2, seed=4)
    assert ann == synthetic_annotations(5, annotators=2, seed=4)
    for doc in (d for docs in ann.values() for d in docs.values()):
        assert {e["type"] for e in doc["entities"]} <= set(inv.names("entity_types"))
        assert {s["label"] for s in doc["stances"]} <= set(inv.names("stance_labels"))
        assert {s["target"] for s in doc["stances"]} <= set(inv.names("propositions"))
        assert {m["level"] for m in doc["mentions"]} == {inv.default("mention_levels")}
        for event in doc["events"]:
            assert {a["role"] for a in event["arguments"]} <= set(inv.event(event["type"]).roles)
            assert (event["polarity"], event["realis"]) == (inv.default("polarity"), inv.default("realis"))
