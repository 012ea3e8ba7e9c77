"""The agreement report: pairwise and pooled numbers for entities, events and stances, with diagnostics beside them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from typing import Any

from diplonews.agreement.coefficients import Coded
from diplonews.agreement.measures import NOT_MARKED, PreannotationData, StanceData, layer_block, measures, values
from diplonews.agreement.pairs import EntityPair, EventPair
from diplonews.agreement.spans import Counts
from diplonews.agreement.tally import Annotations, PairTally, mean_present, tally_all

PAIR_SEPARATOR = "~"
# Below these sizes a number is reported but flagged: it rests on too little to mean much.
FEW_ITEMS = 30
SPARSE_CATEGORY = 5
SKEW_SHARE = 0.8
MISSING = NOT_MARKED  # the confusion matrix's row and column for a unit one annotator did not mark


def pair_key(a: str, b: str) -> str:
    """The stable key of an annotator pair: both names sorted, joined by "~"."""
    return PAIR_SEPARATOR.join(sorted((a, b)))


def _diag(code: str, metric: str, message: str) -> dict[str, str]:
    return {"code": code, "metric": metric, "message": message}


def _f1_diagnostics(metric: str, counts: Counts, names: tuple[str, str]) -> list[dict[str, str]]:
    out = []
    if counts.left + counts.right < FEW_ITEMS:
        out.append(_diag("FEW_ITEMS", metric, f"only {counts.left + counts.right} items in all; the F1 is fragile"))
    for name, n in zip(names, (counts.left, counts.right), strict=True):
        if n == 0:
            out.append(_diag("RATER_WITHOUT_ANNOTATIONS", metric, f"{name} marked no items here"))
    return out


def coding_diagnostics(metric: str, weighted: Coded, value: float | None) -> list[dict[str, str]]:
    """Warnings for a coefficient over coded units: few items, one or sparse categories, skewed prevalence.

    ``weighted``: each distinct unit (ratings) with how many units have it, in the order they first appear.
    """
    n_pairable = 0
    ratings: Counter[Hashable] = Counter()
    for unit, n in weighted:
        if len(unit) >= 2:
            n_pairable += n
            for v in unit.values():
                ratings[v] += n
    total = sum(ratings.values())
    out = []
    if n_pairable < FEW_ITEMS:
        out.append(_diag("FEW_ITEMS", metric, f"only {n_pairable} units coded by 2+ annotators"))
    if len(ratings) == 1:
        out.append(
            _diag(
                "SINGLE_CATEGORY",
                metric,
                f"every rating is {next(iter(ratings))!s}; chance-corrected coefficients are undefined or meaningless",
            )
        )
    elif total:
        top, top_n = ratings.most_common(1)[0]
        if top_n / total > SKEW_SHARE:
            out.append(
                _diag(
                    "SKEWED_PREVALENCE",
                    metric,
                    f"{top!s} is {top_n / total:.0%} of ratings; kappa/alpha"
                    " can be low despite high percent agreement (read AC1 beside them)",
                )
            )
        sparse = sorted(str(k) for k, n in ratings.items() if n < SPARSE_CATEGORY)
        if sparse:
            out.append(
                _diag(
                    "SPARSE_CATEGORIES",
                    metric,
                    f"categories with fewer than {SPARSE_CATEGORY} ratings: {', '.join(sparse)}",
                )
            )
    if value is None and n_pairable:
        out.append(_diag("UNDEFINED", metric, "the coefficient is undefined here (expected agreement is 1)"))
    return out


def _pair_entities(acc: EntityPair, names: tuple[str, str]) -> dict[str, Any]:
    strict, boundary = acc.strict, acc.boundary
    diagnostics = _f1_diagnostics("entities.strict_f1", strict, names)
    if boundary:
        diagnostics.append(
            _diag(
                "BOUNDARY_DISAGREEMENT",
                "entities.strict_f1",
                f"{boundary} overlapping same-type"
                " mentions differ only in their boundaries (counted by overlap_f1, not strict_f1)",
            )
        )
    label = values("entities.label", acc)
    diagnostics += coding_diagnostics("entities.label.kappa", acc.coded_labels(), label["kappa"])
    return {
        **values("entities", acc),
        "counts": {
            names[0]: strict.left,
            names[1]: strict.right,
            "strict_matched": strict.matched,
            "overlap_matched": acc.overlap.matched,
            "boundary_only": boundary,
        },
        "per_type": {
            t: {"strict_f1": c.f1, names[0]: c.left, names[1]: c.right, "matched": c.matched}
            for t, c in sorted(acc.per_type.items())
        },
        "label": label,
        "qid": {
            **values("entities.qid", acc),
            "note": "kb compared on mentions with identical offsets; every NIL<n> counts as NIL",
        },
        "diagnostics": diagnostics,
    }


def _pair_events(acc: EventPair, names: tuple[str, str]) -> dict[str, Any]:
    tcls, acls = acc.trigger, acc.argument
    return {
        **values("events", acc),
        "counts": {
            names[0]: tcls.left,
            names[1]: tcls.right,
            "trigger_span_matched": acc.trigger_id.matched,
            "trigger_matched": tcls.matched,
            "arguments_" + names[0]: acls.left,
            "arguments_" + names[1]: acls.right,
            "argument_matched": acls.matched,
        },
        "diagnostics": _f1_diagnostics("events.trigger_f1", tcls, names)
        + _f1_diagnostics("events.argument_f1", acls, names),
    }


def _label_distribution(data: StanceData) -> dict[str, dict[Hashable, int]]:
    """Per annotator, and for all together, how often each stance label was given."""
    distribution: dict[str, dict[Hashable, int]] = {}
    everything: Counter[Hashable] = Counter()
    for a in data.annotators:
        by_label: Counter[Hashable] = Counter()
        for u, n in data.weights:
            if a in u:
                by_label[u[a]] += n
        distribution[a] = {k: v for k, v in sorted(by_label.items()) if v}
    for u, n in data.weights:
        for v in u.values():
            everything[v] += n
    distribution["all"] = {k: v for k, v in sorted(everything.items()) if v}
    return distribution


def _stance_diagnostics(data: StanceData, alpha: float | None) -> list[dict[str, str]]:
    weights = data.weights
    diagnostics = coding_diagnostics("stance.alpha", weights, alpha)
    for a in data.annotators:
        if not any(a in u and n for u, n in weights):
            diagnostics.append(_diag("RATER_WITHOUT_ANNOTATIONS", "stance.alpha", f"{a} marked no stances here"))
    single = sum(n for u, n in weights if len(u) == 1)
    if single:
        diagnostics.append(
            _diag(
                "UNMATCHED_UNITS",
                "stance.alpha",
                f"{single} of {len(data.units)} (document, holder,"
                " target) units were marked by one annotator only; alpha ignores them"
                " (see alpha_all_units and unit_f1)",
            )
        )
    return diagnostics


def _stance_block(data: StanceData) -> dict[str, Any]:
    """The stance numbers every block has (pairs and pooled), their label distribution and diagnostics."""
    block = values("stance", data, pooled=True)
    block["label_distribution"] = _label_distribution(data)
    block["diagnostics"] = _stance_diagnostics(data, block["alpha"])
    return block


def _confusion(data: StanceData) -> dict[str, Any]:
    a, b = data.annotators
    labels = [*data.categories, MISSING]
    matrix = {x: dict.fromkeys(labels, 0) for x in labels}
    for u, n in data.weights:
        if n:
            matrix[str(u.get(a, MISSING))][str(u.get(b, MISSING))] += n
    return {"rows": a, "columns": b, "labels": labels, "matrix": matrix}


def _pair_report(pair: PairTally, categories: Sequence[str]) -> dict[str, Any]:
    """An annotator pair's block of the report."""
    stance = StanceData(pair.units, pair.names, categories, pair.all_units)
    out: dict[str, Any] = {
        "documents": pair.documents,
        "entities": _pair_entities(pair.entities, pair.names),
        "events": _pair_events(pair.events, pair.names),
        "stance": {
            **_stance_block(stance),
            **values("stance", stance, pooled=False),
            "confusion": _confusion(stance),
        },
        "preannotation": _preannotation_block(pair.preannotation),
    }
    if not pair.documents:
        a, b = pair.names
        out["diagnostics"] = [_diag("UNUSABLE_DOCUMENTS", "pair", f"{a} and {b} share no completed document")]
    return out


