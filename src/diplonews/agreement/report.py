"""The agreement report: pairwise and pooled numbers for entities, events and stances, with diagnostics beside them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from itertools import combinations
from typing import Any

from diplonews.agreement.coefficients import (
    Ratings,
    cohen_kappa,
    fleiss_kappa,
    gwet_ac1,
    krippendorff_alpha_nominal,
    percent_agreement,
)
from diplonews.agreement.spans import Counts, Items, items, overlap_pairs, set_counts, span_matches

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


def coding_diagnostics(metric: str, units: Sequence[Ratings], value: float | None) -> list[dict[str, str]]:
    """Warnings for a coefficient over coded units: few items, one or sparse categories, skewed prevalence."""
    pairable = [u for u in units if len(u) >= 2]
    ratings = Counter(v for u in pairable for v in u.values())
    total = sum(ratings.values())
    out = []
    if len(pairable) < FEW_ITEMS:
        out.append(_diag("FEW_ITEMS", metric, f"only {len(pairable)} units coded by 2+ annotators"))
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
    if value is None and pairable:
        out.append(_diag("UNDEFINED", metric, "the coefficient is undefined here (expected agreement is 1)"))
    return out


def _label_block(metric: str, pairs: list[tuple[Hashable, Hashable]], names: tuple[str, str]) -> dict[str, Any]:
    """Cohen's kappa and nominal alpha on pairs of labels both annotators gave."""
    units: list[Ratings] = [{names[0]: x, names[1]: y} for x, y in pairs]
    kappa = cohen_kappa(pairs)
    alpha = krippendorff_alpha_nominal(units, names)
    return {
        "n": len(pairs),
        "kappa": kappa,
        "alpha": alpha,
        "percent": percent_agreement(units),
        "diagnostics": coding_diagnostics(f"{metric}.kappa", units, kappa),
    }


def _pair_entities(docs: list[tuple[Items, Items]], names: tuple[str, str]) -> dict[str, Any]:
    strict, exact, overlap = Counts(), Counts(), Counts()
    per_type: dict[str, Counts] = {}
    label_pairs: list[tuple[Hashable, Hashable]] = []
    qid_n = qid_same = boundary = 0
    for a, b in docs:
        strict.add(set_counts(a.strict, b.strict))
        exact.add(set_counts(a.spans, b.spans))
        matched = overlap_pairs(a.mentions, b.mentions)
        overlap.add(Counts(len(matched), len(a.mentions), len(b.mentions)))
        boundary += sum(1 for x, y in matched if (x.start, x.end) != (y.start, y.end))
        both = a.strict & b.strict
        for side, group in ((0, a.mentions), (1, b.mentions)):
            for m in group:
                c = per_type.setdefault(m.type, Counts())
                if side == 0:
                    c.left += 1
                else:
                    c.right += 1
        for _, _, t in both:
            per_type[t].matched += 1
        pairs = span_matches(a.mentions, b.mentions)
        label_pairs.extend((x.type, y.type) for x, y in pairs)
        for x, y in pairs:
            if x.kb is not None or y.kb is not None:
                qid_n += 1
                qid_same += x.kb == y.kb
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
    label = _label_block("entities.label", label_pairs, names)
    return {
        "strict_f1": strict.f1,
        "exact_f1": exact.f1,
        "overlap_f1": overlap.f1,
        "counts": {
            names[0]: strict.left,
            names[1]: strict.right,
            "strict_matched": strict.matched,
            "overlap_matched": overlap.matched,
            "boundary_only": boundary,
        },
        "per_type": {
            t: {"strict_f1": c.f1, names[0]: c.left, names[1]: c.right, "matched": c.matched}
            for t, c in sorted(per_type.items())
        },
        "label": label,
        "qid": {
            "n": qid_n,
            "percent": qid_same / qid_n if qid_n else None,
            "note": "kb compared on mentions with identical offsets; every NIL<n> counts as NIL",
        },
        "diagnostics": diagnostics + label.pop("diagnostics"),
    }


