"""Writes the validator test cases under tests/cases/ (run: python tests/cases/build_cases.py).

One short article (``articles.jsonl``, doc ``case-1``) and one valid annotation of it (``base``);
every invalid case is ``base`` with one deliberate fault, named after the rule it breaks. Offsets are
computed with ``str.find`` from the text, never by hand. ``cases.json`` is the index: for each rule,
what is wrong (the comment the schema forbids inside a document), the arguments to pass to
``diplonews validate``, and the exact findings expected (rule, file, JSON path), written by hand.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
TEXT = (
    "دعا الرئيس الفرنسي إيمانويل ماكرون خلال اتصال هاتفي مع الرئيس الروسي فلاديمير بوتين إلى وقف لإطلاق النار"
    " في أوكرانيا. واتهمت موسكو واشنطن وبرلين بتأجيج الصراع. وقالت برلين الجمعة إن الحوار مستمر."
)


# A second article, for the one rule about reported speech: a leader says what his country will do.
SPEECH = "وقال الرئيس الروسي فلاديمير بوتين إن روسيا ستواصل العمل مع فرنسا."


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def span(snippet: str, occurrence: int = 0, *, text: str = TEXT) -> dict[str, Any]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.find(snippet, start + 1)
    assert start >= 0, snippet
    return {"start": start, "end": start + len(snippet), "text": snippet}


def mention(mid: str, entity: str, snippet: str, occurrence: int = 0, **extra: str) -> dict[str, Any]:
    return {"id": mid, "entity": entity, **span(snippet, occurrence), "level": "NAM", **extra}


def base(annotator: str = "a1") -> dict[str, Any]:
    return {
        "doc_id": "case-1",
        "annotator": annotator,
        "schema_version": "0.1.0",
        "status": "complete",
        "text_sha256": sha(TEXT),
        "text": TEXT,
        "entities": [
            {"id": "E1", "type": "PER", "kb": "Q3052772"},
            {"id": "E2", "type": "PER", "kb": "Q7747"},
            {"id": "E3", "type": "GPE", "kb": "Q212"},
            {"id": "E4", "type": "GPE", "kb": "Q159"},
            {"id": "E5", "type": "GPE", "kb": "Q30"},
            {"id": "E6", "type": "GPE", "kb": "Q183"},
            {"id": "E7", "type": "DATE"},
        ],
        "mentions": [
            mention("M1", "E1", "إيمانويل ماكرون"),
            mention("M2", "E2", "فلاديمير بوتين"),
            mention("M3", "E3", "أوكرانيا", role="LOC"),
            mention("M4", "E4", "موسكو", role="GOV"),
            mention("M5", "E5", "واشنطن", role="GOV"),
            mention("M6", "E6", "برلين", 0, role="GOV", proclitic="و"),
            mention("M7", "E6", "برلين", 1, role="GOV"),
            mention("M8", "E7", "الجمعة"),
        ],
        "events": [
            {
                "id": "V1",
                "type": "CONSULT",
                "mode": "phone",
                "trigger": span("اتصال هاتفي"),
                "arguments": [{"role": "PARTICIPANT", "ref": "M1"}, {"role": "PARTICIPANT", "ref": "M2"}],
                "polarity": "POS",
                "realis": "ACTUAL",
            },
            {
                "id": "V2",
                "type": "REQUEST",
                "mode": "yield",
                "trigger": span("دعا"),
                "arguments": [{"role": "ACTOR", "ref": "M1"}, {"role": "RECIPIENT", "ref": "M2"}],
                "polarity": "POS",
                "realis": "ACTUAL",
                "proposition": "P:ceasefire_ukraine",
            },
            {
                "id": "V3",
                "type": "ACCUSE",
                "mode": "allege",
                "trigger": span("اتهمت"),
                "arguments": [
                    {"role": "ACTOR", "ref": "M4"},
                    {"role": "RECIPIENT", "ref": "M5"},
                    {"role": "RECIPIENT", "ref": "M6"},
                ],
                "polarity": "POS",
                "realis": "ACTUAL",
            },
            {
                "id": "V4",
                "type": "STATEMENT",
                "mode": "comment",
                "trigger": span("قالت"),
                "arguments": [{"role": "ACTOR", "ref": "M7"}, {"role": "TIME", "ref": "M8"}],
                "polarity": "POS",
                "realis": "ACTUAL",
            },
        ],
        "stances": [
            {
                "id": "S1",
                "holder": "E1",
                "target": "P:ceasefire_ukraine",
                "label": "FAVOR",
                "evidence": span("دعا الرئيس الفرنسي إيمانويل ماكرون"),
            },
            {"id": "S2", "holder": "E4", "target": "E5", "label": "AGAINST", "evidence": span("اتهمت موسكو واشنطن")},
            {
                "id": "S3",
                "holder": "E4",
                "target": "E6",
                "label": "AGAINST",
                "evidence": span("اتهمت موسكو واشنطن وبرلين"),
            },
        ],
    }


def speech(annotator: str = "a1") -> dict[str, Any]:
    """The annotation of SPEECH with Putin, the speaker, as the holder of Russia's stated plan (warning only)."""

    def at(snippet: str) -> dict[str, Any]:
        return span(snippet, text=SPEECH)

    return {
        "doc_id": "case-2",
        "annotator": annotator,
        "schema_version": "0.1.0",
        "status": "complete",
        "text_sha256": sha(SPEECH),
        "text": SPEECH,
        "entities": [
            {"id": "E1", "type": "PER", "kb": "Q7747"},
            {"id": "E2", "type": "GPE", "kb": "Q159"},
            {"id": "E3", "type": "GPE", "kb": "Q142"},
        ],
        "mentions": [
            {"id": "M1", "entity": "E1", **at("فلاديمير بوتين"), "level": "NAM"},
            {"id": "M2", "entity": "E2", **at("روسيا"), "level": "NAM", "role": "GOV"},
            {"id": "M3", "entity": "E3", **at("فرنسا"), "level": "NAM", "role": "GOV"},
        ],
        "events": [
            {
                "id": "V1",
                "type": "STATEMENT",
                "mode": "comment",
                "trigger": at("قال"),
                "arguments": [{"role": "ACTOR", "ref": "M1"}],
                "polarity": "POS",
                "realis": "ACTUAL",
            },
            {
                "id": "V2",
                "type": "COOPERATE",
                "mode": "diplomatic",
                "trigger": at("العمل"),
                "arguments": [{"role": "ACTOR", "ref": "M2"}, {"role": "RECIPIENT", "ref": "M3"}],
                "polarity": "POS",
                "realis": "INTENDED",
            },
        ],
        "stances": [
            {
                "id": "S1",
                "holder": "E1",
                "target": "E3",
                "label": "FAVOR",
                "evidence": at("روسيا ستواصل العمل مع فرنسا"),
            }
        ],
    }


