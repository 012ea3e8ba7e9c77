"""One implementation per rule: every rule fires alone on its fixture, findings on damaged documents are the
committed ones, the sweeps agree with brute force, and every label a rule names comes from labels.json."""

from __future__ import annotations

import copy
import io
import itertools
import json
import random
import re
import tokenize
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from diplonews.cli import main
from diplonews.schema import load_inventory, parse_inventory, schema_dir
from diplonews.validate import RULES, level2, level3, validate_documents
from diplonews.validate.findings import Where

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "validate_mutants.json"
CASES = ROOT / "tests" / "cases"
INDEX = json.loads((CASES / "cases.json").read_text(encoding="utf-8"))
VALIDATE = ROOT / "src" / "diplonews" / "validate"

Doc = dict[str, Any]
PROCLITICS = ["و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك"]
MODES = ["phone", "comment", "yield", "agree", "praise", "attack", "military", "deny"]
ROLES = ["ACTOR", "RECIPIENT", "PARTICIPANT", "TOPIC", "PLACE", "TIME"]
TYPES = ["PER", "ORG", "GPE", "LOC", "FAC", "NORP", "DATE"]
# Rules that cannot fire alone, with the rule that always comes with them and why.
COMPANIONS = {
    "text-not-nfc": (
        "text-mismatch",
        "corpus texts are frozen NFC with \\n line endings, so a text that is not also differs from its record",
    ),
    "annotator-text-mismatch": (
        "text-mismatch",
        "copies that differ cannot all equal the corpus text: the odd one also differs from its record",
    ),
}


def _case_rules(rule: str) -> list[str]:
    case = INDEX["invalid"][rule]
    args = [str(CASES / "invalid" / a) for a in case["args"]]
    result = CliRunner().invoke(main, ["validate", *args, "--corpus", str(CASES / INDEX["corpus"]), "--format", "json"])
    return [f["rule"] for f in json.loads(result.stdout)["findings"]]


@pytest.mark.parametrize("rule", sorted(RULES))
def test_every_rule_fires_alone_on_its_fixture(rule: str) -> None:
    """A rule's fixture gives that rule's findings and no other (COMPANIONS lists the two that cannot be alone)."""
    companion, _why = COMPANIONS.get(rule, (None, ""))
    assert set(_case_rules(rule)) == {rule} | ({companion} if companion else set())


def test_companions_are_only_for_rules_that_need_them() -> None:
    """Each exception names a catalogue rule and a rule that really comes with it."""
    for rule, (companion, why) in COMPANIONS.items():
        assert {rule, companion} <= set(RULES), why
        assert companion in _case_rules(rule), why


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


def _findings(jobs: int = 1) -> list[list[str]]:
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    base: list[Doc] = data["base"]
    articles = {d["doc_id"]: {"doc_id": d["doc_id"], "text": d["text"]} for d in base}
    items = [(Path(name), doc) for name, doc in mutants(base, 40)]
    return [[f.file, f.rule, f.json_path, f.message] for f in validate_documents(items, articles, jobs=jobs)]


def test_mutants_give_the_committed_findings() -> None:
    """Every finding on 120 damaged documents equals, in order and wording, the committed list (see its comment)."""
    expected = json.loads(FIXTURE.read_text(encoding="utf-8"))["expected"]
    assert len({rule for _, rule, _, _ in expected}) >= 25  # the mutants break most rules
    assert _findings() == expected


def test_mutants_give_the_same_findings_in_two_processes() -> None:
    """Checked in chunks by two worker processes, the damaged documents give the same findings in the same order."""
    assert _findings(jobs=2) == _findings(jobs=1)


