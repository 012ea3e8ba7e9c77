"""Adjudication: agreement goes to gold, disagreements to review files, curator decisions are applied and kept."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from diplonews.adjudicate import run
from diplonews.cli import main
from diplonews.corpus import load_articles
from diplonews.errors import InputError
from diplonews.validate import validate_documents

# The review key of the sample's stance: entities are keyed by the text of their first proper-name mention.
STANCE_KEY = "stance:text:إيمانويل ماكرون|P:ceasefire_ukraine"

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = json.loads((ROOT / "tests" / "fixtures" / "sample_document.json").read_text(encoding="utf-8"))
DOC = SAMPLE["doc_id"]


def _versions() -> tuple[dict[str, Any], dict[str, Any]]:
    """a1 is the sample; a2 numbers entities differently, drops Ukraine and labels the stance AGAINST."""
    a1 = {**copy.deepcopy(SAMPLE), "annotator": "a1"}
    a2 = {**copy.deepcopy(SAMPLE), "annotator": "a2"}
    a2["entities"] = [{"id": "E7", "type": "PER", "kb": "Q3052772"}, {"id": "E2", "type": "PER", "kb": "Q7747"}]
    a2["mentions"] = [{**m, "entity": "E7" if m["entity"] == "E1" else m["entity"]} for m in a2["mentions"][:2]]
    a2["stances"] = [{**a2["stances"][0], "holder": "E7", "label": "AGAINST"}]
    return a1, a2


def _tree(tmp_path: Path, *docs: dict[str, Any]) -> Path:
    root = tmp_path / "annotations"
    for doc in docs:
        (root / doc["annotator"]).mkdir(parents=True, exist_ok=True)
        (root / doc["annotator"] / f"{doc['doc_id']}.json").write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    return root


def _gold(root: Path) -> dict[str, Any]:
    return json.loads((root / "gold" / f"{DOC}.json").read_text(encoding="utf-8"))


def _review(root: Path) -> dict[str, Any]:
    return json.loads((root / "_review" / f"{DOC}.json").read_text(encoding="utf-8"))


def _assert_valid(root: Path) -> None:
    articles = load_articles(ROOT / "corpus" / "articles.jsonl")
    path = root / "gold" / f"{DOC}.json"
    errors = [f for f in validate_documents([(path, _gold(root))], articles) if f.severity == "error"]
    assert errors == []


def test_full_agreement_is_gold_without_review(tmp_path: Path) -> None:
    """Two identical passes give gold equal to them (annotator gold) and no review file; gold validates."""
    root = _tree(tmp_path, {**SAMPLE, "annotator": "a1"}, {**SAMPLE, "annotator": "a2"})
    [outcome] = run(root)
    assert (outcome.accepted, outcome.decided, outcome.pending) == (5, 0, 0)  # 3 mentions, 1 event, 1 stance
    gold = _gold(root)
    assert gold == {**SAMPLE, "annotator": "gold"}
    assert not (root / "_review").exists()
    _assert_valid(root)


def test_disagreements_go_to_review_and_stay_out_of_gold(tmp_path: Path) -> None:
    """The dropped mention and the stance label go to review with both versions; agreed items are merged by kb."""
    root = _tree(tmp_path, *_versions())
    [outcome] = run(root)
    assert (outcome.accepted, outcome.pending) == (3, 2)
    review = _review(root)
    assert [it["key"] for it in review["items"]] == ["mention:259-267", STANCE_KEY]
    mention = review["items"][0]
    assert mention["versions"]["a2"] is None
    assert mention["versions"]["a1"]["kb"] == "Q212"
    assert mention["decision"] is None
    assert [it["versions"]["a2"]["label"] for it in review["items"][1:]] == ["AGAINST"]
    gold = _gold(root)
    assert gold["entities"] == [
        {"id": "E1", "type": "PER", "kb": "Q3052772"},
        {"id": "E2", "type": "PER", "kb": "Q7747"},
    ]
    assert [m["text"] for m in gold["mentions"]] == ["إيمانويل ماكرون", "فلاديمير بوتين"]
    assert gold["stances"] == []
    _assert_valid(root)


def _decide(root: Path, decisions: dict[str, Any]) -> None:
    path = root / "_review" / f"{DOC}.json"
    review = json.loads(path.read_text(encoding="utf-8"))
    for item in review["items"]:
        if item["key"] in decisions:
            item["decision"] = decisions[item["key"]]
            item["reason"] = "conventions"
    path.write_text(json.dumps(review, ensure_ascii=False), encoding="utf-8")


def test_decisions_are_applied_and_never_undone(tmp_path: Path) -> None:
    """Decisions apply on re-run, survive more runs, and stay frozen when an annotator later edits the file."""
    a1, a2 = _versions()
    root = _tree(tmp_path, a1, a2)
    run(root)
    _decide(root, {"mention:259-267": "a1", STANCE_KEY: "a1"})
    [outcome] = run(root)
    assert (outcome.accepted, outcome.decided, outcome.pending) == (3, 2, 0)
    assert _gold(root) == {**SAMPLE, "annotator": "gold"}
    _assert_valid(root)
    # a1 now relabels the stance: the curator's decision (a1's version at the time) must hold.
    a1["stances"][0]["label"] = "NONE"
    _tree(tmp_path, a1)
    run(root)
    assert _gold(root)["stances"][0]["label"] == "FAVOR"
    review = _review(root)
    assert [it["reason"] for it in review["items"]] == ["conventions", "conventions"]
    assert review["items"][1]["versions"]["a1"]["label"] == "NONE"  # shown, not applied
    assert review["items"][1]["changed_since_decision"] is True
    assert "changed_since_decision" not in review["items"][0]


def test_a_decided_item_every_annotator_removed_since_is_flagged_not_dropped(tmp_path: Path) -> None:
    """Both annotators delete a stance the curator took from a1: gold keeps it (a decision is never undone by
    an annotator's edit), the review item says dropped_since_decision, and the command's note says what to do."""
    from click.testing import CliRunner

    from diplonews.cli import main

    a1, a2 = _versions()
    root = _tree(tmp_path, a1, a2)
    run(root)
    _decide(root, {"mention:259-267": "a1", STANCE_KEY: "a1"})
    run(root)
    a1["stances"], a2["stances"] = [], []
    _tree(tmp_path, a1, a2)
    [outcome] = run(root)
    assert (outcome.changed, outcome.dropped) == (1, 1)
    assert _gold(root)["stances"][0]["label"] == "FAVOR"
    flagged = {it["key"]: it for it in _review(root)["items"]}
    assert flagged[STANCE_KEY]["dropped_since_decision"] is True
    assert "dropped_since_decision" not in flagged["mention:259-267"]
    corpus = str(ROOT / "corpus" / "articles.jsonl")
    result = CliRunner().invoke(main, ["adjudicate", "--annotations", str(root), "--corpus", corpus])
    assert "1 of them every annotator has since removed, and only the decision keeps in gold" in result.output
    _decide(root, {STANCE_KEY: "reject"})
    [outcome] = run(root)
    assert outcome.dropped == 0
    assert _gold(root)["stances"] == []
    assert "dropped_since_decision" not in {k for it in _review(root)["items"] for k in it}


def test_reject_and_custom_decisions(tmp_path: Path) -> None:
    """ "reject" leaves an item out; a custom version is used as written."""
    root = _tree(tmp_path, *_versions())
    run(root)
    custom = copy.deepcopy(_review(root)["items"][1]["versions"]["a1"])
    custom["label"] = "NONE"
    _decide(root, {"mention:259-267": "reject", STANCE_KEY: {"custom": custom}})
    run(root)
    gold = _gold(root)
    assert len(gold["mentions"]) == 2
    assert [(s["holder"], s["target"], s["label"]) for s in gold["stances"]] == [("E1", "P:ceasefire_ukraine", "NONE")]


def test_bad_decision_names_file_and_path(tmp_path: Path) -> None:
    """An unknown annotator in a decision fails with the review file, the JSON path and the choices."""
    root = _tree(tmp_path, *_versions())
    run(root)
    _decide(root, {STANCE_KEY: "a9"})
    corpus = str(ROOT / "corpus" / "articles.jsonl")
    result = CliRunner().invoke(main, ["adjudicate", "--annotations", str(root), "--corpus", corpus])
    assert result.exit_code == 2
    path = root / "_review" / f"{DOC}.json"
    assert f"Error: {path}::$.items[1].decision: unknown annotator 'a9'; use one of a1, a2," in result.output


def test_cli_reports_each_document(tmp_path: Path) -> None:
    """The command prints agreed/decided/pending per document and fails on pending when asked."""
    root = _tree(tmp_path, *_versions())
    corpus = str(ROOT / "corpus" / "articles.jsonl")
    args = ["adjudicate", "--annotations", str(root), "--fail-on-pending", "--corpus", corpus]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"{DOC}: 3 agreed, 0 decided, 2 pending -> {root / 'gold' / (DOC + '.json')}",
        f"1 documents; 2 items pending review in {root / '_review'}",
        "gold validates with 0 errors",
    ]


def test_min_agree_three_needs_three(tmp_path: Path) -> None:
    """With --min-agree 3 and two annotators nothing is accepted without review."""
    root = _tree(tmp_path, {**SAMPLE, "annotator": "a1"}, {**SAMPLE, "annotator": "a2"})
    [outcome] = run(root, min_agree=3)
    assert (outcome.accepted, outcome.pending) == (0, 5)
    assert _gold(root)["mentions"] == []


def test_invalid_gold_fails_the_command(tmp_path: Path) -> None:
    """A custom decision that breaks a rule makes the command print the finding and exit 1."""
    root = _tree(tmp_path, *_versions())
    run(root)
    custom = copy.deepcopy(_review(root)["items"][1]["versions"]["a1"])
    custom["holder"] = custom["target"] = "text:إيمانويل ماكرون"  # a holder taking a stance on itself
    _decide(root, {STANCE_KEY: {"custom": custom}})
    corpus = str(ROOT / "corpus" / "articles.jsonl")
    result = CliRunner().invoke(main, ["adjudicate", "--annotations", str(root), "--corpus", corpus])
    assert result.exit_code == 1
    assert "validation errors in gold; fix them with custom decisions" in result.output
    assert f"{root / 'gold' / (DOC + '.json')}::$.stances[0]" in result.output


def test_different_texts_are_refused(tmp_path: Path) -> None:
    """Annotators who worked on different texts of one document cannot be adjudicated."""
    a1, a2 = _versions()
    a2["text_sha256"] = "f" * 64
    root = _tree(tmp_path, a1, a2)
    with pytest.raises(InputError, match="annotated different texts"):
        run(root)


def test_a_damaged_annotator_file_is_named_and_nothing_is_written(tmp_path: Path) -> None:
    """A mention with a text offset in a2's copy of one document: an error naming that file, no gold at all."""
    a1, a2 = {**SAMPLE, "annotator": "a1"}, copy.deepcopy({**SAMPLE, "annotator": "a2"})
    later = {"doc_id": DOC + "-later"}  # sorts after DOC: the good document is adjudicated first
    a2["mentions"][0]["start"] = str(a2["mentions"][0]["start"])
    root = _tree(tmp_path, a1, {**a1, **later}, {**a2, **later})
    corpus = str(ROOT / "corpus" / "articles.jsonl")
    result = CliRunner().invoke(main, ["adjudicate", "--annotations", str(root), "--corpus", corpus])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {root / 'a2' / (DOC + '-later.json')}: not a well-formed annotated document (ValueError: a span "
        f"needs integer offsets and a text, got start='{SAMPLE['mentions'][0]['start']}', "
        f"end={SAMPLE['mentions'][0]['end']}, text={SAMPLE['mentions'][0]['text']!r}); "
        "run `diplonews validate` on it to see what to fix\n"
    )
    assert not (root / "gold").exists()


def test_a_custom_decision_that_is_not_a_version_names_the_review_file(tmp_path: Path) -> None:
    """A custom stance without its evidence span: an error naming the review file and the accepted shapes."""
    root = _tree(tmp_path, *_versions())
    run(root)
    custom = copy.deepcopy(_review(root)["items"][1]["versions"]["a1"])
    del custom["evidence"]
    _decide(root, {STANCE_KEY: {"custom": custom}})
    corpus = str(ROOT / "corpus" / "articles.jsonl")
    result = CliRunner().invoke(main, ["adjudicate", "--annotations", str(root), "--corpus", corpus])
    assert result.exit_code == 2
    assert result.output == (
        f"Error: {root / '_review' / (DOC + '.json')}: its items cannot be applied (KeyError: 'evidence'); "
        'a decision names an annotator, "reject" or {"custom": {...}} shaped like the versions beside it\n'
    )