def edited(fn: Any, annotator: str = "a1") -> dict[str, Any]:
    doc = base(annotator)
    fn(doc)
    return doc


def retext(doc: dict[str, Any], new: str) -> None:
    doc["text"] = new
    doc["text_sha256"] = sha(new)


def shift(obj: dict[str, Any], by: int) -> None:
    obj["start"] += by
    obj["end"] += by


# rule -> (what is wrong, files relative to invalid/ -> document or raw text, args, expected (rule, file, path))
CASES: dict[str, tuple[str, dict[str, Any], list[str] | None, list[tuple[str, str, str]]]] = {}


def case(
    rule: str, comment: str, files: dict[str, Any], expect: list[tuple[str, str, str]], args: list[str] | None = None
) -> None:
    CASES[rule] = (comment, files, args, expect)


def single(rule: str, comment: str, fn: Any, expect: list[tuple[str, str]]) -> None:
    name = f"{rule}.json"
    case(rule, comment, {name: edited(fn)}, [(r, name, p) for r, p in expect])


def m(i: int) -> Any:
    """A getter of the i-th mention of a document."""
    return lambda d: d["mentions"][i]


def build_levels_1_2() -> None:
    case(
        "json-unreadable",
        "a trailing comma: not JSON",
        {"json-unreadable.json": '{"doc_id": "case-1",}\n'},
        [("json-unreadable", "json-unreadable.json", "$")],
    )
    single(
        "schema-invalid",
        "mention level NAME is not a level",
        lambda d: m(0)(d).update(level="NAME"),
        [("schema-invalid", "$.mentions[0].level")],
    )
    case(
        "doc-id-file-mismatch",
        "a1/case-2.json holds doc case-1",
        {"doc-id-file-mismatch/a1/case-2.json": base()},
        [("doc-id-file-mismatch", "a1/case-2.json", "$.doc_id")],
    )
    case(
        "annotator-folder-mismatch",
        "a2/case-1.json says annotator a1",
        {"annotator-folder-mismatch/a2/case-1.json": base("a1")},
        [("annotator-folder-mismatch", "a2/case-1.json", "$.annotator")],
    )
    single(
        "text-not-nfc",
        "a carriage return replaces the space after the first sentence",
        lambda d: retext(d, TEXT.replace("أوكرانيا. ", "أوكرانيا.\r")),
        [("text-not-nfc", "$.text"), ("text-mismatch", "$.text")],
    )
    single(
        "sha256-mismatch",
        "text_sha256 is not the hash of the text",
        lambda d: d.update(text_sha256="0" * 64),
        [("sha256-mismatch", "$.text_sha256")],
    )
    single(
        "doc-not-in-corpus",
        "doc_id case-404 has no corpus record",
        lambda d: d.update(doc_id="case-404"),
        [("doc-not-in-corpus", "$.doc_id")],
    )
    single(
        "text-mismatch",
        "one letter outside every span differs from the corpus (خلال -> خلاا)",
        lambda d: retext(d, TEXT.replace("خلال", "خلاا")),
        [("text-mismatch", "$.text")],
    )
    single(
        "span-out-of-range",
        "M3 ends at 1000, past the end of the text",
        lambda d: m(2)(d).update(end=1000),
        [("span-out-of-range", "$.mentions[2]")],
    )
    single(
        "span-text-mismatch",
        "M2's offsets are shifted by one",
        lambda d: shift(m(1)(d), 1),
        [("span-text-mismatch", "$.mentions[1]")],
    )
    single(
        "span-whitespace",
        "M1 takes the space after it",
        lambda d: m(0)(d).update(end=m(0)(d)["end"] + 1, text=m(0)(d)["text"] + " "),
        [("span-whitespace", "$.mentions[0]")],
    )
    single(
        "mention-spans-cross",
        "M9 'الفرنسي إيمانويل' crosses M1 'إيمانويل ماكرون'",
        lambda d: d["mentions"].append({**mention("M9", "E1", "الفرنسي إيمانويل"), "level": "NOM"}),
        [("mention-spans-cross", "$.mentions[0]")],
    )


