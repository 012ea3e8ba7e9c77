"""The pre-annotator's scores against gold: written by the release pipeline, reported by the card."""

from __future__ import annotations

import json
from pathlib import Path

from diplonews.corpus import load_articles
from diplonews.preannotate.evaluate import format_table, score, scores_from_json, scores_json
from diplonews.preannotate.predict import predict
from diplonews.release.build import Sources, _preannotation_table
from diplonews.schema import load_inventory

ROOT = Path(__file__).resolve().parents[1]
DOC = "004_22d63e12d7097e0c-1"


def test_scores_are_perfect_against_the_models_own_output() -> None:
    """Scored against its own predictions as gold, every row of the table is 1.000."""
    gold = [predict(load_articles(ROOT / "corpus" / "articles.jsonl")[DOC])]
    table = format_table(score(gold, [predict(d) for d in gold], load_inventory().names("entity_types")))
    rows = [line.split() for line in table.splitlines()[1:]]
    assert {tuple(row[-3:]) for row in rows} == {("1.000", "1.000", "1.000")}
    assert [row[0] for row in rows][-2:] == ["entities", "triggers"]


def test_missed_mention_lowers_recall_only() -> None:
    """Gold with one mention the model did not predict gives recall gold-1/gold and unchanged precision."""
    predicted = predict(load_articles(ROOT / "corpus" / "articles.jsonl")[DOC])
    gold = json.loads(json.dumps(predicted))
    start = gold["text"].index("الإليزيه")
    gold["entities"].append({"id": "E999", "type": "FAC"})
    gold["mentions"].append(
        {"id": "M999", "entity": "E999", "start": start, "end": start + 8, "text": "الإليزيه", "level": "NAM"}
    )
    rows = {r.label: r for r in score([gold], [predicted], load_inventory().names("entity_types"))}
    fac = rows["FAC"]
    assert (fac.gold - fac.predicted, fac.correct) == (1, fac.predicted)
    assert fac.recall == fac.correct / fac.gold


def test_card_table_comes_from_the_report(tmp_path: Path) -> None:
    """The card's table is the report's rows as `preannotate --evaluate` prints them; a missing report is said."""
    rows = score([], [], ["PER"])
    (tmp_path / "reports").mkdir()
    report = scores_json(rows, "gazetteer-test", 0)
    (tmp_path / "reports" / "preannotation.json").write_text(json.dumps(report), encoding="utf-8")
    warnings: list[str] = []
    table = _preannotation_table(Sources(root=tmp_path), warnings)
    assert table == "model gazetteer-test, 0 documents\n" + format_table(scores_from_json(report))
    assert warnings == []
    assert _preannotation_table(Sources(root=tmp_path / "elsewhere"), warnings) == ""
    assert warnings == ["reports/preannotation.json is missing: the card says pre-annotation scores are not available"]


def test_card_shows_the_out_of_corpus_halves_held_out_first(tmp_path: Path) -> None:
    """Held-out strict and overlap tables come before the dev half's, each the report's rows as printed."""
    rows = score([], [], ["PER"])
    report = scores_json(rows, "gazetteer-test", 0)
    strict = [{"label": "entities", "gold": 10, "predicted": 8, "correct": 6}]
    overlap = [{"label": "entities", "gold": 10, "predicted": 8, "correct": 7}]
    report["out_of_corpus"] = {
        "dev": {"sentences": 3, "strict": strict, "overlap": overlap},
        "heldout": {"sentences": 2, "strict": overlap, "overlap": overlap},
    }
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "preannotation.json").write_text(json.dumps(report), encoding="utf-8")
    table = _preannotation_table(Sources(root=tmp_path), [])
    held = table.index("out-of-corpus, held-out half (never looked at while writing the rules): 2 sentences, strict")
    dev = table.index("out-of-corpus, development half (its errors guided the rules): 3 sentences, strict")
    assert held < dev
    # 6 of 8 predicted, 6 of 10 gold: P 0.750, R 0.600, F1 0.667 on the dev half's strict line.
    assert "entities      10     8     6  0.750  0.600  0.667" in table[dev:]
