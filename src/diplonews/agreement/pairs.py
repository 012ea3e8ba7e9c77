"""Per annotator pair accumulators: each document's entity and event comparison is added, then the items dropped."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, fields
from itertools import chain, product
from operator import itemgetter

from diplonews.agreement.spans import Counts, EntityLabel, Items, StrictKey, overlap_matches, set_counts

_type_of = itemgetter(2)
# The two raters of an entity pair's label units (whoever the annotators are).
SIDES = ("left", "right")


@dataclass
class EntityPair:
    """Entity agreement of one annotator pair, summed document by document."""

    strict: Counts = field(default_factory=Counts)
    exact: Counts = field(default_factory=Counts)
    overlap: Counts = field(default_factory=Counts)
    per_type: dict[str, Counts] = field(default_factory=dict)
    boundary: int = 0
    # (label of one annotator's mention, label of the other's) for every two mentions on a span both marked.
    shared: Counter[tuple[EntityLabel, EntityLabel]] = field(default_factory=Counter)

    def add(self, a: Items, b: Items) -> Counts:
        """Add one document's two annotations; returns that document's strict counts (for its per-document row)."""
        both = a.strict & b.strict
        doc_strict = Counts(len(both), len(a.strict), len(b.strict))
        self.strict.add(doc_strict)
        common = a.labels.keys() & b.labels.keys()
        self.exact.add(Counts(len(common), len(a.labels), len(b.labels)))
        matched, boundary = overlap_matches(a.strict, b.strict)
        self.overlap.add(Counts(matched, len(a.strict), len(b.strict)))
        self.boundary += boundary
        self._add_per_type(a, b, both)
        # Every mention on a shared span meets every mention of the other annotator on it (one each, as a rule);
        # counted in C, the label pairs and the kb pairs read off this at the end.
        self.shared.update(
            chain.from_iterable(map(product, map(a.labels.__getitem__, common), map(b.labels.__getitem__, common)))
        )
        return doc_strict

    def _add_per_type(self, a: Items, b: Items, both: frozenset[StrictKey]) -> None:
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

    def merge(self, later: EntityPair) -> None:
        """Add the sums of the documents that come after these (types and label pairs keep first-seen order)."""
        for counts in ("strict", "exact", "overlap"):
            getattr(self, counts).add(getattr(later, counts))
        for t, c in later.per_type.items():
            self.per_type.setdefault(t, Counts()).add(c)
        self.boundary += later.boundary
        self.shared.update(later.shared)

    @property
    def labels(self) -> Counter[tuple[str, str]]:
        """(type, type) -> how many mention pairs on shared spans have these entity types."""
        out: Counter[tuple[str, str]] = Counter()
        for (x, y), n in self.shared.items():
            out[x[0], y[0]] += n
        return out

    def coded_labels(self) -> list[tuple[dict[str, str], int]]:
        """``labels`` as the coefficients' input: units rated by ``SIDES``, each with its count."""
        left, right = SIDES
        return [({left: x, right: y}, n) for (x, y), n in self.labels.items()]

    @property
    def qid(self) -> tuple[int, int]:
        """(mention pairs on shared spans where either side has a kb, those with the same kb)."""
        n = same = 0
        for ((_, x), (_, y)), c in self.shared.items():
            if x is not None or y is not None:
                n += c
                same += c if x == y else 0
        return n, same


@dataclass
class EventPair:
    """Event agreement of one annotator pair, summed document by document."""

    trigger_id: Counts = field(default_factory=Counts)
    trigger: Counts = field(default_factory=Counts)
    argument_id: Counts = field(default_factory=Counts)
    argument: Counts = field(default_factory=Counts)
    argument_id_conditional: Counts = field(default_factory=Counts)
    argument_conditional: Counts = field(default_factory=Counts)
    argument_ace_id: Counts = field(default_factory=Counts)
    argument_ace: Counts = field(default_factory=Counts)

    def merge(self, later: EventPair) -> None:
        """Add the sums of the documents that come after these."""
        for f in fields(self):
            getattr(self, f.name).add(getattr(later, f.name))

    def add(self, a: Items, b: Items) -> Counts:
        """Add one document's two annotations; returns that document's trigger counts (for its per-document row)."""
        doc_trigger = Counts(len(a.triggers & b.triggers), len(a.triggers), len(b.triggers))
        self.trigger.add(doc_trigger)
        both = a.trigger_spans & b.trigger_spans
        self.trigger_id.add(Counts(len(both), len(a.trigger_spans), len(b.trigger_spans)))
        self.argument_id.add(Counts(len(a.argument_ids & b.argument_ids), len(a.argument_ids), len(b.argument_ids)))
        self.argument.add(Counts(len(a.arguments & b.arguments), len(a.arguments), len(b.arguments)))
        self.argument_ace_id.add(set_counts(a.ace_argument_ids, b.ace_argument_ids))
        self.argument_ace.add(set_counts(a.ace_arguments, b.ace_arguments))
        if both:
            ca = [x for x in a.arguments if x.trigger in both]
            cb = [x for x in b.arguments if x.trigger in both]
            self.argument_id_conditional.add(
                set_counts(((x.trigger, x.filler) for x in ca), ((x.trigger, x.filler) for x in cb))
            )
            self.argument_conditional.add(set_counts(ca, cb))
        return doc_trigger
