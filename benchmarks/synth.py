"""Seeded synthetic corpora in the annotated-document format: Arabic-like news texts, 2-3 annotators who disagree."""

from __future__ import annotations

import argparse
import random
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import orjson

from diplonews._io import sha256_text
from diplonews.schema import load_inventory

# Gazetteer: (key, type, qid, proper names, descriptions). QIDs of well-known items are real; the rest are
# distinct made-up numbers, which is all the validator's one-QID-one-type rule needs.
GAZETTEER: tuple[tuple[str, str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("putin", "PER", "Q7747", ("فلاديمير بوتين", "بوتين"), ("الرئيس الروسي",)),
    ("macron", "PER", "Q3052772", ("إيمانويل ماكرون", "ماكرون"), ("الرئيس الفرنسي", "نظيره الفرنسي")),
    ("lavrov", "PER", "Q80137", ("سيرغي لافروف", "لافروف"), ("وزير الخارجية الروسي",)),
    ("zelensky", "PER", "Q3881", ("فولوديمير زيلينسكي", "زيلينسكي"), ("الرئيس الأوكراني",)),
    ("pezeshkian", "PER", "Q5953519", ("مسعود بزشكيان", "بزشكيان"), ("الرئيس الإيراني",)),
    ("erdogan", "PER", "Q39259", ("رجب طيب أردوغان", "أردوغان"), ("الرئيس التركي",)),
    ("guterres", "PER", "Q311440", ("أنطونيو غوتيريش", "غوتيريش"), ("الأمين العام للأمم المتحدة",)),
    ("barrot", "PER", "Q20000001", ("جان نويل بارو", "بارو"), ("وزير الخارجية الفرنسي",)),
    ("russia", "GPE", "Q159", ("روسيا", "موسكو"), ("الجانب الروسي",)),
    ("france", "GPE", "Q142", ("فرنسا", "باريس"), ("الجانب الفرنسي",)),
    ("ukraine", "GPE", "Q212", ("أوكرانيا", "كييف"), ()),
    ("iran", "GPE", "Q794", ("إيران", "طهران"), ("الجمهورية الإسلامية",)),
    ("usa", "GPE", "Q30", ("الولايات المتحدة", "واشنطن"), ()),
    ("germany", "GPE", "Q183", ("ألمانيا", "برلين"), ()),
    ("turkey", "GPE", "Q43", ("تركيا", "أنقرة"), ()),
    ("syria", "GPE", "Q858", ("سوريا", "دمشق"), ()),
    ("china", "GPE", "Q148", ("الصين", "بكين"), ()),
    ("un", "ORG", "Q1065", ("الأمم المتحدة",), ("المنظمة الدولية",)),
    ("nato", "ORG", "Q7184", ("حلف الناتو", "الناتو"), ("الحلف الأطلسي",)),
    ("eu", "ORG", "Q458", ("الاتحاد الأوروبي",), ("التكتل الأوروبي",)),
    ("iaea", "ORG", "Q826700", ("الوكالة الدولية للطاقة الذرية",), ("الوكالة الذرية",)),
    ("kremlin", "ORG", "Q20000002", ("الكرملين",), ()),
    ("elysee", "ORG", "Q20000003", ("الإليزيه",), ("الرئاسة الفرنسية",)),
    ("mideast", "LOC", "Q7204", ("الشرق الأوسط",), ("المنطقة",)),
    ("europe", "LOC", "Q46", ("أوروبا",), ("القارة الأوروبية",)),
    ("donbas", "LOC", "Q20000004", ("دونباس",), ()),
    ("zaporizhzhia", "FAC", "Q20000005", ("محطة زابوريجيا النووية",), ("المحطة النووية",)),
    ("hmeimim", "FAC", "Q20000006", ("قاعدة حميميم",), ("القاعدة الجوية",)),
    ("west", "NORP", "Q20000007", ("الدول الغربية", "الغرب"), ()),
    ("jcpoa", "AGREEMENT", "Q20000008", ("الاتفاق النووي",), ("خطة العمل الشاملة المشتركة",)),
    ("astana", "AGREEMENT", "Q20000009", ("صيغة أستانا",), ("مسار أستانا",)),
    ("weapons", "WEAPON", "Q20000010", ("الأسلحة",), ("المعدات العسكرية",)),
    ("patriot", "WEAPON", "Q20000011", ("منظومات باتريوت",), ("الدفاعات الجوية",)),
)
# Entities whose type annotators really disagree on (metonymy, blocs); a swapped type gets its own NIL id so
# that every QID keeps one type across the corpus.
AMBIGUOUS = {"kremlin": "GPE", "elysee": "GPE", "west": "ORG", "eu": "NORP"}
DATES = ("الثلاثاء", "الخميس", "الجمعة", "الأسبوع الماضي", "12 يونيو 2025", "مطلع العام")
MONEY = ("50 مليون يورو", "650 مليون يورو", "ملياري دولار", "300 مليون دولار")
PRONOUNS = ("هو", "هي")
FILLER = (
    "وفق",
    "بيان",
    "مصادر",
    "مطلعة",
    "الجانبين",
    "العلاقات",
    "الثنائية",
    "المرحلة",
    "المقبلة",
    "التطورات",
    "الأخيرة",
    "الأزمة",
    "الحرب",
    "المفاوضات",
    "السلام",
    "الأمن",
    "الدولي",
    "التصعيد",
    "المنطقة",
    "الملف",
    "النووي",
    "الحوار",
    "التعاون",
    "الاقتصادي",
    "العسكري",
    "السياسي",
    "الوضع",
    "الميداني",
    "خلال",
    "مؤتمر",
    "صحافي",
    "مشترك",
    "أكثر",
    "من",
    "ساعتين",
    "في",
    "على",
    "إلى",
    "بعد",
    "قبل",
    "منذ",
    "حول",
    "بين",
    "ضرورة",
    "احترام",
    "سيادة",
    "وحدة",
    "أراضيها",
    "المجتمع",
    "الجهود",
    "الدبلوماسية",
    "تسوية",
    "دائمة",
    "شاملة",
    "الاتصالات",
    "قريبا",
    "لمتابعة",
    "المسألة",
    "نحو",
    "المسؤولية",
    "الأطراف",
    "القضايا",
    "الإقليمية",
)
OPENERS = ("وفي سياق متصل،", "من جهة أخرى،", "وبحسب البيان،", "وفي وقت سابق،", "وأضاف المصدر أن")
CONNECTORS = {"RECIPIENT": "مع", "TOPIC": "بشأن", "ITEM": "", "AMOUNT": "بقيمة", "PLACE": "في", "TIME": "يوم"}
ACTOR_TYPES = ("PER", "ORG", "GPE", "NORP")
ANNOTATOR_NAMES = ("a1", "a2", "a3", "a4", "a5")
GOLD = "gold"


@dataclass(frozen=True)
class Rates:
    """How often one annotator departs from the underlying truth (per item)."""

    miss_mention: float = 0.07
    short_span: float = 0.05
    nil_kb: float = 0.03
    swap_type: float = 0.25
    miss_event: float = 0.08
    event_type: float = 0.06
    event_mode: float = 0.1
    realis: float = 0.08
    polarity: float = 0.02
    miss_stance: float = 0.1
    stance_label: float = 0.12
    skip_document: float = 0.005


class _Text:
    """A text built piece by piece, recording the code point offsets of the spans added to it."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, piece: str) -> tuple[int, int]:
        start = self.length
        self.parts.append(piece)
        self.length += len(piece)
        return start, self.length

    def text(self) -> str:
        return "".join(self.parts)


class _Truth:
    """The underlying annotation of one synthetic document, before annotators depart from it."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.buf = _Text()
        self.entity_of: dict[str, str] = {}  # gazetteer key or value key -> "E<n>"
        self.entities: list[dict[str, Any]] = []
        self.mentions: list[dict[str, Any]] = []
        self.events: list[dict[str, Any]] = []
        self.stances: list[dict[str, Any]] = []
        self.keys: dict[str, str] = {}  # "E<n>" -> gazetteer key ("" for dates and amounts)
        self.cast = rng.sample(GAZETTEER, 9)

    def entity(self, key: str, etype: str, kb: str | None) -> str:
        if key not in self.entity_of:
            eid = f"E{len(self.entities) + 1}"
            self.entity_of[key] = eid
            self.keys[eid] = key
            self.entities.append({"id": eid, "type": etype, **({"kb": kb} if kb else {})})
        return self.entity_of[key]

    def mention(self, eid: str, surface: str, level: str, role: str | None = None, clitic: str = "") -> str:
        if clitic:
            self.buf.add(clitic)
        start, end = self.buf.add(surface)
        mid = f"M{len(self.mentions) + 1}"
        m: dict[str, Any] = {"id": mid, "entity": eid, "start": start, "end": end, "text": surface, "level": level}
        if role:
            m["role"] = role
        if clitic:
            m["proclitic"] = clitic
        self.mentions.append(m)
        return mid

    def named(self, types: tuple[str, ...], role: str | None = None, clitic_ok: bool = False) -> str:
        """Add a proper-name or descriptive mention of a gazetteer entity of one of ``types``."""
        rng = self.rng
        # A story keeps coming back to its few protagonists, with an occasional outsider.
        cast = [g for g in self.cast if g[1] in types]
        key, etype, qid, names, noms = rng.choice(
            cast if cast and rng.random() < 0.85 else [g for g in GAZETTEER if g[1] in types]
        )
        eid = self.entity(key, etype, qid)
        level = "NOM" if noms and rng.random() < 0.2 else "NAM"
        surface = rng.choice(noms if level == "NOM" else names)
        # A proclitic is glued on only where it cannot be mistaken for the name's own first letter.
        clitic = "و" if clitic_ok and rng.random() < 0.3 else ""
        gpe_role = role if etype == "GPE" else None
        return self.mention(eid, surface, level, gpe_role, clitic)

    def value(self, etype: str, choices: tuple[str, ...]) -> str:
        surface = self.rng.choice(choices)
        eid = self.entity(f"{etype}:{surface}", etype, None)
        self.keys[eid] = ""
        return self.mention(eid, surface, "NAM")

    def filler(self, lo: int, hi: int) -> None:
        self.buf.add(" ".join(self.rng.choice(FILLER) for _ in range(self.rng.randint(lo, hi))))

    def event_sentence(self) -> None:
        rng, inv = self.rng, load_inventory()
        etype = rng.choice(inv.event_types)
        if rng.random() < 0.3:
            self.buf.add(rng.choice(OPENERS) + " ")
        if rng.random() < 0.4:
            self.buf.add("و")  # glued to the trigger, outside its span
        t0, t1 = self.buf.add(rng.choice(etype.cues_ar))
        self.buf.add(" ")
        args = [{"role": "ACTOR", "ref": self.named(ACTOR_TYPES, "GOV")}]
        required = set(etype.required_any_of[0]) if etype.required_any_of else set()
        for role in ("RECIPIENT", "TOPIC", "ITEM", "AMOUNT", "PLACE", "TIME"):
            if role not in etype.roles or (role not in required and rng.random() < 0.55):
                continue
            conn = CONNECTORS[role]
            self.buf.add(f" {conn} " if conn else " ")
            if role == "TIME":
                ref = self.value("DATE", DATES)
            elif role == "AMOUNT":
                ref = self.value("MONEY", MONEY)
            else:
                types = tuple(t for t in load_inventory().role(role).fillers if t not in ("DATE", "MONEY"))
                ref = self.named(types, "LOC" if role == "PLACE" else "GOV")
            args.append({"role": role, "ref": ref})
        self.buf.add(" ")
        self.filler(4, 14)
        self.buf.add(". ")
        event: dict[str, Any] = {
            "id": f"V{len(self.events) + 1}",
            "type": etype.name,
            "mode": rng.choice(etype.modes).name,
            "trigger": {"start": t0, "end": t1},
            "arguments": args,
            "polarity": "NEG" if rng.random() < 0.08 else "POS",
            "realis": rng.choices(REALIS, (70, 12, 12, 6))[0],
        }
        if etype.name in ("REQUEST", "SUPPORT", "REJECT", "STATEMENT") and rng.random() < 0.3:
            event["proposition"] = rng.choice(inv.propositions).name
        self.events.append(event)

    def stance_sentence(self) -> None:
        rng, inv = self.rng, load_inventory()
        label = rng.choices(inv.stance_labels, (45, 40, 15))[0]
        if rng.random() < 0.5:
            self.buf.add("و")
        e0, _ = self.buf.add(rng.choice(label.cues_ar))
        self.buf.add(" ")
        self.named(("PER", "ORG", "GPE"), "GOV")
        # Now and then the journalist, not the named speaker, holds the stance.
        holder = self.mentions[-1]["entity"] if rng.random() < 0.9 else "AUTHOR"
        self.buf.add(" ")
        e1, target = 0, ""
        if rng.random() < 0.25:
            self.named(("PER", "ORG", "GPE", "NORP", "AGREEMENT"), "GOV")
            e1, target = self.buf.length, self.mentions[-1]["entity"]
        if target in ("", holder):  # a proposition, as most stances here; nobody takes a stance on themselves
            prop = rng.choice(inv.propositions)
            _, e1 = self.buf.add(("" if self.buf.parts[-1] == " " else " ") + rng.choice(prop.cues_ar))
            target = prop.name
        # A holder has one position per target in a document (validate's stance-label-conflict rule).
        if all((s["holder"], s["target"]) != (holder, target) for s in self.stances):
            stance = {"id": f"S{len(self.stances) + 1}", "holder": holder, "target": target, "label": label.name}
            self.stances.append({**stance, "evidence": {"start": e0, "end": e1}})
        self.buf.add("، ")
        self.filler(3, 10)
        self.buf.add(". ")

    def plain_sentence(self) -> None:
        rng = self.rng
        self.filler(3, 8)
        self.buf.add(" ")
        last = self.mentions[-1] if self.mentions else None
        if last and last["level"] != "PRO" and self.type_of(last["entity"]) == "PER" and rng.random() < 0.2:
            self.mention(last["entity"], rng.choice(PRONOUNS), "PRO")
        else:
            self.named(("PER", "ORG", "GPE", "LOC", "FAC", "NORP", "AGREEMENT", "WEAPON"), "POP", clitic_ok=True)
        self.buf.add(" ")
        self.filler(4, 12)
        self.buf.add(".\n" if rng.random() < 0.4 else ". ")

    def type_of(self, eid: str) -> str:
        return str(self.entities[int(eid[1:]) - 1]["type"])

    def finish(self) -> str:
        """The frozen text; span texts are filled in from it, so they slice it exactly."""
        text = self.buf.text().rstrip()
        for m in self.mentions:
            assert text[m["start"] : m["end"]] == m["text"]
        for span in [e["trigger"] for e in self.events] + [s["evidence"] for s in self.stances]:
            span["text"] = text[span["start"] : span["end"]]
        return text


REALIS = ("ACTUAL", "INTENDED", "HYPOTHETICAL", "GENERIC")
_INDEX = {g[0]: i for i, g in enumerate(GAZETTEER)}


def _truth(rng: random.Random) -> tuple[str, _Truth]:
    truth = _Truth(rng)
    target = rng.randint(1500, 2500)
    truth.event_sentence()
    while truth.buf.length < target - 120:
        roll = rng.random()
        if roll < 0.33:
            truth.event_sentence()
        elif roll < 0.5:
            truth.stance_sentence()
        else:
            truth.plain_sentence()
    return truth.finish(), truth


def _annotate(truth: _Truth, text: str, head: dict[str, str], rng: random.Random, rates: Rates) -> dict[str, Any]:
    """One annotator's version of the truth: missed items, shorter spans, other labels, as people differ."""
    head = {k: head[k] for k in ("doc_id", "annotator", "schema_version")} | {"status": "complete", **head}
    if rng.random() < rates.skip_document:
        return {**head, "status": "skipped", "text": text, "entities": [], "mentions": [], "events": [], "stances": []}
    events = [e for e in truth.events if rng.random() >= rates.miss_event]
    used = {a["ref"] for e in events for a in e["arguments"]}
    mentions = []
    for m in truth.mentions:
        if m["id"] not in used and rng.random() < rates.miss_mention:
            continue
        mine = dict(m)
        gap = m["text"].rfind(" ")
        if gap > 0 and "proclitic" not in m and rng.random() < rates.short_span:
            mine["start"] += gap + 1
            mine["text"] = m["text"][gap + 1 :]
        mentions.append(mine)
    # A pronoun whose name or description was missed is dropped too: it would have no antecedent.
    named = {m["entity"] for m in mentions if m["level"] != "PRO"}
    mentions = [m for m in mentions if m["entity"] in named]
    kept = {m["entity"] for m in mentions}
    entities = []
    for e in truth.entities:
        if e["id"] not in kept:
            continue
        ent = dict(e)
        key = truth.keys[e["id"]]
        if key in AMBIGUOUS and rng.random() < rates.swap_type:
            ent["type"], ent["kb"] = AMBIGUOUS[key], f"NIL{100 + _INDEX[key]}"
        elif "kb" in e and rng.random() < rates.nil_kb:
            ent["kb"] = f"NIL{1 + _INDEX[key]}"
        entities.append(ent)
    return {
        **head,
        "text": text,
        "entities": entities,
        "mentions": mentions,
        "events": [_event(e, rng, rates) for e in events],
        "stances": [
            _stance(s, rng, rates)
            for s in truth.stances
            if rng.random() >= rates.miss_stance and s["holder"] in kept | {"AUTHOR"}
            if not s["target"].startswith("E") or s["target"] in kept
        ],
    }


def _event(event: dict[str, Any], rng: random.Random, rates: Rates) -> dict[str, Any]:
    inv = load_inventory()
    out = {**event, "arguments": [dict(a) for a in event["arguments"]], "trigger": dict(event["trigger"])}
    if rng.random() < rates.event_type:
        roles = [a["role"] for a in out["arguments"]]
        fits = [
            t
            for t in inv.event_types
            if set(roles) <= set(t.roles)
            and any(all(roles.count(r) >= g.count(r) for r in g) for g in t.required_any_of)
        ]
        out["type"] = rng.choice(fits).name
        out["mode"] = rng.choice(inv.event(out["type"]).modes).name
    elif rng.random() < rates.event_mode:
        out["mode"] = rng.choice(inv.event(out["type"]).modes).name
    if rng.random() < rates.realis:
        out["realis"] = rng.choice(REALIS)
    if rng.random() < rates.polarity:
        out["polarity"] = "NEG" if out["polarity"] == "POS" else "POS"
    return out


def _stance(stance: dict[str, Any], rng: random.Random, rates: Rates) -> dict[str, Any]:
    out = {**stance, "evidence": dict(stance["evidence"])}
    if rng.random() < rates.stance_label:
        out["label"] = rng.choice([x for x in ("FAVOR", "AGAINST", "NONE") if x != stance["label"]])
    return out


def doc_id_of(index: int) -> str:
    """The document id of the ``index``-th synthetic document."""
    return f"syn_{index:06d}"


def generate(
    index: int, seed: int = 0, annotators: int = 3, rates: Rates = Rates(), *, with_gold: bool = False
) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """The article record and each annotator's document for one index; the same (seed, index) gives the same output."""
    rng = random.Random(f"diplonews-synth:{seed}:{index}")
    text, truth = _truth(rng)
    assert unicodedata.is_normalized("NFC", text)
    doc_id = doc_id_of(index)
    article = {
        "doc_id": doc_id,
        "title": " ".join(text.split(" ", 8)[:8]).rstrip("،."),
        "published": f"2025-{1 + index % 12:02d}-{1 + index % 28:02d}",
        "outlet": "synthetic",
        "agency": None,
        "url": None,
        "language": "ar",
        "source_file": f"corpus/raw/{doc_id}.txt",
        "source_lines": [1, text.count("\n") + 1],
        "normalization": "NFC",
        "offset_unit": "codepoint",
        "text": text,
        "text_sha256": sha256_text(text),
    }
    version, sha = load_inventory().version, sha256_text(text)
    docs = {
        name: _annotate(
            truth,
            text,
            {"doc_id": doc_id, "annotator": name, "schema_version": version, "text_sha256": sha},
            rng,
            rates,
        )
        for name in ANNOTATOR_NAMES[:annotators]
    }
    if with_gold:
        # The truth itself, as adjudication would ideally recover it; drawn last so annotators are unchanged.
        head = {"doc_id": doc_id, "annotator": GOLD, "schema_version": version, "text_sha256": sha}
        docs[GOLD] = _annotate(truth, text, head, rng, Rates(*([0.0] * len(fields(Rates)))))
    return article, docs


def iter_corpus(
    n: int, seed: int = 0, annotators: int = 3, *, with_gold: bool = False
) -> Iterator[tuple[dict[str, Any], dict[str, dict[str, Any]]]]:
    """Yield ``generate(i)`` for i in 0..n-1, one document at a time."""
    for i in range(n):
        yield generate(i, seed, annotators, with_gold=with_gold)


def write_corpus(root: Path, n: int, seed: int = 0, annotators: int = 3, gold: Path | None = None) -> dict[str, int]:
    """Write ``root/corpus/articles.jsonl`` and ``root/annotations/<annotator>/<doc_id>.json``; return counts.

    With ``gold``, the underlying truth is also written there as ``<doc_id>.json`` by annotator "gold".
    """
    counts = {"documents": 0, "files": 0, "bytes": 0, "mentions": 0, "events": 0, "stances": 0}
    names = ANNOTATOR_NAMES[:annotators]
    if gold is not None:
        gold.mkdir(parents=True, exist_ok=True)
    for name in names:
        (root / "annotations" / name).mkdir(parents=True, exist_ok=True)
    (root / "corpus").mkdir(parents=True, exist_ok=True)
    with (root / "corpus" / "articles.jsonl").open("wb") as corpus:
        for article, docs in iter_corpus(n, seed, annotators, with_gold=gold is not None):
            corpus.write(orjson.dumps(article) + b"\n")
            if gold is not None:
                truth = docs.pop(GOLD)
                (gold / f"{truth['doc_id']}.json").write_bytes(orjson.dumps(truth, option=orjson.OPT_INDENT_2) + b"\n")
            counts["documents"] += 1
            for name, doc in docs.items():
                # Indented like diplonews._io.dumps, so files have the size of real ones.
                data = orjson.dumps(doc, option=orjson.OPT_INDENT_2) + b"\n"
                (root / "annotations" / name / f"{doc['doc_id']}.json").write_bytes(data)
                counts["files"] += 1
                counts["bytes"] += len(data)
                for layer in ("mentions", "events", "stances"):
                    counts[layer] += len(doc[layer])
    return counts


def main(argv: list[str] | None = None) -> int:
    """Command line: write a synthetic corpus to a folder."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("root", type=Path, help="folder to write corpus/ and annotations/ into")
    parser.add_argument("-n", "--documents", type=int, default=1000)
    parser.add_argument("--annotators", type=int, default=3, choices=range(1, len(ANNOTATOR_NAMES) + 1))
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    print(write_corpus(args.root, args.documents, args.seed, args.annotators))
    return 0


if __name__ == "__main__":
    sys.exit(main())
