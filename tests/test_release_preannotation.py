"""The dataset card reports the pre-annotator's scores against gold."""

from __future__ import annotations

import json
from pathlib import Path

from diplonews.corpus import load_articles
from diplonews.preannotate.predict import predict
from diplonews.release.build import _preannotation_scores
from diplonews.schema import load_inventory

ROOT = Path(__file__).resolve().parents[1]


def test_scores_are_perfect_against_the_models_own_output() -> None:
    """Scored against its own predictions as gold, every row of the table is 1.000."""
    articles = load_articles(ROOT / "corpus" / "articles.jsonl")
    gold = [predict(articles["004_22d63e12d7097e0c-1"])]
    table = _preannotation_scores(gold, load_inventory())
    rows = [line.split() for line in table.splitlines()[2:]]
    assert rows, table
    assert {tuple(row[-3:]) for row in rows} == {("1.000", "1.000", "1.000")}
    assert [row[0] for row in rows][-2:] == ["entities", "triggers"]


def test_missed_mentions_lower_recall_only() -> None:
    """Gold with one extra mention the model did not predict gives recall below 1 and precision 1."""
    sample = json.loads((ROOT / "tests" / "fixtures" / "sample_document.json").read_text(encoding="utf-8"))
    articles = load_articles(ROOT / "corpus" / "articles.jsonl")
    predicted = predict(articles[sample["doc_id"]])
    gold = json.loads(json.dumps(predicted))
    text = gold["text"]
    start = text.index("الإليزيه")
    gold["entities"].append({"id": "E999", "type": "FAC"})
    gold["mentions"].append(
        {"id": "M999", "entity": "E999", "start": start, "end": start + 8, "text": "الإليزيه", "level": "NAM"}
    )
    table = _preannotation_scores([gold], load_inventory())
    fac = next(line.split() for line in table.splitlines() if line.startswith("FAC "))
    gold_n, pred_n, tp = int(fac[1]), int(fac[2]), int(fac[3])
    assert (gold_n - pred_n, tp) == (1, pred_n)
    assert fac[4] == "1.000" if pred_n else fac[4] == "0.000"
    assert float(fac[5]) == round(tp / gold_n, 3)
