"""Comparable items of one annotated document, entity keys, and the one overlap matcher of the entity F1s."""

from __future__ import annotations

from collections import Counter
from collections.abc import Container, Hashable, Iterable, Mapping
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, NamedTuple

from diplonews.schema import load_inventory

Doc = Mapping[str, Any]


# Plain tuples: built and hashed in C, which matters at 100,000 documents.
Span = tuple[int, int]
StrictKey = tuple[int, int, str]  # (start, end, entity type): the unit of the entity F1s
EntityLabel = tuple[str, str | None]  # (entity type, normalised kb) of a mention


class Trigger(NamedTuple):
    """An event trigger span with its event type."""

    start: int
    end: int
    type: str


class Argument(NamedTuple):
    """An argument: (trigger span, role, filler mention span)."""

    trigger: Span
    role: str
    filler: Span


@dataclass(frozen=True, slots=True)
class Items:
    """Everything of one document that is compared across annotators."""

    strict: frozenset[StrictKey]
    # Span -> the distinct (type, kb) labels of the mentions on it (one, unless mentions share a span).
    labels: dict[Span, list[EntityLabel]]
    type_counts: Counter[str]  # strict keys per entity type
    triggers: frozenset[Trigger]
    arguments: frozenset[Argument]
    stances: dict[tuple[str, str], str]
    # Keys precomputed once per document, since every annotator pair compares them.
    trigger_spans: frozenset[Span]
    argument_ids: frozenset[tuple[Span, Span]]
    # ACE/ERE argument keys, trigger left out: (event type, filler span) and (event type, filler span, role).
    ace_argument_ids: frozenset[tuple[str, Span]]
    ace_arguments: frozenset[tuple[str, Span, str]]


def normal_kb(kb: object) -> str | None:
    """A QID as is; every NIL<n> as "NIL" (NIL numbers are local to one document and annotator); else None."""
    if not isinstance(kb, str):
        return None
    return "NIL" if kb.startswith("NIL") else kb


def entity_keys(doc: Doc, only: Container[str] | None = None) -> dict[str, str]:
    """Entity id -> an annotator-independent key: ``text:`` + the text of its first proper-name (NAM) mention,
    or of its first mention when it has no NAM one; ``id:`` + its id when it has no mention.

    Not its QID: two annotators who link one entity differently, or one of them not at all, still mean the
    same entity, and a stance or cluster must not count as a disagreement for it (linking is compared on its
    own, in ``entities.qid``). The first proper-name mention, not the first mention: one annotator may add a
    description before the name. ``only`` restricts the result to those entity ids.
    """
    names = load_inventory().proper_name_levels
    keys: dict[str, str] = {}
    first: dict[str, tuple[bool, int, str]] = {}  # entity id -> (not NAM, start, text) of its key mention
    for e in doc.get("entities", []):
        if only is None or e["id"] in only:
            keys[e["id"]] = "id:" + e["id"]
    for m in doc.get("mentions", []):
        eid = m.get("entity")
        if eid in keys:
            rank = (m.get("level") not in names, m["start"], m["text"])
            if eid not in first or rank < first[eid]:
                first[eid] = rank
    for eid, (_, _, text) in first.items():
        keys[eid] = "text:" + text
    return keys


def stance_unit(stance: Mapping[str, Any], keys: Mapping[str, str]) -> tuple[str, str]:
    """(holder key, target key) of a stance: entity ids mapped by ``entity_keys``; AUTHOR and P:... kept as they are."""
    holder, target = stance["holder"], stance["target"]
    return keys.get(holder, holder), keys.get(target, target)


def _stances(doc: Doc) -> dict[tuple[str, str], str]:
    """(holder key, target key) -> label for the stances of a document."""
    stance_list = doc.get("stances", [])
    if not stance_list:
        return {}
    named = {s["holder"] for s in stance_list} | {s["target"] for s in stance_list}
    if not all(isinstance(x, str) for x in named):
        raise ValueError(f"stance holders and targets must be strings, got {sorted(map(repr, named))}")
    keys = entity_keys(doc, only=named)
    return {stance_unit(s, keys): s["label"] for s in stance_list}