def _pair_events(docs: list[tuple[Items, Items]], names: tuple[str, str]) -> dict[str, Any]:
    tid, tcls, aid, acls, aid_c, acls_c = Counts(), Counts(), Counts(), Counts(), Counts(), Counts()
    for a, b in docs:
        tid.add(set_counts(a.trigger_spans, b.trigger_spans))
        tcls.add(set_counts(a.triggers, b.triggers))
        aid.add(set_counts(a.argument_ids, b.argument_ids))
        acls.add(set_counts(a.arguments, b.arguments))
        both = a.trigger_spans & b.trigger_spans
        ca = [x for x in a.arguments if x.trigger in both]
        cb = [x for x in b.arguments if x.trigger in both]
        aid_c.add(set_counts(((x.trigger, x.filler) for x in ca), ((x.trigger, x.filler) for x in cb)))
        acls_c.add(set_counts(ca, cb))
    return {
        "trigger_id_f1": tid.f1,
        "trigger_f1": tcls.f1,
        "argument_id_f1": aid.f1,
        "argument_f1": acls.f1,
        "argument_id_f1_conditional": aid_c.f1,
        "argument_f1_conditional": acls_c.f1,
        "counts": {
            names[0]: tcls.left,
            names[1]: tcls.right,
            "trigger_span_matched": tid.matched,
            "trigger_matched": tcls.matched,
            "arguments_" + names[0]: acls.left,
            "arguments_" + names[1]: acls.right,
            "argument_matched": acls.matched,
        },
        "diagnostics": _f1_diagnostics("events.trigger_f1", tcls, names)
        + _f1_diagnostics("events.argument_f1", acls, names),
    }


def _stance_units(docs: Mapping[str, Mapping[str, Items]], annotators: Sequence[str]) -> list[tuple[str, Ratings]]:
    """(doc_id, ratings) per (document, holder, target) unit; who did the document but not the unit is missing."""
    units: list[tuple[str, Ratings]] = []
    for doc_id, by_annotator in sorted(docs.items()):
        keys = sorted({k for a in annotators if a in by_annotator for k in by_annotator[a].stances})
        for key in keys:
            ratings = {
                a: by_annotator[a].stances[key]
                for a in annotators
                if a in by_annotator and key in by_annotator[a].stances
            }
            units.append((doc_id, ratings))
    return units


def _stance_block(units: Sequence[Ratings], annotators: Sequence[str], categories: Sequence[str]) -> dict[str, Any]:
    alpha = krippendorff_alpha_nominal(units, annotators)
    full = [u for u in units if len(u) == len(annotators)]
    if len(annotators) == 2:
        kappa = cohen_kappa([(u[annotators[0]], u[annotators[1]]) for u in full])
        kappa_name = "cohen"
    else:
        kappa = fleiss_kappa(full)
        kappa_name = "fleiss"
    distribution = {a: dict(sorted(Counter(u[a] for u in units if a in u).items())) for a in annotators}
    distribution["all"] = dict(sorted(Counter(v for u in units for v in u.values()).items()))
    diagnostics = coding_diagnostics("stance.alpha", units, alpha)
    for a in annotators:
        if not any(a in u for u in units):
            diagnostics.append(_diag("RATER_WITHOUT_ANNOTATIONS", "stance.alpha", f"{a} marked no stances here"))
    single = sum(1 for u in units if len(u) == 1)
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
        "units_pairable": sum(1 for u in units if len(u) >= 2),
        "units_all_annotators": len(full),
        "label_distribution": distribution,
        "diagnostics": diagnostics,
    }


def _confusion(units: Sequence[Ratings], a: str, b: str, categories: Sequence[str]) -> dict[str, Any]:
    labels = [*categories, MISSING]
    matrix = {x: dict.fromkeys(labels, 0) for x in labels}
    for u in units:
        matrix[str(u.get(a, MISSING))][str(u.get(b, MISSING))] += 1
    return {"rows": a, "columns": b, "labels": labels, "matrix": matrix}


