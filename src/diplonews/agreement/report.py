"""The agreement report: pairwise and pooled numbers for entities, events and stances, with diagnostics beside them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from itertools import combinations
from typing import Any

from diplonews.agreement.coefficients import (
    LIBRARY_UNIT_LIMIT,
    Ratings,
    alpha_nominal_pair_counts,
    cohen_kappa,
    cohen_kappa_counts,
    fleiss_kappa,
    gwet_ac1,
    krippendorff_alpha_nominal,
    percent_agreement,
)
from diplonews.agreement.pairs import EntityPair, EventPair
from diplonews.agreement.spans import Counts, Items, items
from diplonews.agreement.units import UnitTable

Annotations = Mapping[str, Mapping[str, Mapping[str, Any]]]
PAIR_SEPARATOR = "~"
# Below these sizes a number is reported but flagged: it rests on too little to mean much.
FEW_ITEMS = 30
SPARSE_CATEGORY = 5
SKEW_SHARE = 0.8
MISSING = "—"


def pair_key(a: str, b: str) -> str:
    """The stable key of an annotator pair: both names sorted, joined by "~"."""
    return PAIR_SEPARATOR.join(sorted((a, b)))


def _diag(code: str, metric: str, message: str) -> dict[str, str]:
    return {"code": code, "metric": metric, "message": message}


def _mean(values: Sequence[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return sum(present) / len(present) if present else None


def _f1_diagnostics(metric: str, counts: Counts, names: tuple[str, str]) -> list[dict[str, str]]:
    out = []
    if counts.left + counts.right < FEW_ITEMS:
        out.append(_diag("FEW_ITEMS", metric, f"only {counts.left + counts.right} items in all; the F1 is fragile"))
    for name, n in zip(names, (counts.left, counts.right), strict=True):
        if n == 0:
            out.append(_diag("RATER_WITHOUT_ANNOTATIONS", metric, f"{name} marked no items here"))
    return out


def coding_diagnostics(
    metric: str, weighted: Sequence[tuple[Ratings, int]], value: float | None
) -> list[dict[str, str]]:
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


def _label_block(metric: str, pairs: Counter[tuple[Hashable, Hashable]], names: tuple[str, str]) -> dict[str, Any]:
    """Cohen's kappa and nominal alpha on pairs of labels both annotators gave, from a count per (x, y) pair."""
    n = sum(pairs.values())
    units = UnitTable()
    if n <= LIBRARY_UNIT_LIMIT:
        # The library computes alpha here: it gets the units themselves (shared dicts, no copies). Their order
        # is not the documents' order, which does not matter: with two ratings per unit all sums are whole numbers.
        for (x, y), c in pairs.items():
            for _ in range(c):
                units.add(((names[0], x), (names[1], y)))
        alpha = krippendorff_alpha_nominal(units, names)
    else:
        alpha = alpha_nominal_pair_counts(pairs)
    # percent_agreement's shares are 0 or 1 for two raters: their mean is exactly agree / n.
    agree = sum(c for (x, y), c in pairs.items() if x == y)
    kappa = cohen_kappa_counts(pairs)
    return {
        "n": n,
        "kappa": kappa,
        "alpha": alpha,
        "percent": agree / n if n else None,
        "diagnostics": coding_diagnostics(
            f"{metric}.kappa", [({names[0]: x, names[1]: y}, c) for (x, y), c in pairs.items()], kappa
        ),
    }


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
    label = _label_block("entities.label", acc.labels, names)
    return {
        "strict_f1": strict.f1,
        "exact_f1": acc.exact.f1,
        "overlap_f1": acc.overlap.f1,
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
            "n": acc.qid_n,
            "percent": acc.qid_same / acc.qid_n if acc.qid_n else None,
            "note": "kb compared on mentions with identical offsets; every NIL<n> counts as NIL",
        },
        "diagnostics": diagnostics + label.pop("diagnostics"),
    }


