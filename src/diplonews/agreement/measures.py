"""The registry of agreement measures: what each number of the report is, how it is computed, where it is shown.

``MEASURES`` is read by the report (``report.compute`` puts every measure's keys into its layer's block, in this
order), by the text and HTML reports (``formats``: the measures with ``summary``) and by the dataset card
(``release/card.py``: the measures with ``card``, worded by their description). Adding a measure is writing its
function of the layer's input and one entry here.

A layer's input, summed over the documents an annotator pair shares:

- ``entities``, ``entities.label``, ``entities.qid``: an ``EntityPair``; pooled as the mean over pairs;
- ``events``: an ``EventPair``; pooled as the mean over pairs;
- ``stance``: a ``StanceData`` (units, annotators, categories); pooled by computing it over all annotators;
- ``preannotation``: a ``PreannotationData`` (which compared documents started from pre-annotations, and how much
  of them each annotator kept); pooled over every document two or more annotators completed.

Stance units are (document, holder, target). ``alpha`` reads the units as marked: an annotator who did not mark a
unit is missing from it, so a unit one annotator left out carries no pair and does not count. ``alpha_all_units``
reads them as coded: an annotator who completed the document but did not mark the unit rated it ``NOT_MARKED``
("—", no stance annotated), a category of its own beside the inventory's labels (not its ``NONE``-like label,
which is an annotated judgement); annotators who did not complete the document stay missing. ``unit_f1`` is the
pairwise F1 of which units were marked at all, from the same table (the mean over annotator pairs when pooled).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import combinations
from operator import attrgetter
from typing import Any

from diplonews.agreement.coefficients import (
    Ratings,
    alpha_nominal,
    cohen_kappa,
    fleiss_kappa,
    gwet_ac1,
    percent_agreement,
)
from diplonews.agreement.pairs import SIDES, EntityPair
from diplonews.agreement.spans import Counts
from diplonews.agreement.units import UnitTable

# Layers whose pooled numbers are the mean over annotator pairs (the others are computed over all annotators).
MEAN_OVER_PAIRS = frozenset({"entities", "entities.label", "entities.qid", "events"})


@dataclass(frozen=True)
class Measure:
    """One agreement measure: where it sits in the report, its function, and where it is shown."""

    layer: str  # the report block it belongs to (dotted: "entities.label" is report["entities"]["label"])
    keys: tuple[str, ...]  # the report keys it fills; the first is its number, the others qualify it
    function: Callable[[Any], Any]  # the layer's input -> its value (a tuple of values for several keys)
    description: str  # one line; the dataset card's wording
    pooled: bool = True  # reported for all annotators too, not only per pair
    summary: bool = True  # printed in the text report and the HTML summary
    card: bool = False  # a headline figure of the dataset card (pooled measures only)
    text: str = "{key}={value}"  # how the text report prints it; ``block`` is its layer's block

    @property
    def name(self) -> str:
        """The dotted key of its number in the report, e.g. ``entities.strict_f1``."""
        return f"{self.layer}.{self.keys[0]}"

    def values(self, data: Any) -> dict[str, Any]:
        """Its report keys and values for one input."""
        value = self.function(data)
        return {self.keys[0]: value} if len(self.keys) == 1 else dict(zip(self.keys, value, strict=True))


# The rating of a stance unit by an annotator who completed its document but did not mark it (alpha_all_units).
NOT_MARKED = "—"


@dataclass
class StanceData:
    """The stance units of one annotator pair (or of all annotators), with the stance labels of the inventory.

    ``units``: the units as marked (who did not mark a unit is absent from it); ``all_units``: the same units in
    the same order with ``NOT_MARKED`` for every annotator who completed the document but did not mark it.
    """

    units: UnitTable
    annotators: Sequence[str]
    categories: Sequence[str]
    all_units: UnitTable

    @cached_property
    def weights(self) -> list[tuple[Ratings, int]]:
        """Each distinct unit with how many units have it: the coefficients' input."""
        return self.units.counts()

    @cached_property
    def full(self) -> list[tuple[Ratings, int]]:
        """The units every annotator coded."""
        return [(u, n) for u, n in self.weights if len(u) == len(self.annotators)]