def stance_labels() -> tuple[str, ...]:
    """The stance labels of the inventory (schema/labels.json), in its order."""
    from diplonews.schema import load_inventory

    return tuple(load_inventory().names("stance_labels"))


def _preannotation_block(data: PreannotationData) -> dict[str, Any]:
    """The preannotation block: its measures and each annotator's share of predicted items kept unchanged."""
    return {**values("preannotation", data), "annotators": data.per_annotator()}


def compute(annotations: Annotations, categories: Sequence[str] | None = None) -> dict[str, Any]:
    """The full agreement report for annotator -> doc_id -> annotated document (only status "complete" counts).

    ``categories`` are the stance labels (default: the inventory's, from schema/labels.json); a stance with any
    other label raises ``AnnotationsInvalidError``. Document by document: each annotator's copy is read once (a
    lazy mapping parses it then), compared with the others, added to the pairs' sums, and dropped, so memory
    grows with the report, not with the corpus.
    """
    categories = tuple(stance_labels() if categories is None else categories)
    annotators = sorted(annotations)
    doc_ids = sorted({d for a in annotators for d in annotations[a]})
    counted = tally_all(annotations, doc_ids, categories)
    pairs, rows = counted.pairs, counted.rows
    report: dict[str, Any] = {"annotators": annotators, "documents": {}, "pairs": {}}
    report["pairs"] = {pair_key(*pair.names): _pair_report(pair, categories) for pair in pairs}
    report.update(_pooled(report["pairs"]))
    report["stance"] = _stance_block(StanceData(counted.pooled, annotators, categories, counted.pooled_all))
    report["preannotation"] = _preannotation_block(counted.preannotation)
    report["documents"] = rows
    for a in annotators:
        if not any(a in row["annotators"] for row in rows.values()):
            report["stance"]["diagnostics"].append(
                _diag("RATER_WITHOUT_ANNOTATIONS", "all", f"{a} has no completed document")
            )
    return report


def _means(pairs: Mapping[str, Mapping[str, Any]], layer: str) -> dict[str, Any]:
    """The mean over annotator pairs of each pooled measure of a layer (pairs without the number left out)."""
    blocks = [layer_block(pair, layer) for pair in pairs.values()]
    return {k: mean_present([b[k] for b in blocks]) for m in measures(layer, pooled=True) for k in m.keys}


def _pooled(pairs: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """The pooled entity and event blocks: macro averages over pairs, diagnostics carried with their pair's name."""
    out: dict[str, Any] = {}
    for layer in ("entities", "events"):
        out[layer] = {
            **_means(pairs, layer),
            "averaged_over_pairs": len(pairs),
            "diagnostics": [{**d, "pair": name} for name, p in pairs.items() for d in p[layer]["diagnostics"]],
        }
    by_pair = [p["entities"] for p in pairs.values()]
    out["entities"]["per_type"] = {
        t: {"strict_f1": mean_present([p["per_type"].get(t, {}).get("strict_f1") for p in by_pair])}
        for t in sorted({t for p in by_pair for t in p["per_type"]})
    }
    out["entities"]["label"] = _means(pairs, "entities.label")
    out["entities"]["qid"] = _means(pairs, "entities.qid")
    return out
