"""The validator's bulk fast paths change no finding: seeded mutants of real documents against the findings the
validator gave before the fast paths existed, forced slow paths, and brute-force oracles for the shortcuts."""

from __future__ import annotations

import copy
import itertools
import json
import random
from pathlib import Path
from typing import Any

import pytest

from diplonews.schema import load_inventory
from diplonews.validate import level2, level3, validate_documents

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "validate_mutants.json"

Doc = dict[str, Any]
PROCLITICS = ["و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك"]
FIRST_LETTERS = {p[0] for p in PROCLITICS}
MODES = ["phone", "comment", "yield", "agree", "praise", "attack", "military", "deny"]
ROLES = ["ACTOR", "RECIPIENT", "PARTICIPANT", "TOPIC", "PLACE", "TIME"]
TYPES = ["PER", "ORG", "GPE", "LOC", "FAC", "NORP", "DATE"]


def _reslice(doc: Doc, m: dict[str, Any]) -> None:
    m["text"] = doc["text"][m["start"] : m["end"]] or "x"


def _mutate(doc: Doc, rng: random.Random) -> None:  # noqa: PLR0915 - one branch per kind of damage
    text, ms, es, evs, ss = doc["text"], doc["mentions"], doc["entities"], doc["events"], doc["stances"]
    m = rng.choice(ms)
    k = rng.randrange(24)
    if k == 0 and "proclitic" in m:
        del m["proclitic"]  # proclitic-missing
    elif k == 1 and "proclitic" in m:
        m["start"] -= len(m.pop("proclitic"))  # the proclitic inside the span
        _reslice(doc, m)
    elif k == 2:
        m["proclitic"] = rng.choice(PROCLITICS)
    elif k == 3 and m["end"] - m["start"] > 2:
        m["end"] -= 1
        _reslice(doc, m)
    elif k == 4 and m["end"] - m["start"] > 2:
        m["start"] += 1
        _reslice(doc, m)
    elif k == 5:
        m["end"] = len(text) + 3
    elif k == 6 and evs:
        rng.choice(evs)["mode"] = rng.choice(MODES)
    elif k == 7:
        m["role"] = rng.choice(["GOV", "POP", "LOC"])
    elif k == 8:
        m["entity"] = "E777"
    elif k == 9 and ss:
        rng.choice(ss)["holder"] = rng.choice(["E888", es[0]["id"], "AUTHOR"])
    elif k == 10 and evs:
        ev = rng.choice(evs)
        ev["arguments"].append({"role": rng.choice(ROLES), "ref": rng.choice(ms)["id"]})
    elif k == 11 and evs and evs[0]["arguments"]:
        evs[0]["arguments"].append(dict(evs[0]["arguments"][0]))
    elif k == 12 and evs:
        rng.choice(evs)["arguments"] = []
    elif k == 13 and evs and evs[0]["arguments"]:
        evs[0]["arguments"][0]["ref"] = "M999"
    elif k == 14:
        rng.choice(es)["type"] = rng.choice(TYPES)
    elif k == 15:
        ms.append(copy.deepcopy(m))
    elif k == 16:
        es.append(copy.deepcopy(rng.choice(es)))
    elif k == 17:
        m["level"] = "PRO"
    elif k == 18:
        rng.choice(es)["kb"] = "Q159"
    elif k == 19 and evs:
        evs.append(copy.deepcopy(rng.choice(evs)))
    elif k == 20 and len(ms) > 1:
        other = rng.choice(ms)
        if m["start"] < other["start"] < other["end"]:
            m["end"] = max(m["end"], other["start"] + 1)  # may cross the other mention
            _reslice(doc, m)
    elif k == 21 and ss:
        ss.append(copy.deepcopy(rng.choice(ss)))
    elif k == 22 and ss:
        s = rng.choice(ss)
        s["target"] = s["holder"] if s["holder"] != "AUTHOR" else "P:nato_enlargement"
    elif k == 23:
        es[0]["id"] = es[-1]["id"]


def mutants(base: list[Doc], per_doc: int, seed: int = 8) -> list[tuple[str, Doc]]:
    """(file name, document) for ``per_doc`` damaged copies of each base document (0-4 changes each)."""
    rng = random.Random(seed)
    out = []
    for doc in base:
        for n in range(per_doc):
            copy_ = copy.deepcopy(doc)
            copy_["annotator"] = f"m{n}"  # one annotator per copy: no duplicate-document findings
            for _ in range(rng.choice([0, 1, 2, 4])):
                _mutate(copy_, rng)
            out.append((f"m/{doc['doc_id']}-{n}.json", copy_))
    return out


def _findings() -> list[list[str]]:
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    base: list[Doc] = data["base"]
    articles = {d["doc_id"]: {"doc_id": d["doc_id"], "text": d["text"]} for d in base}
    items = [(Path(name), doc) for name, doc in mutants(base, 40)]
    return [[f.file, f.rule, f.json_path, f.message] for f in validate_documents(items, articles)]


def test_mutants_give_the_findings_committed_before_the_fast_paths() -> None:
    """Every finding on 120 damaged documents equals, in order and wording, what the validator at 629fe68 gave."""
    expected = json.loads(FIXTURE.read_text(encoding="utf-8"))["expected"]
    assert len({rule for _, rule, _, _ in expected}) >= 25  # the mutants break most rules
    assert _findings() == expected


def test_forced_slow_paths_give_the_same_findings(monkeypatch: pytest.MonkeyPatch) -> None:
    """With the bulk proofs disabled (every event and span walked one by one) the findings are the same."""
    fast = _findings()
    monkeypatch.setattr(level3, "_events_fine", lambda *_: False)
    monkeypatch.setattr(level2, "all_fine", lambda *_: False)
    monkeypatch.setattr(level3, "_clitic_joined", lambda known, _: {t for t in known if t[0] in FIRST_LETTERS})
    assert _findings() == fast


def _crossing_pairs(spans: list[tuple[int, int]]) -> bool:
    return any(a < c < b < d for (a, b), (c, d) in itertools.permutations(spans, 2))


def test_nested_agrees_with_pairwise_crossing() -> None:
    """``_nested`` (disjoint shortcut, then the nesting stack) says "no crossing" exactly when no pair crosses."""
    rng = random.Random(3)
    for _ in range(3000):
        spans = []
        for _ in range(rng.randrange(0, 7)):
            start = rng.randrange(0, 20)
            spans.append((start, start + rng.randrange(1, 8)))
        mentions = [{"start": s, "end": e, "text": "x" * (e - s)} for s, e in spans]
        assert level2._nested("x" * 30, mentions, all_usable=True) == (not _crossing_pairs(spans)), spans


def test_clitic_joined_agrees_with_every_proclitic_tried() -> None:
    """The texts flagged for proclitic-inside-span are those equal to some proclitic plus another known text."""
    tables = level3.tables_for(load_inventory())
    rng = random.Random(5)
    words = ["روسيا", "واشنطن", "لندن", "بكين", "ولندن", "فروسيا", "بواشنطن", "و", "ل", "كييف", "وكييف", "الناتو"]
    for _ in range(2000):
        known = set(rng.sample(words, rng.randrange(1, 8)))
        brute = {t for t in known if any(t.startswith(p) and t[len(p) :] in known for p in PROCLITICS)}
        assert level3._clitic_joined(known, tables) == brute, known