@dataclass
class PreannotationData:
    """How the compared documents used pre-annotations (the ``preannotation`` record ``labelstudio pull`` writes).

    ``documents``: documents compared (completed by both of a pair; by two or more annotators when pooled);
    ``preannotated``: of them, those where a compared copy started from pre-annotations; ``counts``: per annotator,
    documents started from pre-annotations and the span items predicted, kept unchanged and changed in them.
    """

    documents: int = 0
    preannotated: int = 0
    counts: dict[str, dict[str, int]] = field(default_factory=dict)

    def add(self, started: Mapping[str, Mapping[str, Any] | None]) -> None:
        """One compared document: annotator -> its copy's ``preannotation`` (None: started from nothing)."""
        self.documents += 1
        self.preannotated += any(v is not None for v in started.values())
        for annotator, record in started.items():
            if record is not None:
                sums = self.counts.setdefault(annotator, dict.fromkeys(PREANNOTATION_COUNTS, 0))
                sums["documents"] += 1
                # An export without the prediction embedded: what was kept or changed is all that is known.
                sums["predicted"] += record.get("predicted", record["kept"] + record["changed"])
                sums["kept"] += record["kept"]
                sums["changed"] += record["changed"]

    def merge(self, later: PreannotationData) -> None:
        """Add the sums of the documents that come after these."""
        self.documents += later.documents
        self.preannotated += later.preannotated
        for annotator, theirs in later.counts.items():
            mine = self.counts.setdefault(annotator, dict.fromkeys(PREANNOTATION_COUNTS, 0))
            for key, n in theirs.items():
                mine[key] += n

    def per_annotator(self) -> dict[str, dict[str, Any]]:
        """annotator -> its sums and the share of predicted items it kept unchanged."""
        return {a: {**c, "kept_unchanged": _share(c["kept"], c["predicted"])} for a, c in sorted(self.counts.items())}


PREANNOTATION_COUNTS = ("documents", "predicted", "kept", "changed")


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _kept_unchanged(data: PreannotationData) -> float | None:
    return _share(sum(c["kept"] for c in data.counts.values()), sum(c["predicted"] for c in data.counts.values()))


def _label_percent(pair: EntityPair) -> float | None:
    labels = pair.labels
    n = sum(labels.values())
    # The shares are 0 or 1 for two raters: their mean is exactly agree / n.
    return sum(c for (x, y), c in labels.items() if x == y) / n if n else None


def _qid_percent(pair: EntityPair) -> float | None:
    n, same = pair.qid
    return same / n if n else None


def _stance_kappa(data: StanceData) -> tuple[float | None, str]:
    if len(data.annotators) == 2:
        a, b = data.annotators
        return cohen_kappa(data.full, (a, b)), "cohen"
    return fleiss_kappa(data.full), "fleiss"


def _stance_units(data: StanceData) -> tuple[int, int, int]:
    pairable = sum(n for u, n in data.weights if len(u) >= 2)
    return len(data.units), pairable, sum(n for _, n in data.full)


def _unit_f1(data: StanceData) -> float | None:
    """F1 of the units themselves: which (holder, target) pairs each annotator marked at all, on the documents
    both completed; with more than two annotators the mean over pairs (pairs without any unit left out)."""
    coded = data.all_units.counts()
    scores = []
    for a, b in combinations(data.annotators, 2):
        counts = Counts()
        for u, n in coded:
            if a in u and b in u:
                x, y = u[a] != NOT_MARKED, u[b] != NOT_MARKED
                counts.add(Counts(n * (x and y), n * x, n * y))
        scores.append(counts.f1)
    present = [f for f in scores if f is not None]
    return sum(present) / len(present) if present else None