def _crossing_pairs(spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    return {(i, j) for (i, (a, b)), (j, (c, d)) in itertools.permutations(enumerate(spans), 2) if c < a < d < b}


def test_crossing_sweep_agrees_with_every_pair_tried() -> None:
    """mention-spans-cross names exactly the (mention, earlier-starting mention) pairs that cross."""
    rng = random.Random(3)
    for _ in range(3000):
        spans = []
        for _ in range(rng.randrange(0, 7)):
            start = rng.randrange(0, 20)
            spans.append((start, start + rng.randrange(1, 8)))
        mentions = [{"id": f"M{i}", "start": s, "end": e, "text": "x" * (e - s)} for i, (s, e) in enumerate(spans)]
        found = level2._crossing(mentions, set(), Where("x.json"))
        pairs = {(int(f.json_path[11:-1]), int(re.findall(r"crosses M(\d+)", f.message)[0])) for f in found}
        assert pairs == _crossing_pairs(spans), spans


def test_clitic_joined_agrees_with_every_proclitic_tried() -> None:
    """The texts flagged for proclitic-inside-span are those equal to a proclitic (the longest) plus another text."""
    tables = level3.tables_for(load_inventory())
    rng = random.Random(5)
    words = ["روسيا", "واشنطن", "لندن", "بكين", "ولندن", "فروسيا", "بواشنطن", "و", "ل", "كييف", "وكييف", "الناتو"]
    longest_first = sorted(PROCLITICS, key=len, reverse=True)
    for _ in range(2000):
        known = set(rng.sample(words, rng.randrange(1, 8)))
        brute = {}
        for t in known:
            clitic = next((p for p in longest_first if t.startswith(p) and t[len(p) :] in known), None)
            if clitic is not None:
                brute[t] = (clitic, t[len(clitic) :])
        assert level3._clitic_joined(known, tables) == brute, known


def _changed_inventory() -> Any:
    """labels.json with GOV also for ORG, PER unable to hold a stance, and NOM needing an antecedent too."""
    raw = json.loads((schema_dir() / "labels.json").read_text(encoding="utf-8"))
    next(r for r in raw["mention_roles"] if r["name"] == "GOV")["entity_types"] = ["GPE", "ORG"]
    next(e for e in raw["entity_types"] if e["name"] == "PER")["holds_stance"] = False
    next(x for x in raw["mention_levels"] if x["name"] == "NOM")["needs_antecedent"] = True
    return parse_inventory(raw)


def test_rules_read_their_labels_from_the_inventory() -> None:
    """With a changed labels.json the level-3 rules follow it and their messages name its labels."""
    inv = _changed_inventory()
    doc = json.loads((CASES / "valid" / "a1" / "case-1.json").read_text(encoding="utf-8"))
    doc["entities"][3]["type"] = "ORG"  # Moscow as an ORG keeps its role GOV: GOV now applies to ORG
    doc["mentions"][0]["role"] = "GOV"  # Macron (PER) with role GOV
    doc["mentions"][7]["level"] = "NOM"  # the date's only mention, at a level that now needs an antecedent
    found = list(level3.check_document(doc, inv, Where("x.json", "case-1")))
    assert [(f.rule, f.json_path) for f in found] == [
        ("role-not-gpe", "$.mentions[0].role"),
        ("kb-type-mismatch", "$.entities[3].type"),  # the KB lists Q159 (Russia) as a GPE
        ("pro-without-antecedent", "$.mentions[7]"),
        ("stance-holder-type", "$.stances[0].holder"),
    ]
    assert "role GOV is for ORG or GPE mentions only" in found[0].message
    assert "a stance is held by a ORG, GPE, NORP entity" in found[3].message


def test_rule_table_names_the_inventory_labels() -> None:
    """docs/checks.md's rule texts are filled from the inventory: a changed labels.json changes them."""
    from diplonews.validate.catalogue import rules_markdown

    table = rules_markdown(_changed_inventory())
    assert "(`holds_stance`: ORG, GPE, NORP)" in table
    assert "a NOM or PRO mention's entity also has a NAM mention" in table


def _label_names() -> tuple[set[str], set[str]]:
    """(names a text may not contain as a word, lowercase English mode names a constant may not equal)."""
    raw = json.loads((schema_dir() / "labels.json").read_text(encoding="utf-8"))
    words: set[str] = set()
    modes: set[str] = set()
    for value in raw.values():
        for item in value if isinstance(value, list) else ():
            words.add(item.get("name", item.get("id")))
            modes.update(mode["name"] for mode in item.get("modes", ()))
    return words, modes


def test_no_label_name_is_written_in_the_validators() -> None:
    """No string or comment in validate/ contains a label of labels.json as a word (modes: as a whole string)."""
    words, modes = _label_names()
    found = []
    for path in sorted(VALIDATE.glob("*.py")):
        for tok in tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline):
            if tok.type not in (tokenize.STRING, tokenize.COMMENT):
                continue
            named = set(re.findall(r"[\w:]+", tok.string)) & words
            if tok.type == tokenize.STRING and tok.string.strip("\"'") in modes:
                named.add(tok.string)
            found += [f"{path.name}:{tok.start[0]}: {name}" for name in sorted(named)]
    assert found == []


def _rules_on(doc: Doc) -> list[tuple[str, str]]:
    found = level3.check_document(doc, load_inventory(), Where("x.json", doc["doc_id"]))
    return [(f.rule, f.json_path) for f in found]


def _speech() -> Doc:
    doc: Doc = json.loads((CASES / "invalid" / "stance-holder-speaker.json").read_text(encoding="utf-8"))
    return doc


def _move_evidence(doc: Doc, snippet: str) -> None:
    start = doc["text"].index(snippet)
    doc["stances"][0]["evidence"] = {"start": start, "end": start + len(snippet), "text": snippet}


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (lambda d: _move_evidence(d, "فلاديمير بوتين إن روسيا ستواصل العمل"), "the evidence names the holder"),
        (lambda d: d["stances"][0].update(target="E2"), "the acting state is the target"),
        (lambda d: d["stances"][0].update(holder="E3", target="E1"), "the holder is a state"),
        (lambda d: d["events"][0]["arguments"].clear(), "nobody is the speaker"),
        (lambda d: d["events"][1]["arguments"][0].update(role="PARTICIPANT"), "the state does not act"),
        (lambda d: _move_evidence(d, "مع فرنسا"), "no event inside the evidence"),
    ],
)
def test_speaker_holder_needs_all_three_signs(change: Any, why: str) -> None:
    """stance-holder-speaker fires only when the holder speaks, is not named, and a state acts in the evidence."""
    doc = _speech()
    assert _rules_on(doc) == [("stance-holder-speaker", "$.stances[0].holder")]
    change(doc)
    assert "stance-holder-speaker" not in {rule for rule, _ in _rules_on(doc)}, why


def test_speaker_holder_stays_within_the_sentence() -> None:
    """A speaker whose verb lies in another sentence than the evidence is not taken as its attribution."""
    doc = _speech()
    cut = doc["text"].index(" إن")
    doc["text"] = doc["text"][:cut] + "." + doc["text"][cut + 1 :]  # same length: every offset still holds
    assert _rules_on(doc) == []


def test_label_conflict_compares_labels_not_evidence() -> None:
    """The same (holder, target) twice with one label is no conflict; A, B, A gives one finding, on the B."""
    doc = json.loads((CASES / "valid" / "a1" / "case-1.json").read_text(encoding="utf-8"))
    again = {**doc["stances"][1], "id": "S4", "evidence": doc["stances"][2]["evidence"]}
    doc["stances"].append(again)
    assert _rules_on(doc) == []
    doc["stances"].insert(2, {**again, "id": "S5", "label": "NONE"})
    assert _rules_on(doc) == [("stance-label-conflict", "$.stances[2].label")]
