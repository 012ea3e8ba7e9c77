"""The guidelines agree with the corpus splits, the label inventory and gold, as far as code can check.

- every worked example (a line starting with '>') is copied from a train document, never validation or test;
- a worked example's «trigger» and «mention» claims hold in that document's gold annotation;
- a cue listed for two event types (or two stance labels) is named in the prose with both types, i.e. the
  prose states the condition that decides between them;
- every label, role, mode, proposition and validator rule the prose names in backticks exists.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from diplonews.drift import BEGIN, END
from diplonews.schema import load_inventory
from diplonews.validate import RULES
from test_docs import KINDS

ROOT = Path(__file__).resolve().parents[1]
GUIDELINES = (ROOT / "docs" / "guidelines.md").read_text(encoding="utf-8")
LABELS = json.loads((ROOT / "schema" / "labels.json").read_text(encoding="utf-8"))
SPLITS = json.loads((ROOT / "corpus" / "splits.json").read_text(encoding="utf-8"))["assignments"]
TEXTS = {
    r["doc_id"]: r["text"]
    for r in map(json.loads, (ROOT / "corpus" / "articles.jsonl").read_text("utf-8").splitlines())
}
TRAIN = {d: t for d, t in TEXTS.items() if SPLITS.get(d) == "train"}
_HARAKAT = re.compile("[\u064b-\u0652\u0640]")  # short vowels, shadda, sukun, tatweel


def _prose() -> str:
    start, end = GUIDELINES.index(BEGIN.format(name="labels")), GUIDELINES.index(END.format(name="labels"))
    return GUIDELINES[:start] + GUIDELINES[end:]


def _paragraphs() -> list[str]:
    """Prose blocks separated by blank lines (a bullet with its continuation lines is one block)."""
    return [" ".join(line.strip() for line in b.splitlines()) for b in re.split(r"\n\s*\n", _prose()) if b.strip()]


def _quotes() -> list[tuple[str, str]]:
    """(quote, the paragraph right after it) for every worked example."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", _prose())]
    out = []
    for i, block in enumerate(blocks):
        if block.startswith("> "):
            after = " ".join(line.strip() for line in blocks[i + 1].splitlines()) if i + 1 < len(blocks) else ""
            out.append((block[2:].strip(), after))
    return out


def _norm(s: str) -> str:
    return _HARAKAT.sub("", s)


def _gold(doc_id: str) -> dict:
    return json.loads((ROOT / "annotations" / "gold" / f"{doc_id}.json").read_text(encoding="utf-8"))


def _home(quote: str) -> str:
    """The one train document a worked example is copied from."""
    homes = [d for d, t in TRAIN.items() if quote in t]
    assert homes, f"not in any train document: {quote}"
    return homes[0]


def test_worked_examples_come_from_train_documents_only() -> None:
    quotes = [q for q, _ in _quotes()]
    assert len(quotes) >= 20
    assert [q for q in quotes if not any(q in t for t in TRAIN.values())] == []


def test_multiword_inline_quotes_come_from_train_documents() -> None:
    """«…» quotes of two words or more in the prose occur in a train document (templates with … excepted)."""
    cues = {c for group in LABELS.values() if isinstance(group, list) for e in group for c in e.get("cues_ar", [])}
    inline = {re.sub(r"\s+", " ", q) for q in re.findall(r"«([^»]+)»", _prose())}
    bad = [q for q in inline if " " in q and "…" not in q and q not in cues and not any(q in t for t in TRAIN.values())]
    assert bad == []


def _claims(after: str, key: str) -> list[str]:
    return re.findall(key + r" «([^»]+)»", after)


@pytest.mark.parametrize(("quote", "after"), _quotes(), ids=lambda x: x[:30] if isinstance(x, str) else "")
def test_worked_example_triggers_match_gold(quote: str, after: str) -> None:
    """'Trigger «X»' after a worked example: gold has an event on X inside the quote, with the mode,
    polarity and type the paragraph gives for it; 'No ... event for «X»': gold has none there."""
    doc_id = _home(quote)
    text, gold = TRAIN[doc_id], _gold(doc_id)
    q_start = text.index(quote)
    inside = [v for v in gold["events"] if q_start <= v["trigger"]["start"] < q_start + len(quote)]
    for trigger in _claims(after, "Trigger"):
        found = [v for v in inside if v["trigger"]["text"] == trigger]
        assert found, f"{doc_id}: no gold event with trigger «{trigger}» in the example"
        sentence = after.split(f"Trigger «{trigger}»", 1)[1].split(". ", maxsplit=1)[0]
        mode = re.search(r"mode `([a-z]+)`", sentence)
        if mode:
            assert mode.group(1) in {v.get("mode") for v in found}, (trigger, mode.group(1))
        if "polarity `NEG`" in sentence:
            assert "NEG" in {v["polarity"] for v in found}, trigger
        types = [t for t in re.findall(r"`([A-Z]+)`", sentence) if t in load_inventory().names("event_types")]
        if types:
            assert types[0] in {v["type"] for v in found}, (trigger, types[0])
    for trigger in re.findall(r"No `[A-Z]+` event for «([^»]+)»(?: or «([^»]+)»)?", after):
        for t in filter(None, trigger):
            assert not [v for v in inside if v["trigger"]["text"] == t], f"{doc_id}: gold has an event on «{t}»"