def build_levels_3_4() -> None:
    single(
        "duplicate-id",
        "two stances are called S2",
        lambda d: d["stances"][2].update(id="S2"),
        [("duplicate-id", "$.stances[2].id")],
    )
    single(
        "mention-entity-unresolved",
        "M9 points at E9, which does not exist",
        lambda d: d["mentions"].append(mention("M9", "E9", "الصراع")),
        [("mention-entity-unresolved", "$.mentions[8].entity")],
    )
    single(
        "argument-ref-unresolved",
        "V1's second participant is M99",
        lambda d: d["events"][0]["arguments"][1].update(ref="M99"),
        [("argument-ref-unresolved", "$.events[0].arguments[1].ref")],
    )
    single(
        "stance-holder-unresolved",
        "S1's holder E9 does not exist",
        lambda d: d["stances"][0].update(holder="E9"),
        [("stance-holder-unresolved", "$.stances[0].holder")],
    )
    single(
        "stance-holder-type",
        "S1 is held by the DATE entity E7",
        lambda d: d["stances"][0].update(holder="E7"),
        [("stance-holder-type", "$.stances[0].holder")],
    )
    single(
        "stance-target-unresolved",
        "S2's target E9 does not exist",
        lambda d: d["stances"][1].update(target="E9"),
        [("stance-target-unresolved", "$.stances[1].target")],
    )
    single(
        "stance-self-target",
        "S2: Moscow against Moscow",
        lambda d: d["stances"][1].update(target="E4"),
        [("stance-self-target", "$.stances[1].target")],
    )
    single(
        "event-mode-not-allowed",
        "CONSULT V1 has the REQUEST mode yield",
        lambda d: d["events"][0].update(mode="yield"),
        [("event-mode-not-allowed", "$.events[0].mode")],
    )
    single(
        "event-role-not-allowed",
        "ACCUSE V3 has a PARTICIPANT",
        lambda d: d["events"][2]["arguments"].insert(0, {"role": "PARTICIPANT", "ref": "M3"}),
        [("event-role-not-allowed", "$.events[2].arguments[0]")],
    )
    single(
        "event-required-role-missing",
        "REQUEST V2 has no ACTOR",
        lambda d: d["events"][1]["arguments"].pop(0),
        [("event-required-role-missing", "$.events[1].arguments")],
    )
    single(
        "argument-filler-type",
        "V2's TIME is the GPE mention M3",
        lambda d: d["events"][1]["arguments"].append({"role": "TIME", "ref": "M3"}),
        [("argument-filler-type", "$.events[1].arguments[2]")],
    )
    single(
        "argument-duplicate",
        "V3 lists RECIPIENT M5 twice",
        lambda d: d["events"][2]["arguments"].append({"role": "RECIPIENT", "ref": "M5"}),
        [("argument-duplicate", "$.events[2].arguments[3]")],
    )
    single(
        "proclitic-mismatch",
        "M6 records ب but وبرلين begins with و",
        lambda d: m(5)(d).update(proclitic="ب"),
        [("proclitic-mismatch", "$.mentions[5].proclitic")],
    )
    single(
        "proclitic-missing",
        "M6 'برلين' in وبرلين does not record its و",
        lambda d: m(5)(d).pop("proclitic"),
        [("proclitic-missing", "$.mentions[5]")],
    )

    def clitic_inside(d: dict[str, Any]) -> None:
        m(5)(d).pop("proclitic")
        m(5)(d).update(start=m(5)(d)["start"] - 1, text="وبرلين")

    single(
        "proclitic-inside-span",
        "M6 is 'وبرلين' while M7 is 'برلين' (warning only)",
        clitic_inside,
        [("proclitic-inside-span", "$.mentions[5]")],
    )
    single(
        "mention-cuts-word",
        "M4 is 'موسك', cut inside موسكو (warning only)",
        lambda d: m(3)(d).update(end=m(3)(d)["end"] - 1, text="موسك"),
        [("mention-cuts-word", "$.mentions[3]")],
    )
    single(
        "mention-fields-unset",
        "M1 was pulled from Label Studio with its level left unset (warning only)",
        lambda d: m(0)(d).update(unset=["level"]),
        [("mention-fields-unset", "$.mentions[0].unset")],
    )
    single(
        "role-not-gpe",
        "the PER mention M1 has role GOV",
        lambda d: m(0)(d).update(role="GOV"),
        [("role-not-gpe", "$.mentions[0].role")],
    )
    single(
        "duplicate-span",
        "M9 repeats M2",
        lambda d: d["mentions"].append({**m(1)(d), "id": "M9"}),
        [("duplicate-span", "$.mentions[8]")],
    )
    single(
        "event-duplicate-trigger",
        "V5 is a second STATEMENT on V4's trigger قالت",
        lambda d: d["events"].append({**d["events"][3], "id": "V5", "arguments": [{"role": "ACTOR", "ref": "M7"}]}),
        [("event-duplicate-trigger", "$.events[4]")],
    )
    single(
        "stance-label-conflict",
        "S4 labels Moscow -> Washington FAVOR where S2 says AGAINST",
        lambda d: d["stances"].append(
            {"id": "S4", "holder": "E4", "target": "E5", "label": "FAVOR", "evidence": span("موسكو واشنطن")}
        ),
        [("stance-label-conflict", "$.stances[3].label")],
    )
    case(
        "stance-holder-speaker",
        "case-2: Putin said Russia will keep working with France; the stance toward France is held by Putin, the "
        "speaker, though the evidence names Russia as the one acting (warning only)",
        {"stance-holder-speaker.json": speech()},
        [("stance-holder-speaker", "stance-holder-speaker.json", "$.stances[0].holder")],
    )
    single(
        "entity-without-mention",
        "E8 has no mention",
        lambda d: d["entities"].append({"id": "E8", "type": "PER"}),
        [("entity-without-mention", "$.entities[7]")],
    )
    single(
        "kb-not-linkable",
        "the DATE entity E7 has kb Q1",
        lambda d: d["entities"][6].update(kb="Q1"),
        [("kb-not-linkable", "$.entities[6].kb")],
    )
    single(
        "kb-shared",
        "E5 (Washington) is linked to Q159 like E4 (Moscow)",
        lambda d: d["entities"][4].update(kb="Q159"),
        [("kb-shared", "$.entities[4].kb")],
    )
    single(
        "kb-type-mismatch",
        "E1 (Macron, PER) is linked to Q142, which kb/entities.jsonl lists as a GPE (France) (warning only)",
        lambda d: d["entities"][0].update(kb="Q142"),
        [("kb-type-mismatch", "$.entities[0].type")],
    )

    def pronoun(d: dict[str, Any]) -> None:
        d["entities"].append({"id": "E8", "type": "PER"})
        d["mentions"].append({**mention("M9", "E8", "الحوار"), "level": "PRO"})

    single(
        "pro-without-antecedent",
        "E8's only mention M9 is a PRO",
        pronoun,
        [("pro-without-antecedent", "$.mentions[8]")],
    )

    # A QID that kb/entities.jsonl does not list, so that kb-type-mismatch stays silent here: it was Washington's
    # Q61 until the KB got every capital. Any unlisted QID serves; the case is about two files disagreeing.
    unlisted = "Q4115189"

    def washington_city(d: dict[str, Any]) -> None:
        d["entities"][4]["kb"] = unlisted

    def city_org(d: dict[str, Any]) -> None:
        # The QID moves from واشنطن (E5, now unlinked) to an ORG entity of its own, named by a text nobody else marks.
        del d["entities"][4]["kb"]
        d["entities"].append({"id": "E8", "type": "ORG", "kb": unlisted})
        d["mentions"].append({**mention("M9", "E8", "الروسي"), "level": "NOM"})

    case(
        "qid-type-conflict",
        "gold links a QID to an ORG (الروسي) where a1 and a2 link it to the GPE واشنطن",
        {
            "qid-type-conflict/a1/case-1.json": edited(washington_city, "a1"),
            "qid-type-conflict/a2/case-1.json": edited(washington_city, "a2"),
            "qid-type-conflict/gold/case-1.json": edited(city_org, "gold"),
        },
        [("qid-type-conflict", "gold/case-1.json", "$.entities[7].type")],
    )

    def moscow_org(d: dict[str, Any]) -> None:
        d["entities"][3]["type"] = "ORG"
        m(3)(d).pop("role")

    def moscow_org_nil(d: dict[str, Any]) -> None:
        moscow_org(d)
        d["entities"][3]["kb"] = "NIL1"

    case(
        "surface-form-type-conflict",
        "gold types موسكو ORG (kb NIL1) where a1 and a2 say GPE (warning only)",
        {
            "surface-form-type-conflict/a1/case-1.json": base("a1"),
            "surface-form-type-conflict/a2/case-1.json": base("a2"),
            "surface-form-type-conflict/gold/case-1.json": edited(moscow_org_nil, "gold"),
        },
        [("surface-form-type-conflict", "gold/case-1.json", "$.mentions[3]")],
    )
    case(
        "annotator-text-mismatch",
        "a2's copy has a different letter (خلال -> خلاا) than a1's and the corpus",
        {
            "annotator-text-mismatch/a1/case-1.json": base("a1"),
            "annotator-text-mismatch/a2/case-1.json": edited(lambda d: retext(d, TEXT.replace("خلال", "خلاا")), "a2"),
        },
        [("text-mismatch", "a2/case-1.json", "$.text"), ("annotator-text-mismatch", "a2/case-1.json", "$.text")],
    )
    case(
        "duplicate-document",
        "two files given on the command line are both a1's case-1",
        {"duplicate-document/one.json": base(), "duplicate-document/two.json": base()},
        [("duplicate-document", "two.json", "$.doc_id")],
        args=["duplicate-document/one.json", "duplicate-document/two.json"],
    )