def compute(annotations: Annotations, categories: Sequence[str] = ("FAVOR", "AGAINST", "NONE")) -> dict[str, Any]:
    """The full agreement report for annotator -> doc_id -> annotated document (only status "complete" counts)."""
    return compute_items(extract(annotations), sorted(annotations), categories)


def extract(annotations: Annotations) -> dict[str, dict[str, Items]]:
    """doc_id -> annotator -> comparable items; reads each document once, so a lazy mapping keeps memory flat."""
    extracted: dict[str, dict[str, Items]] = {}
    for annotator in sorted(annotations):
        for doc_id, doc in annotations[annotator].items():
            if doc.get("status", "complete") == "complete":
                extracted.setdefault(doc_id, {})[annotator] = items(doc)
    return extracted


def compute_items(
    extracted: Mapping[str, Mapping[str, Items]],
    annotators: Sequence[str],
    categories: Sequence[str] = ("FAVOR", "AGAINST", "NONE"),
) -> dict[str, Any]:
    """The report from extracted items: the core computation, without any parsing (the benchmark hook)."""
    annotators = sorted(annotators)
    report: dict[str, Any] = {"annotators": annotators, "documents": {}, "pairs": {}}
    per_doc: dict[str, dict[str, list[float | None]]] = {d: {} for d in extracted}
    for a, b in combinations(annotators, 2):
        shared = sorted(d for d, by in extracted.items() if a in by and b in by)
        docs = [(extracted[d][a], extracted[d][b]) for d in shared]
        units = [r for _, r in _stance_units({d: extracted[d] for d in shared}, (a, b))]
        stance = _stance_block(units, (a, b), categories)
        stance["unit_f1"] = Counts(
            sum(1 for u in units if len(u) == 2), sum(1 for u in units if a in u), sum(1 for u in units if b in u)
        ).f1
        stance["confusion"] = _confusion(units, a, b, categories)
        report["pairs"][pair_key(a, b)] = {
            "documents": len(shared),
            "entities": _pair_entities(docs, (a, b)),
            "events": _pair_events(docs, (a, b)),
            "stance": stance,
        }
        if not shared:
            report["pairs"][pair_key(a, b)]["diagnostics"] = [
                _diag("UNUSABLE_DOCUMENTS", "pair", f"{a} and {b} share no completed document")
            ]
        for d, (x, y) in zip(shared, docs, strict=True):
            row = per_doc[d]
            row.setdefault("entities_strict_f1", []).append(set_counts(x.strict, y.strict).f1)
            row.setdefault("events_trigger_f1", []).append(set_counts(x.triggers, y.triggers).f1)
            doc_units = [r for _, r in _stance_units({d: extracted[d]}, (a, b))]
            row.setdefault("stance_percent", []).append(percent_agreement(doc_units))
    pairs = list(report["pairs"].values())
    report["entities"] = _pooled(report["pairs"], "entities", ("strict_f1", "exact_f1", "overlap_f1"))
    report["entities"]["per_type"] = {
        t: {"strict_f1": _mean([p["entities"]["per_type"].get(t, {}).get("strict_f1") for p in pairs])}
        for t in sorted({t for p in pairs for t in p["entities"]["per_type"]})
    }
    report["entities"]["label"] = {
        k: _mean([p["entities"]["label"][k] for p in pairs]) for k in ("kappa", "alpha", "percent")
    }
    report["entities"]["qid"] = {"percent": _mean([p["entities"]["qid"]["percent"] for p in pairs])}
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
    all_units = _stance_units(extracted, annotators)
    report["stance"] = _stance_block([u for _, u in all_units], annotators, categories)
    report["documents"] = {
        d: {"annotators": sorted(extracted[d]), **{k: _mean(v) for k, v in sorted(per_doc[d].items())}}
        for d in sorted(extracted)
    }
    for a in annotators:
        if not any(a in by for by in extracted.values()):
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