@pytest.mark.parametrize(("quote", "after"), _quotes(), ids=lambda x: x[:30] if isinstance(x, str) else "")
def test_worked_example_mentions_match_gold(quote: str, after: str) -> None:
    """'«X» is `TYPE`' (or 'is a `TYPE`') after a worked example: gold has a mention X of that type in the quote."""
    doc_id = _home(quote)
    text, gold = TRAIN[doc_id], _gold(doc_id)
    q_start = text.index(quote)
    types = {e["id"]: e["type"] for e in gold["entities"]}
    entity_types = set(load_inventory().names("entity_types"))
    for span, etype in re.findall(r"«([^»]+)» is (?:a |an )?`([A-Z]+)`", after):
        if etype not in entity_types:
            continue
        found = [
            m
            for m in gold["mentions"]
            if m["text"] == span and q_start <= m["start"] < q_start + len(quote) and types[m["entity"]] == etype
        ]
        assert found, f"{doc_id}: no gold {etype} mention «{span}» in the example"


def _shared(kind: str) -> dict[str, set[str]]:
    by_cue: dict[str, set[str]] = {}
    for entry in LABELS[kind]:
        for cue in entry.get("cues_ar", []):
            by_cue.setdefault(_norm(cue), set()).add(entry["name"])
    return {c: names for c, names in by_cue.items() if len(names) > 1}


@pytest.mark.parametrize("kind", ["event_types", "stance_labels", "entity_types"])
def test_a_cue_of_two_types_has_its_condition_in_the_prose(kind: str) -> None:
    """A cue listed for two labels of one layer appears in a prose paragraph that names both labels."""
    paragraphs = [_norm(p) for p in _paragraphs()]
    missing = []
    for cue, names in _shared(kind).items():
        if not any(cue in p and all(f"`{n}`" in p for n in names) for p in paragraphs):
            missing.append((cue, sorted(names)))
    assert missing == []


def test_cues_of_the_issue_are_decided() -> None:
    """لم يستبعد is not a cue (the trigger is يستبعد); حذر and دعم have their deciding condition in the prose."""
    cues = {e["name"]: e["cues_ar"] for e in LABELS["event_types"]}
    assert not any("لم " in c for cs in cues.values() for c in cs)
    assert "استبعد" in cues["REJECT"]
    assert "دعم" not in cues["AID"]

    assert "حذر" in cues["THREATEN"]
    assert "حذر" in cues["STATEMENT"]
    assert any("دعم" in p and "`SUPPORT`" in p and "`AID`" in p for p in map(_norm, _paragraphs()))


def test_named_labels_exist() -> None:
    """Every backticked label-like name in the prose is in the inventory (or AUTHOR, or a validator rule)."""
    inv = load_inventory()
    known = {"AUTHOR", "NIL1", "NIL2"}
    for kind in (*KINDS, "propositions"):
        known |= set(inv.names(kind))
    prose = _prose()
    named = set(re.findall(r"`([A-Z][A-Z_0-9]*|P:[a-z_]*)`", prose))
    unknown = {n for n in named if n not in known and not re.fullmatch(r"Q\d+|[EM]\d+|P:", n)}
    assert unknown == set()
    modes = {m["name"] for e in LABELS["event_types"] for m in e["modes"]}
    assert set(re.findall(r"mode `([a-z]+)`", prose)) <= modes
    rule_like = set(re.findall(r"`([a-z]+(?:-[a-z]+){2,})`", prose))
    assert rule_like <= set(RULES), rule_like - set(RULES)


def test_every_rule_is_stated_once() -> None:
    """The decisions table points to sections instead of restating rules, and no section heading repeats."""
    headings = re.findall(r"^#{2,4} (.+)$", _prose(), re.M)
    assert len(headings) == len(set(headings))
    table = _prose().split("## 7.", 1)[1].split("## 8.", 1)[0]
    rows = [line for line in table.splitlines() if line.startswith("| ") and "---" not in line][1:]
    assert rows
    assert all("section" in row.split("|")[2] for row in rows)