def _pair_events(acc: EventPair, names: tuple[str, str]) -> dict[str, Any]:
    tcls, acls = acc.trigger, acc.argument
    return {
        "trigger_id_f1": acc.trigger_id.f1,
        "trigger_f1": tcls.f1,
        "argument_id_f1": acc.argument_id.f1,
        "argument_f1": acls.f1,
        "argument_id_f1_conditional": acc.argument_id_conditional.f1,
        "argument_f1_conditional": acc.argument_conditional.f1,
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


def _add_stance_units(table: UnitTable, by_annotator: Mapping[str, Items], annotators: Sequence[str]) -> None:
    """Append the (holder, target) units of one document, sorted; who did the document but not the unit is missing."""
    present = [(a, by_annotator[a].stances) for a in annotators if a in by_annotator]
    keys = sorted({k for _, stances in present for k in stances})
    for key in keys:
        table.add(tuple((a, stances[key]) for a, stances in present if key in stances))


def _stance_block(units: UnitTable, annotators: Sequence[str], categories: Sequence[str]) -> dict[str, Any]:
    alpha = krippendorff_alpha_nominal(units, annotators)
    full = [u for u in units if len(u) == len(annotators)]
    if len(annotators) == 2:
        kappa = cohen_kappa([(u[annotators[0]], u[annotators[1]]) for u in full])
        kappa_name = "cohen"
    else:
        kappa = fleiss_kappa(full)
        kappa_name = "fleiss"
    weights = units.counts()
    distribution: dict[str, dict[Hashable, int]] = {}
    for a in annotators:
        by_label: Counter[Hashable] = Counter()
        for u, n in weights:
            if a in u:
                by_label[u[a]] += n
        distribution[a] = {k: v for k, v in sorted(by_label.items()) if v}
    everything: Counter[Hashable] = Counter()
    for u, n in weights:
        for v in u.values():
            everything[v] += n
    distribution["all"] = {k: v for k, v in sorted(everything.items()) if v}
    diagnostics = coding_diagnostics("stance.alpha", weights, alpha)
    for a in annotators:
        if not any(a in u and n for u, n in weights):
            diagnostics.append(_diag("RATER_WITHOUT_ANNOTATIONS", "stance.alpha", f"{a} marked no stances here"))
    single = sum(n for u, n in weights if len(u) == 1)
    if single:
        diagnostics.append(
            _diag(
                "UNMATCHED_UNITS",
                "stance.alpha",
                f"{single} of {len(units)} (document, holder,"
                " target) units were marked by one annotator only; alpha ignores them (see unit_f1)",
            )
        )
    return {
        "alpha": alpha,
        "kappa": kappa,
        "kappa_kind": kappa_name,
        "ac1": gwet_ac1(units, categories),
        "percent": percent_agreement(units),
        "units": len(units),
        "units_pairable": sum(n for u, n in weights if len(u) >= 2),
        "units_all_annotators": len(full),
        "label_distribution": distribution,
        "diagnostics": diagnostics,
    }


def _confusion(units: UnitTable, a: str, b: str, categories: Sequence[str]) -> dict[str, Any]:
    labels = [*categories, MISSING]
    matrix = {x: dict.fromkeys(labels, 0) for x in labels}
    for u, n in units.counts():
        if n:
            matrix[str(u.get(a, MISSING))][str(u.get(b, MISSING))] += n
    return {"rows": a, "columns": b, "labels": labels, "matrix": matrix}


class _Pair:
    """Everything summed for one annotator pair while the documents go by."""

    def __init__(self, a: str, b: str) -> None:
        self.names = (a, b)
        self.documents = 0
        self.entities = EntityPair()
        self.events = EventPair()
        self.units = UnitTable()


def compute(annotations: Annotations, categories: Sequence[str] = ("FAVOR", "AGAINST", "NONE")) -> dict[str, Any]:
    """The full agreement report for annotator -> doc_id -> annotated document (only status "complete" counts).

    Document by document: each annotator's copy is read once (a lazy mapping parses it then), compared with the
    others, added to the pairs' sums, and dropped, so memory grows with the report, not with the corpus.
    """
    annotators = sorted(annotations)
    pairs = [_Pair(a, b) for a, b in combinations(annotators, 2)]
    pooled = UnitTable()
    rows: dict[str, dict[str, Any]] = {}
    doc_ids = sorted({d for a in annotators for d in annotations[a]})
    for doc_id in doc_ids:
        by_annotator: dict[str, Items] = {}
        for a in annotators:
            docs = annotations[a]
            if doc_id in docs:
                doc = docs[doc_id]
                if doc.get("status", "complete") == "complete":
                    by_annotator[a] = items(doc)
        if not by_annotator:
            continue
        row: dict[str, list[float | None]] = {}
        for pair in pairs:
            a, b = pair.names
            x, y = by_annotator.get(a), by_annotator.get(b)
            if x is None or y is None:
                continue
            pair.documents += 1
            row.setdefault("entities_strict_f1", []).append(pair.entities.add(x, y).f1)
            row.setdefault("events_trigger_f1", []).append(pair.events.add(x, y).f1)
            start = len(pair.units)
            _add_stance_units(pair.units, by_annotator, pair.names)
            row.setdefault("stance_percent", []).append(percent_agreement(pair.units[start:]))
        _add_stance_units(pooled, by_annotator, annotators)
        rows[doc_id] = {"annotators": sorted(by_annotator), **{k: _mean(v) for k, v in sorted(row.items())}}
    report: dict[str, Any] = {"annotators": annotators, "documents": {}, "pairs": {}}
    for pair in pairs:
        a, b = pair.names
        stance = _stance_block(pair.units, pair.names, categories)
        weights = pair.units.counts()
        stance["unit_f1"] = Counts(
            sum(n for u, n in weights if len(u) == 2),
            sum(n for u, n in weights if a in u),
            sum(n for u, n in weights if b in u),
        ).f1
        stance["confusion"] = _confusion(pair.units, a, b, categories)
        report["pairs"][pair_key(a, b)] = {
            "documents": pair.documents,
            "entities": _pair_entities(pair.entities, pair.names),
            "events": _pair_events(pair.events, pair.names),
            "stance": stance,
        }
        if not pair.documents:
            report["pairs"][pair_key(a, b)]["diagnostics"] = [
                _diag("UNUSABLE_DOCUMENTS", "pair", f"{a} and {b} share no completed document")
            ]
    by_pair = list(report["pairs"].values())
    report["entities"] = _pooled(report["pairs"], "entities", ("strict_f1", "exact_f1", "overlap_f1"))
    report["entities"]["per_type"] = {
        t: {"strict_f1": _mean([p["entities"]["per_type"].get(t, {}).get("strict_f1") for p in by_pair])}
        for t in sorted({t for p in by_pair for t in p["entities"]["per_type"]})
    }
    report["entities"]["label"] = {
        k: _mean([p["entities"]["label"][k] for p in by_pair]) for k in ("kappa", "alpha", "percent")
    }
    report["entities"]["qid"] = {"percent": _mean([p["entities"]["qid"]["percent"] for p in by_pair])}
    report["events"] = _pooled(
        report["pairs"],
        "events",
        (
            "trigger_id_f1",
            "trigger_f1",
            "argument_id_f1",
            "argument_f1",
            "argument_id_f1_conditional",
            "argument_f1_conditional",
        ),
    )
    report["stance"] = _stance_block(pooled, annotators, categories)
    report["documents"] = rows
    for a in annotators:
        if not any(a in row["annotators"] for row in rows.values()):
            report["stance"]["diagnostics"].append(
                _diag("RATER_WITHOUT_ANNOTATIONS", "all", f"{a} has no completed document")
            )
    return report


def _pooled(pairs: Mapping[str, Mapping[str, Any]], layer: str, keys: Sequence[str]) -> dict[str, Any]:
    """Macro average over annotator pairs of each pairwise number; diagnostics carried with their pair's name."""
    out: dict[str, Any] = {k: _mean([p[layer][k] for p in pairs.values()]) for k in keys}
    out["averaged_over_pairs"] = len(pairs)
    out["diagnostics"] = [{**d, "pair": name} for name, p in pairs.items() for d in p[layer]["diagnostics"]]
    return out
