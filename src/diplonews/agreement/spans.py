"""Comparable items of one annotated document, and pairwise F1 by strict, exact-span and overlap matching."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, NamedTuple

Doc = Mapping[str, Any]


# Plain tuples: built and hashed in C, which matters at 100,000 documents.
class Mention(NamedTuple):
    """A mention reduced to what annotators can agree on: offsets, entity type, normalised kb."""

    start: int
    end: int
    type: str
    kb: str | None


MentionKey = tuple[int, int, str, str | None]


class Trigger(NamedTuple):
    """An event trigger span with its event type."""

    start: int
    end: int
    type: str


class Argument(NamedTuple):
    """An argument: (trigger span, role, filler mention span)."""

    trigger: tuple[int, int]
    role: str
    filler: tuple[int, int]


@dataclass(frozen=True, slots=True)
class Items:
    """Everything of one document that is compared across annotators."""

    mentions: frozenset[MentionKey]  # (start, end, type, kb): plain tuples, built in C; Mention._make reads one
    triggers: frozenset[Trigger]
    arguments: frozenset[Argument]
    stances: dict[tuple[str, str], str]
    # Keys precomputed once per document, since every annotator pair compares them.
    strict: frozenset[tuple[int, int, str]]
    spans: frozenset[tuple[int, int]]
    trigger_spans: frozenset[tuple[int, int]]
    argument_ids: frozenset[tuple[tuple[int, int], tuple[int, int]]]
    # Per span, what label agreement compares (exact when every span carries one mention, see ``one_per_span``).
    span_type: dict[tuple[int, int], str]
    span_kb: frozenset[tuple[int, int, str]]
    kb_spans: frozenset[tuple[int, int]]
    type_counts: Counter[str]

    @property
    def one_per_span(self) -> bool:
        """Whether no two mentions share a span (or a strict key): the set-based pair counts are then exact."""
        return len(self.spans) == len(self.mentions)


def normal_kb(kb: object) -> str | None:
    """A QID as is; every NIL<n> as "NIL" (NIL numbers are local to one document and annotator); else None."""
    if not isinstance(kb, str):
        return None
    return "NIL" if kb.startswith("NIL") else kb


def entity_keys(doc: Doc) -> dict[str, str]:
    """Entity id -> an annotator-independent key: its QID, else ``text:`` + the text of its first mention."""
    first: dict[str, tuple[int, str]] = {}
    for m in doc.get("mentions", []):
        eid = m.get("entity")
        if isinstance(eid, str) and (eid not in first or m["start"] < first[eid][0]):
            first[eid] = (m["start"], m["text"])
    keys: dict[str, str] = {}
    for e in doc.get("entities", []):
        kb = e.get("kb")
        if isinstance(kb, str) and kb.startswith("Q"):
            keys[e["id"]] = kb
        elif e["id"] in first:
            keys[e["id"]] = "text:" + first[e["id"]][1]
        else:
            keys[e["id"]] = "id:" + e["id"]
    return keys


def stance_unit(stance: Mapping[str, Any], keys: Mapping[str, str]) -> tuple[str, str]:
    """(holder key, target key) of a stance: entity ids mapped by ``entity_keys``; AUTHOR and P:... kept as they are."""
    holder, target = stance["holder"], stance["target"]
    return keys.get(holder, holder), keys.get(target, target)


def _stance_keys(doc: Doc, stances: list[Mapping[str, Any]]) -> dict[str, str]:
    """``entity_keys`` of just the entities the stances name: the others' keys are never looked up."""
    named = {s["holder"] for s in stances} | {s["target"] for s in stances}
    keys: dict[str, str] = {}
    need_text: set[str] = set()
    for e in doc.get("entities", []):
        eid = e["id"]
        if eid in named:
            kb = e.get("kb")
            if isinstance(kb, str) and kb.startswith("Q"):
                keys[eid] = kb
                need_text.discard(eid)
            else:
                keys[eid] = "id:" + eid
                need_text.add(eid)
    if need_text:
        first: dict[str, tuple[int, str]] = {}
        for m in doc.get("mentions", []):
            eid = m.get("entity")
            if isinstance(eid, str) and eid in need_text and (eid not in first or m["start"] < first[eid][0]):
                first[eid] = (m["start"], m["text"])
        for eid, (_, text) in first.items():
            keys[eid] = "text:" + text
    return keys


_UNKNOWN: tuple[str, None] = ("?", None)  # a mention whose entity is not listed
_START_END = itemgetter(0, 1)
_STRICT = itemgetter(0, 1, 2)
_TYPE = itemgetter(2)
_KB = itemgetter(3)
_SPAN_KB = itemgetter(0, 1, 3)


