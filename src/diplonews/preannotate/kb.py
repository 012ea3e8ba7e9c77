"""The knowledge base as the pre-annotator matches it: its names by normalised spelling, nationality adjectives
(the table itself is read by ``diplonews.kb``, which the validator uses too)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from diplonews.kb import kb_lines
from diplonews.preannotate.normalize import normalize

# Names that are also common words in news text ("مالي" is "financial", جدة "grandmother", بورصة "stock exchange",
# وان/فان are وأن/فإن once hamza is folded), with the article-less variants the KB generates: never matched from the KB.
_COMMON_WORDS = (
    *("مالي", "تشاد", "بنين", "توغو", "جدة", "بورصة", "وان", "فان", "حماة", "الخليل", "خليل", "الجليل", "جليل"),
    *("الزرقاء", "زرقاء", "العقبة", "عقبة", "رملة"),
)
_NEVER = frozenset(normalize(w) for w in _COMMON_WORDS)


@dataclass(frozen=True)
class KbEntry:
    """One KB row as matching needs it."""

    qid: str
    type: str
    role_hint: str | None


@cache
def kb_aliases() -> dict[str, KbEntry]:
    """Normalised Arabic label, alias or variant -> entry; an alias two unrelated rows share is dropped.

    A country and its capital spelt alike (الجزائر, الكويت) keep the country.
    """
    found: dict[str, list[KbEntry]] = {}
    for row in map(json.loads, kb_lines()):
        entry = KbEntry(row["qid"], row["type"], row.get("role_hint"))
        for alias in [row["label_ar"], *row["aliases_ar"], *row["variants_ar"]]:
            key = normalize(alias)
            if key and key not in _NEVER and entry not in found.setdefault(key, []):
                found[key].append(entry)
    out: dict[str, KbEntry] = {}
    for key, entries in found.items():
        countries = [e for e in entries if e.type == "GPE"]
        if len(entries) == 1:
            out[key] = entries[0]
        elif len(countries) == len(entries):
            out[key] = countries[0]  # rows are written country before capital
    return out


def _nisbas(label: str) -> list[str]:
    """The normalised masculine adjectives of a one-word country name, with their article: روسيا -> الروسي،
    إيران -> الإيراني، السعودية -> السعودي، الصين -> الصيني (ألمانيا's alef is no article: الألماني); a name in
    ي takes none more (تشيلي -> التشيلي), one in و takes ف (بيرو -> البيروفي), one in ستان may drop it
    (كازاخستان -> الكازاخي)."""
    if " " in label or len(label) < 3:
        return []
    name = normalize(label)
    stem = name[2:] if label.startswith("ال") else name
    if stem.endswith("ي"):
        return ["ال" + stem]
    if stem.endswith("و"):
        return ["ال" + stem + "في", "ال" + stem + "ي"]
    out = ["ال" + stem + "ي"]
    if stem.endswith("ستان") and len(stem) > 6:
        out.append("ال" + stem[:-4] + "ي")
    for ending in ("يا", "يه", "ا"):
        if stem.endswith(ending) and len(stem) > len(ending) + 2:
            return ["ال" + stem[: -len(ending)] + "ي"]
    return out


def adjective_base(word: str) -> str:
    """The masculine singular ``nationality_adjectives`` is keyed by, of a normalised adjective: الروسيه (الروسية),
    الروسيين, الروسيون -> الروسي; any other word as it is."""
    for ending, keep in (("يه", "ي"), ("يين", "ي"), ("يون", "ي")):
        if word.endswith(ending):
            return word[: -len(ending)] + keep
    return word


@cache
def nationality_adjectives() -> dict[str, str]:
    """Normalised masculine adjective (الروسي) -> the normalised country label it derives from (روسيا).

    Countries only (rows with an ISO code), never capitals (الرياض would give الرياضي, "sporting"); an
    adjective two countries would share is dropped.
    """
    found: dict[str, set[str]] = {}
    for row in map(json.loads, kb_lines()):
        if not row.get("iso2"):
            continue
        for label in [row["label_ar"], *row["aliases_ar"], *row["variants_ar"]]:
            key = normalize(label)
            for adjective in _nisbas(label) if key not in _NEVER else []:
                found.setdefault(adjective, set()).add(row["qid"] + "\t" + key)
    out: dict[str, str] = {}
    for adjective, labels in found.items():
        if len({label.split("\t")[0] for label in labels}) == 1:
            out[adjective] = sorted(labels)[0].split("\t")[1]
    return out