def _span(item: Mapping[str, Any]) -> Span:
    """(start, end) of a mention or trigger; ValueError unless both are integers (a damaged file)."""
    start, end = item["start"], item["end"]
    if type(start) is not int or type(end) is not int:
        raise ValueError(f"offsets must be integers, got start={start!r}, end={end!r}")
    return start, end


_UNKNOWN: EntityLabel = ("?", None)  # a mention whose entity is not listed
_TYPE = itemgetter(2)


def _mentions(doc: Doc) -> tuple[list[StrictKey], dict[Span, list[EntityLabel]], dict[str, Span]]:
    """The strict key of every mention, the distinct labels on each span, and mention id -> span."""
    # Entity id -> (type, kb) of its mentions.
    info: dict[str, EntityLabel] = {
        e["id"]: (str(e.get("type", "?")), normal_kb(e.get("kb"))) for e in doc.get("entities", [])
    }
    strict: list[StrictKey] = []
    labels: dict[Span, list[EntityLabel]] = {}
    spans: dict[str, Span] = {}
    for m in doc.get("mentions", []):
        span = _span(m)
        label = info.get(m.get("entity", ""), _UNKNOWN)
        strict.append((*span, label[0]))
        on_span = labels.get(span)
        if on_span is None:
            labels[span] = [label]
        elif label not in on_span:
            on_span.append(label)
        spans[m["id"]] = span
    return strict, labels, spans


def items(doc: Doc) -> Items:
    """Extract the comparable items of an annotated document (unknown references are skipped, not fatal)."""
    strict_keys, labels, spans = _mentions(doc)
    triggers: set[Trigger] = set()
    arguments: set[Argument] = set()
    ace: set[tuple[str, Span, str]] = set()
    for v in doc.get("events", []):
        t = _span(v["trigger"])
        triggers.add(Trigger(*t, v["type"]))
        for arg in v.get("arguments", []):
            if arg.get("ref") in spans:
                arguments.add(Argument(t, arg["role"], spans[arg["ref"]]))
                ace.add((v["type"], spans[arg["ref"]], arg["role"]))
    strict = frozenset(strict_keys)
    return Items(
        strict,
        labels,
        Counter(map(_TYPE, strict)),
        frozenset(triggers),
        frozenset(arguments),
        _stances(doc),
        frozenset((t.start, t.end) for t in triggers),
        frozenset((x.trigger, x.filler) for x in arguments),
        frozenset((e_type, filler) for e_type, filler, _ in ace),
        frozenset(ace),
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


def overlap_matches(left: frozenset[StrictKey], right: frozenset[StrictKey]) -> tuple[int, int]:
    """(matched, boundary-only) of a one-to-one matching of same-type mentions whose spans overlap.

    Identical keys match first; what is left is paired greedily, largest overlap first, ties broken by the two
    spans in order (earlier first). The order depends on neither the sets' order nor which side is which, so
    the counts are symmetric. Leftover pairs always differ in their offsets (same offsets and type would have
    matched exactly): they are the boundary-only matches.
    """
    exact = len(left & right)
    rest_b = right - left
    if not rest_b or exact == len(left):
        return exact, 0
    # Only what exact matching left over is paired by overlap: few mentions, so the quadratic scan is cheap.
    by_type: dict[str, list[StrictKey]] = {}
    for b in rest_b:
        by_type.setdefault(b[2], []).append(b)
    candidates = []
    for a in left - right:
        for b in by_type.get(a[2], ()):
            overlap = min(a[1], b[1]) - max(a[0], b[0])
            if overlap > 0:
                spans = sorted((a[:2], b[:2]))
                candidates.append((-overlap, spans[0], spans[1], a, b))
    candidates.sort(key=lambda c: c[:3])
    used_a: set[StrictKey] = set()
    used_b: set[StrictKey] = set()
    for *_, a, b in candidates:
        if a not in used_a and b not in used_b:
            used_a.add(a)
            used_b.add(b)
    return exact + len(used_a), len(used_a)
