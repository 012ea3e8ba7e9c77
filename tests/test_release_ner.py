"""The ``ner`` config: sentences, punctuation split off, proclitics kept, names apart from descriptions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from diplonews.release.rows import Released, ner_rows, sentences
from diplonews.schema import load_inventory

ROOT = Path(__file__).resolve().parents[1]
INV = load_inventory()


def _doc(text: str, mentions: list[tuple[str, str, str, int]]) -> dict[str, Any]:
    """A gold document whose mentions are found with ``str.find`` (nth occurrence) in ``text``."""
    entities, spans = {}, []
    for n, (surface, etype, level, nth) in enumerate(mentions):
        start = -1
        for _ in range(nth + 1):
            start = text.find(surface, start + 1)
        assert start >= 0, surface
        entities.setdefault(etype, {"id": f"E{len(entities) + 1}", "type": etype, "kb": None})
        spans.append(
            {"id": f"M{n + 1}", "entity": entities[etype]["id"], "start": start, "end": start + len(surface)}
            | {"text": surface, "level": level}
        )
    return {"doc_id": "d-1", "text": text, "entities": list(entities.values()), "mentions": spans}


def _rows(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return ner_rows(Released(doc, {}, INV))


def test_punctuation_is_split_off_and_a_proclitic_stays_on_its_word() -> None:
    """«وبوتين،» is two tokens: «وبوتين» tagged whole (the conjunction stays on it, as in ANERcorp) and «،»."""
    name, description, pronoun = sorted(INV.proper_name_levels)[0], "NOM", sorted(INV.antecedent_levels)[0]
    assert description in INV.names("mention_levels")
    doc = _doc(
        "التقى ماكرون وبوتين، في باريس. وقال الرئيس إنه راضٍ.",
        [
            ("ماكرون", "PER", name, 0),
            ("بوتين", "PER", name, 0),
            ("باريس", "GPE", name, 0),
            ("الرئيس", "PER", description, 0),
            ("ه", "PER", pronoun, 0),
        ],
    )
    first, second = _rows(doc)
    assert first["tokens"] == ["التقى", "ماكرون", "وبوتين", "،", "في", "باريس", "."]
    assert first["ner_tags"] == ["O", "B-PER", "B-PER", "O", "O", "B-GPE", "O"]
    # The description is tagged only in ner_tags_all; the pronoun suffix of «إنه» in neither.
    assert second["tokens"] == ["وقال", "الرئيس", "إنه", "راضٍ", "."]
    assert second["ner_tags"] == ["O"] * 5
    assert second["ner_tags_all"] == ["O", "B-PER", "O", "O", "O"]


def test_rows_slice_their_own_text_and_the_document() -> None:
    """Each row's text is the document's text[start:end]; each token is text[token start:end]."""
    doc = _doc("أولى.\nثانية بقيمة 3.5 مليار! ثالثة؟ رابعة", [])
    rows = _rows(doc)
    assert [r["text"] for r in rows] == ["أولى.", "ثانية بقيمة 3.5 مليار!", "ثالثة؟", "رابعة"]
    for row in rows:
        assert doc["text"][row["start"] : row["end"]] == row["text"]
        assert [row["text"][a:b] for a, b in row["token_spans"]] == row["tokens"]
    assert rows[1]["tokens"] == ["ثانية", "بقيمة", "3", ".", "5", "مليار", "!"]
    assert [r["id"] for r in rows] == ["d-1-0", "d-1-1", "d-1-2", "d-1-3"]


def test_a_sentence_break_inside_a_mention_is_not_a_break() -> None:
    """A name spanning «.» + space keeps its sentence whole; without the span, the text breaks there."""
    text = "وصل ج. بايدن أمس."
    span = text.find("ج. بايدن")
    assert sentences(text, []) == [(0, 6), (7, len(text))]
    assert sentences(text, [(span, span + len("ج. بايدن"), "PER")]) == [(0, len(text))]


def test_committed_gold_gives_short_sentences_and_no_punctuation_outside_a_name() -> None:
    """On the committed gold: sentences well under 512 tokens; a tagged token reaching outside every mention
    is a word with a proclitic, never punctuation; a name never begins on punctuation."""
    lengths, tagged = [], 0
    for path in sorted((ROOT / "annotations" / "gold").glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        spans = [(m["start"], m["end"]) for m in doc["mentions"]]
        for row in _rows(doc):
            lengths.append(len(row["tokens"]))
            for token, offsets, tag in zip(row["tokens"], row["token_spans"], row["ner_tags_all"], strict=True):
                if tag == "O":
                    continue
                tagged += 1
                start, end = row["start"] + offsets[0], row["start"] + offsets[1]
                inside = any(s <= start and end <= e for s, e in spans)
                word = any(ch.isalnum() for ch in token)
                assert inside or word, (row["id"], token)
                assert word or not tag.startswith("B-"), (row["id"], token)
    assert tagged > 300
    assert max(lengths) < 512