_F1 = "pairwise F1"
MEASURES: tuple[Measure, ...] = (
    Measure("entities", ("strict_f1",), attrgetter("strict.f1"),
            f"entity mentions, strict {_F1} (same offsets and type)", card=True),
    Measure("entities", ("exact_f1",), attrgetter("exact.f1"), f"entity mentions, exact-span {_F1} (same offsets)"),
    Measure("entities", ("overlap_f1",), attrgetter("overlap.f1"),
            f"entity mentions, overlap {_F1} (overlapping offsets, same type)", card=True),
    Measure("entities.label", ("n",), lambda p: sum(p.labels.values()),
            "mention pairs on spans both annotators marked", pooled=False),
    Measure("entities.label", ("kappa",), lambda p: cohen_kappa(p.coded_labels(), SIDES),
            "entity types on shared spans, Cohen's kappa"),
    Measure("entities.label", ("alpha",), lambda p: alpha_nominal(p.coded_labels()),
            "entity types on shared spans, Krippendorff's alpha (nominal)"),
    Measure("entities.label", ("percent",), _label_percent,
            "entity types on shared spans, percent agreement", summary=False),
    Measure("entities.qid", ("n",), lambda p: p.qid[0],
            "mention pairs on shared spans where either annotator gave a kb", pooled=False, summary=False),
    Measure("entities.qid", ("percent",), _qid_percent, "kb (QID, NIL) agreement on shared spans",
            text="qid agreement={value} (n={block[n]})"),
    Measure("events", ("trigger_id_f1",), attrgetter("trigger_id.f1"), f"event triggers, span {_F1}"),
    Measure("events", ("trigger_f1",), attrgetter("trigger.f1"),
            f"event triggers, {_F1} (same offsets and event type)", card=True),
    Measure("events", ("argument_id_f1",), attrgetter("argument_id.f1"),
            f"event arguments, {_F1} (same trigger span and filler)"),
    Measure("events", ("argument_f1",), attrgetter("argument.f1"),
            f"event arguments, {_F1} (same trigger, role and filler)", card=True),
    Measure("events", ("argument_id_f1_ace",), attrgetter("argument_ace_id.f1"),
            f"event arguments, ACE/ERE identification {_F1} (same event type and filler offsets, any trigger)"),
    Measure("events", ("argument_f1_ace",), attrgetter("argument_ace.f1"),
            f"event arguments, ACE/ERE classification {_F1} (same event type, filler offsets and role)", card=True),
    Measure("events", ("argument_id_f1_conditional",), attrgetter("argument_id_conditional.f1"),
            f"event arguments of triggers both marked, {_F1} (same filler)", summary=False),
    Measure("events", ("argument_f1_conditional",), attrgetter("argument_conditional.f1"),
            f"event arguments of triggers both marked, {_F1} (same role and filler)"),
    Measure("stance", ("alpha",), lambda d: alpha_nominal(d.weights),
            "stance labels, Krippendorff's alpha (nominal) on the (holder, target) units two or more annotators"
            " marked (a unit only one marked is not counted: see the next two rows)", card=True),
    Measure("stance", ("alpha_all_units",), lambda d: alpha_nominal(d.all_units.counts()),
            "stance labels, Krippendorff's alpha (nominal) on every (holder, target) unit either annotator marked,"
            " a unit left out counting as a category of its own (no stance)", card=True),
    Measure("stance", ("unit_f1",), _unit_f1,
            f"stance units, {_F1} (which (holder, target) pairs were marked at all)", card=True),
    Measure("stance", ("kappa", "kappa_kind"), _stance_kappa,
            "stance labels, Cohen's kappa (two annotators) or Fleiss' kappa, on units all annotators marked"),
    Measure("stance", ("ac1",), lambda d: gwet_ac1(d.weights, d.categories),
            "stance labels, Gwet's AC1 with missing ratings (Gwet's handbook; as irrCAC computes it)"),
    Measure("stance", ("percent",), lambda d: percent_agreement(d.weights), "stance labels, percent agreement"),
    Measure("stance", ("units", "units_pairable", "units_all_annotators"), _stance_units,
            "(document, holder, target) units: all, marked by 2+ annotators, marked by all"),
    Measure("preannotation", ("documents_share",), lambda d: _share(d.preannotated, d.documents),
            "share of the compared documents on which an annotator started from pre-annotations: every figure above"
            " includes them, and annotators who keep the same predictions agree for that reason too", card=True),
    Measure("preannotation", ("kept_unchanged",), _kept_unchanged,
            "span items of the pre-annotations that annotators kept unchanged (share of those predicted)"),
    Measure("preannotation", ("documents", "documents_preannotated"), lambda d: (d.documents, d.preannotated),
            "documents compared, and of them those on which an annotator started from pre-annotations"),
)  # fmt: skip


def measures(layer: str, *, pooled: bool | None = None) -> list[Measure]:
    """The measures of one layer, in registry order; ``pooled=True``/``False`` keeps only those pooled or not."""
    return [m for m in MEASURES if m.layer == layer and (pooled is None or m.pooled == pooled)]


def values(layer: str, data: Any, *, pooled: bool | None = None) -> dict[str, Any]:
    """Every key the layer's measures fill, computed on ``data``, in registry order."""
    out: dict[str, Any] = {}
    for measure in measures(layer, pooled=pooled):
        out.update(measure.values(data))
    return out


def layer_block(report: Mapping[str, Any], layer: str) -> Mapping[str, Any]:
    """The block of a dotted layer in a report (or one pair's part of it): ``entities.label`` is [entities][label]."""
    out = report
    for part in layer.split("."):
        out = out[part]
    return out


def card_measures() -> dict[str, str]:
    """Dotted report key -> description of the measures the dataset card reports."""
    return {m.name: m.description for m in MEASURES if m.card}