def items(doc: Doc) -> Items:
    """Extract the comparable items of an annotated document (unknown references are skipped, not fatal)."""
    # Entity id -> (type, kb), the tail of its mentions' keys.
    info: dict[str, tuple[str, str | None]] = {
        e["id"]: (str(e.get("type", "?")), normal_kb(e.get("kb"))) for e in doc.get("entities", [])
    }
    raw: list[MentionKey] = []
    spans: dict[str, tuple[int, int]] = {}
    for m in doc.get("mentions", []):
        span = (m["start"], m["end"])
        raw.append(span + info.get(m.get("entity", ""), _UNKNOWN))
        spans[m["id"]] = span
    triggers: set[Trigger] = set()
    arguments: set[Argument] = set()
    for v in doc.get("events", []):
        t = v["trigger"]
        triggers.add(Trigger(t["start"], t["end"], v["type"]))
        for arg in v.get("arguments", []):
            if arg.get("ref") in spans:
                arguments.add(Argument((t["start"], t["end"]), arg["role"], spans[arg["ref"]]))
    stance_list = doc.get("stances", [])
    keys = _stance_keys(doc, stance_list) if stance_list else {}
    stances = {stance_unit(s, keys): s["label"] for s in stance_list}
    # Per-mention work stays in C: sets and dicts built by map over the (deduplicated) mention tuples.
    mentions = frozenset(raw)
    # "" is a kb that normal_kb keeps but a truth test would drop; only then filter by "is not None".
    with_kb = (
        [x for x in mentions if x[3] is not None]
        if any(kb == "" for _, kb in info.values())
        else list(filter(_KB, mentions))
    )
    span_kb = frozenset(map(_SPAN_KB, with_kb))
    return Items(
        mentions,
        frozenset(triggers),
        frozenset(arguments),
        stances,
        frozenset(map(_STRICT, mentions)),
        frozenset(map(_START_END, mentions)),
        frozenset((t.start, t.end) for t in triggers),
        frozenset((x.trigger, x.filler) for x in arguments),
        dict(zip(map(_START_END, mentions), map(_TYPE, mentions), strict=True)),
        span_kb,
        frozenset(map(_START_END, with_kb)),
        Counter(map(_TYPE, mentions)),
    )


@dataclass
class Counts:
    """Matched items and the sizes of both sides; F1 = 2*matched / (left + right), which is symmetric (Dice)."""

    matched: int = 0
    left: int = 0
    right: int = 0

    def add(self, other: Counts) -> None:
        """Accumulate another document's counts (micro-averaging)."""
        self.matched += other.matched
        self.left += other.left
        self.right += other.right

    @property
    def f1(self) -> float | None:
        """The F1 score; None when neither side has any item (nothing to agree on)."""
        total = self.left + self.right
        return 2 * self.matched / total if total else None


def set_counts(left: Iterable[Hashable], right: Iterable[Hashable]) -> Counts:
    """Counts for exact matching of two sets of keys."""
    a = left if isinstance(left, frozenset | set) else set(left)
    b = right if isinstance(right, frozenset | set) else set(right)
    return Counts(len(a & b), len(a), len(b))


def overlap_pairs(left: Iterable[Mention], right: Iterable[Mention]) -> list[tuple[Mention, Mention]]:
    """One-to-one matching of same-type mentions whose spans overlap; exact matches first, then largest overlap."""
    by_key = {(m.start, m.end, m.type): m for m in right}
    pairs: list[tuple[Mention, Mention]] = []
    rest_a: list[Mention] = []
    for a in left:
        b = by_key.pop((a.start, a.end, a.type), None)
        if b is None:
            rest_a.append(a)
        else:
            pairs.append((a, b))
    # Only what exact matching left over is paired by overlap: few mentions, so the quadratic scan is cheap.
    candidates = []
    for a in rest_a:
        for b in by_key.values():
            overlap = min(a.end, b.end) - max(a.start, b.start)
            if overlap > 0 and a.type == b.type:
                candidates.append((-overlap, a.start, b.start, a.end, b.end, a, b))
    candidates.sort(key=lambda c: c[:5])
    used_a: set[Mention] = set()
    used_b: set[Mention] = set()
    for *_, a, b in candidates:
        if a not in used_a and b not in used_b:
            used_a.add(a)
            used_b.add(b)
            pairs.append((a, b))
    return pairs


def span_matches(left: Iterable[Mention], right: Iterable[Mention]) -> list[tuple[Mention, Mention]]:
    """Pairs of mentions with identical offsets (each span once per side; types may differ)."""
    by_span = {(m.start, m.end): m for m in right}
    return [(m, by_span[(m.start, m.end)]) for m in left if (m.start, m.end) in by_span]
