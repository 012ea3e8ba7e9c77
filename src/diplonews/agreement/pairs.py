"""Per annotator pair accumulators: each document's entity and event comparison is added, then the items dropped."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable
from dataclasses import dataclass, field
from operator import itemgetter

from diplonews.agreement.spans import Counts, Items, Mention, overlap_pairs, set_counts, span_matches

_type_of = itemgetter(2)


def _overlap_keys(left: frozenset[tuple[int, int, str]], right: frozenset[tuple[int, int, str]]) -> tuple[int, int]:
    """(matched, boundary-only) of ``overlap_pairs`` on mentions with distinct strict keys, from the keys alone."""
    exact = len(left & right)
    rest_a = left - right
    rest_b = right - left
    if not rest_a or not rest_b:
        return exact, 0
    by_type: dict[str, list[tuple[int, int, str]]] = {}
    for b in rest_b:
        by_type.setdefault(b[2], []).append(b)
    candidates = []
    for a in rest_a:
        for b in by_type.get(a[2], ()):
            overlap = min(a[1], b[1]) - max(a[0], b[0])
            if overlap > 0:
                candidates.append((-overlap, a[0], b[0], a[1], b[1], a, b))
    if not candidates:
        return exact, 0
    candidates.sort(key=lambda c: c[:5])
    used_a: set[tuple[int, int, str]] = set()
    used_b: set[tuple[int, int, str]] = set()
    for *_, a, b in candidates:
        if a not in used_a and b not in used_b:
            used_a.add(a)
            used_b.add(b)
    # Leftover pairs always differ in their offsets (same offsets and type would have matched exactly).
    return exact + len(used_a), len(used_a)


@dataclass
class EntityPair:
    """Entity agreement of one annotator pair, summed document by document."""

    strict: Counts = field(default_factory=Counts)
    exact: Counts = field(default_factory=Counts)
    overlap: Counts = field(default_factory=Counts)
    per_type: dict[str, Counts] = field(default_factory=dict)
    labels: Counter[tuple[Hashable, Hashable]] = field(default_factory=Counter)
    qid_n: int = 0
    qid_same: int = 0
    boundary: int = 0

    def add(self, a: Items, b: Items) -> Counts:
        """Add one document's two annotations; returns that document's strict counts (for its per-document row)."""
        both = a.strict & b.strict
        doc_strict = Counts(len(both), len(a.strict), len(b.strict))
        self.strict.add(doc_strict)
        common = a.spans & b.spans
        self.exact.add(Counts(len(common), len(a.spans), len(b.spans)))
        per_type = self.per_type
        for t, n in a.type_counts.items():
            c = per_type.get(t)
            if c is None:
                c = per_type[t] = Counts()
            c.left += n
        for t, n in b.type_counts.items():
            c = per_type.get(t)
            if c is None:
                c = per_type[t] = Counts()
            c.right += n
        for t, n in Counter(map(_type_of, both)).items():
            per_type[t].matched += n
        if a.one_per_span and b.one_per_span:
            # One mention per span on both sides: matching works on key sets, in C, instead of per mention.
            matched, boundary = _overlap_keys(a.strict, b.strict)
            if common:
                self.labels.update(
                    zip(map(a.span_type.__getitem__, common), map(b.span_type.__getitem__, common), strict=True)
                )
                self.qid_n += len(common & (a.kb_spans | b.kb_spans))
                self.qid_same += len(a.span_kb & b.span_kb)
        else:
            left, right = list(map(Mention._make, a.mentions)), list(map(Mention._make, b.mentions))
            pairs = overlap_pairs(left, right)
            matched = len(pairs)
            boundary = sum(1 for x, y in pairs if (x.start, x.end) != (y.start, y.end))
            for x, y in span_matches(left, right):
                self.labels[x.type, y.type] += 1
                if x.kb is not None or y.kb is not None:
                    self.qid_n += 1
                    self.qid_same += x.kb == y.kb
        self.overlap.add(Counts(matched, len(a.mentions), len(b.mentions)))
        self.boundary += boundary
        return doc_strict


@dataclass
class EventPair:
    """Event agreement of one annotator pair, summed document by document."""

    trigger_id: Counts = field(default_factory=Counts)
    trigger: Counts = field(default_factory=Counts)
    argument_id: Counts = field(default_factory=Counts)
    argument: Counts = field(default_factory=Counts)
    argument_id_conditional: Counts = field(default_factory=Counts)
    argument_conditional: Counts = field(default_factory=Counts)

    def add(self, a: Items, b: Items) -> Counts:
        """Add one document's two annotations; returns that document's trigger counts (for its per-document row)."""
        doc_trigger = Counts(len(a.triggers & b.triggers), len(a.triggers), len(b.triggers))
        self.trigger.add(doc_trigger)
        both = a.trigger_spans & b.trigger_spans
        self.trigger_id.add(Counts(len(both), len(a.trigger_spans), len(b.trigger_spans)))
        self.argument_id.add(Counts(len(a.argument_ids & b.argument_ids), len(a.argument_ids), len(b.argument_ids)))
        self.argument.add(Counts(len(a.arguments & b.arguments), len(a.arguments), len(b.arguments)))
        if both:
            ca = [x for x in a.arguments if x.trigger in both]
            cb = [x for x in b.arguments if x.trigger in both]
            self.argument_id_conditional.add(
                set_counts(((x.trigger, x.filler) for x in ca), ((x.trigger, x.filler) for x in cb))
            )
            self.argument_conditional.add(set_counts(ca, cb))
        return doc_trigger