def write(path: Path, content: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False, indent=2) + "\n"
    path.write_text(text, encoding="utf-8")


def main(out: Path = HERE) -> None:
    """Write articles.jsonl, valid/, invalid/ and cases.json under ``out``."""
    article = {
        "doc_id": "case-1",
        "title": None,
        "published": None,
        "outlet": None,
        "agency": None,
        "url": None,
        "language": "ar",
        "source_file": "tests/cases/articles.jsonl",
        "source_lines": [1, 1],
        "normalization": "NFC",
        "offset_unit": "codepoint",
        "text": TEXT,
        "text_sha256": sha(TEXT),
    }
    second = {**article, "doc_id": "case-2", "source_lines": [2, 2], "text": SPEECH, "text_sha256": sha(SPEECH)}
    records = (json.dumps(record, ensure_ascii=False) + "\n" for record in (article, second))
    write(out / "articles.jsonl", "".join(records))
    for sub in ("valid", "invalid"):
        shutil.rmtree(out / sub, ignore_errors=True)
    partial = base("a2")
    del partial["stances"][2], partial["events"][3]
    for annotator, doc in (("a1", base("a1")), ("a2", partial), ("gold", base("gold"))):
        write(out / "valid" / annotator / "case-1.json", doc)
    CASES.clear()
    build_levels_1_2()
    build_levels_3_4()
    index: dict[str, Any] = {}
    for rule, (comment, files, args, expect) in CASES.items():
        for rel, content in files.items():
            write(out / "invalid" / rel, content)
        default = f"{rule}.json" if f"{rule}.json" in files else f"{rule}/"
        index[rule] = {
            "comment": comment,
            "args": args or [default],
            # files are relative to invalid/, as the test resolves them
            "expect": [
                {"rule": r, "file": next(k for k in files if k == f or k.endswith("/" + f)), "json_path": p}
                for r, f, p in expect
            ],
        }
    write(out / "cases.json", {"corpus": "articles.jsonl", "invalid": index})


if __name__ == "__main__":
    main()
