"""Document-level train/validation/test splits, recorded in a committed manifest so no document ever moves.

Policy (also stated in the dataset card):

1. Documents that must not be separated form one *unit*: every document cut from the same source page
   (``source_file``), and every pair of near-duplicate texts (character 5-gram Jaccard >= 0.7 after
   light Arabic normalisation), joined transitively.
2. A unit with a document already in the manifest goes where that document is; old documents never move.
3. New units are taken in a fixed pseudo-random order (sha256 of the unit's smallest doc id and a seed).
   While a split is empty, the next unit goes to it (test, then validation, then train), so a corpus of
   three or more units has documents in every split. After that each unit goes to the split furthest
   below its target share (80/10/10 by documents). Within a stratum
   (the outlet) when every stratum has at least ``MIN_STRATUM_DOCS`` documents; over the whole corpus
   otherwise, which is the case for small corpora (7 documents today).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from diplonews._io import atomic_write_text, dumps, read_json
from diplonews.errors import InputError

SPLITS = ("train", "validation", "test")
RATIOS: dict[str, float] = {"train": 0.8, "validation": 0.1, "test": 0.1}
# Small-corpus rule: an empty split is filled first, test before validation before train, so three
# units already give every split a document (UD puts small treebanks entirely into test).
FILL_FIRST = ("test", "validation", "train")
SEED = "diplonews-splits-v1"
NEAR_DUPLICATE_JACCARD = 0.7
SHINGLE = 5
MIN_STRATUM_DOCS = 30
MANIFEST_PATH = Path("corpus/splits.json")

_DIACRITICS = re.compile(r"[\u064B-\u0652\u0670\u0640]")  # harakat, dagger alef, tatweel
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
_NON_WORD = re.compile(r"[^\w]+")


@dataclass(frozen=True)
class SplitDoc:
    """What the split policy needs to know about one document."""

    doc_id: str
    group: str
    stratum: str
    text: str


def normalize_for_dedup(text: str) -> str:
    """Text folded for near-duplicate detection: NFKC, no diacritics, alef/ya/ta-marbuta folded, one space."""
    text = _DIACRITICS.sub("", unicodedata.normalize("NFKC", text)).translate(_FOLD).lower()
    return " ".join(_NON_WORD.sub(" ", text).split())


def _shingles(text: str) -> frozenset[str]:
    norm = normalize_for_dedup(text)
    if len(norm) < SHINGLE:
        return frozenset({norm})
    return frozenset(norm[i : i + SHINGLE] for i in range(len(norm) - SHINGLE + 1))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """|a ∩ b| / |a ∪ b| (1.0 for two empty sets)."""
    union = len(a | b)
    return len(a & b) / union if union else 1.0


def units(docs: Iterable[SplitDoc]) -> list[list[str]]:
    """Groups of doc ids that must share a split (same page or near-duplicate), each sorted, sorted by first id."""
    docs = sorted(docs, key=lambda d: d.doc_id)
    parent = {d.doc_id: d.doc_id for d in docs}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    first_of_group: dict[str, str] = {}
    for d in docs:
        union(d.doc_id, first_of_group.setdefault(d.group, d.doc_id))
    shingles = [(d.doc_id, _shingles(d.text)) for d in docs]
    # Quadratic, which is fine for thousands of news articles; MinHash would be the next step.
    for i, (a, sa) in enumerate(shingles):
        for b, sb in shingles[i + 1 :]:
            if jaccard(sa, sb) >= NEAR_DUPLICATE_JACCARD:
                union(a, b)
    found: dict[str, list[str]] = {}
    for d in docs:
        found.setdefault(find(d.doc_id), []).append(d.doc_id)
    return sorted(found.values(), key=lambda u: u[0])


def _order_key(unit: list[str]) -> str:
    return hashlib.sha256(f"{SEED}\x00{unit[0]}".encode()).hexdigest()


def assign(docs: Iterable[SplitDoc], previous: Mapping[str, str] | None = None) -> dict[str, str]:
    """doc_id -> split for every doc; documents in ``previous`` keep their split, new ones follow the policy."""
    docs = list(docs)
    previous = dict(previous or {})
    by_id = {d.doc_id: d for d in docs}
    if len(by_id) != len(docs):
        raise InputError("splits: duplicate doc_id in the corpus; every document needs its own id")
    bad = sorted({s for s in previous.values() if s not in SPLITS})
    if bad:
        raise InputError(f"{MANIFEST_PATH}: unknown split names {bad}; use {', '.join(SPLITS)}")
    result = {doc_id: split for doc_id, split in previous.items() if doc_id in by_id}
    new_units: list[list[str]] = []
    for unit in units(docs):
        old = [result[d] for d in unit if d in result]
        if old:
            # Join the unit's existing documents: the split most of them are in, ties to the earliest split.
            split = max(SPLITS, key=lambda s: (old.count(s), -SPLITS.index(s)))
            for doc_id in unit:
                result.setdefault(doc_id, split)
        else:
            new_units.append(unit)

    strata: dict[str, int] = {}
    for doc in docs:
        strata[doc.stratum] = strata.get(doc.stratum, 0) + 1
    stratified = len(strata) > 1 and min(strata.values()) >= MIN_STRATUM_DOCS

    def key_of(doc_id: str) -> str:
        return by_id[doc_id].stratum if stratified else ""

    totals: dict[str, int] = {}
    counts: dict[tuple[str, str], int] = {}
    for doc in docs:
        totals[key_of(doc.doc_id)] = totals.get(key_of(doc.doc_id), 0) + 1
    for doc_id, split in result.items():
        counts[key_of(doc_id), split] = counts.get((key_of(doc_id), split), 0) + 1
    for unit in sorted(new_units, key=_order_key):
        stratum = key_of(unit[0])
        total = totals[stratum]

        def deficit(split: str, stratum: str = stratum, total: int = total) -> tuple[float, int]:
            return RATIOS[split] - counts.get((stratum, split), 0) / total, -SPLITS.index(split)

        empty = [s for s in FILL_FIRST if counts.get((stratum, s), 0) == 0]
        split = empty[0] if empty else max(SPLITS, key=deficit)
        for doc_id in unit:
            result[doc_id] = split
        counts[stratum, split] = counts.get((stratum, split), 0) + len(unit)
    return {doc_id: result[doc_id] for doc_id in sorted(result) if doc_id in by_id}


def split_docs(articles: Mapping[str, Mapping[str, Any]]) -> list[SplitDoc]:
    """SplitDocs of article records (``corpus.load_articles``)."""
    return [
        SplitDoc(doc_id, str(a.get("source_file") or doc_id), str(a.get("outlet") or "unknown"), str(a["text"]))
        for doc_id, a in sorted(articles.items())
    ]


def read_manifest(path: Path) -> dict[str, str]:
    """doc_id -> split from a manifest file; an absent file is an empty manifest."""
    if not path.exists():
        return {}
    raw = read_json(path)
    assignments = raw.get("assignments") if isinstance(raw, dict) else None
    if not isinstance(assignments, dict):
        raise InputError(f"{path}::$.assignments: expected an object doc_id -> split name")
    for doc_id, split in assignments.items():
        if split not in SPLITS:  # a document in no known split would silently leave every release
            raise InputError(
                f"{path}::$.assignments[{doc_id!r}]: {split!r} is not a split ({', '.join(SPLITS)}); "
                "restore the committed value (documents never move)"
            )
    return dict(assignments)


def manifest_text(assignments: Mapping[str, str]) -> str:
    """The canonical manifest JSON for ``assignments``."""
    return dumps(
        {
            "$comment": "Split membership of every document. Documents never move; new ones are added by "
            "`diplonews.splits.update_manifest`. Policy: src/diplonews/splits.py and the dataset card.",
            "seed": SEED,
            "ratios": RATIOS,
            "assignments": dict(sorted(assignments.items())),
        }
    )


def update_manifest(articles: Mapping[str, Mapping[str, Any]], path: Path) -> dict[str, str]:
    """Assign new documents, keep old ones, write the manifest if it changed; returns doc_id -> split."""
    previous = read_manifest(path)
    missing = sorted(set(previous) - set(articles))
    if missing:
        raise InputError(
            f"{path}: documents {missing} are in the split manifest but not in the corpus; "
            "a released document may not disappear (restore it, or make a major release and edit the manifest)"
        )
    assignments = assign(split_docs(articles), previous)
    text = manifest_text(assignments)
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        atomic_write_text(path, text)
    return assignments


def by_split(assignments: Mapping[str, str]) -> dict[str, list[str]]:
    """split -> sorted doc ids."""
    return {s: sorted(d for d, x in assignments.items() if x == s) for s in SPLITS}
