"""Chance-corrected agreement coefficients over coded units: Cohen, Fleiss, Krippendorff (nominal), Gwet AC1.

Every coefficient reads the same input, ``Coded``: each distinct unit (annotator -> category) with how many units
have it. ``UnitTable.counts()`` gives it for stances, a label-pair count for entity types; ``each_once(units)``
wraps a plain list of units. Each formula exists once; the tests hold it to the reference libraries
(``krippendorff``, scikit-learn, statsmodels, NLTK) on published examples and on random data.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence

# A unit's ratings: annotator -> category; annotators who did not code the unit are simply absent.
Ratings = Mapping[str, Hashable]
# Distinct units with their multiplicity (how many units carry exactly these ratings).
Coded = Iterable[tuple[Ratings, int]]


def each_once(units: Iterable[Ratings]) -> list[tuple[Ratings, int]]:
    """A plain sequence of units as ``Coded`` input: every unit counted once."""
    return [(unit, 1) for unit in units]


def _pairable(coded: Coded) -> list[tuple[Counter[Hashable], int, int]]:
    """(category counts, number of ratings, multiplicity) of the units coded by 2+ annotators."""
    return [(Counter(unit.values()), len(unit), n) for unit, n in coded if len(unit) >= 2 and n]


def percent_agreement(coded: Coded) -> float | None:
    """Mean over units coded by 2+ annotators of the share of agreeing annotator pairs; None without such units."""
    total = 0.0
    units = 0
    for counts, m, n in _pairable(coded):
        total += n * sum(c * (c - 1) for c in counts.values()) / (m * (m - 1))
        units += n
    return total / units if units else None


def cohen_kappa(coded: Coded, raters: tuple[str, str]) -> float | None:
    """Cohen's kappa of two raters on the units both coded; None when undefined (no such unit, or p_e = 1)."""
    a, b = raters
    agree = n = 0
    left: Counter[Hashable] = Counter()
    right: Counter[Hashable] = Counter()
    for unit, c in coded:
        if a in unit and b in unit:
            x, y = unit[a], unit[b]
            n += c
            agree += c if x == y else 0
            left[x] += c
            right[y] += c
    if n == 0:
        return None
    p_e = sum(left[k] * right.get(k, 0) for k in left) / (n * n)
    if p_e >= 1.0:
        return None
    return (agree / n - p_e) / (1 - p_e)


def fleiss_kappa(coded: Coded) -> float | None:
    """Fleiss' kappa over units all coded by the same number m >= 2 of raters; None when undefined."""
    usable = _pairable(coded)
    if not usable:
        return None
    m = usable[0][1]
    if any(r != m for _, r, _ in usable):
        raise ValueError("Fleiss' kappa needs the same number of ratings per unit; pass only fully coded units")
    big_n = sum(n for *_, n in usable)
    p_bar = sum(n * sum(c * (c - 1) for c in counts.values()) / (m * (m - 1)) for counts, _, n in usable) / big_n
    totals: Counter[Hashable] = Counter()
    for counts, _, n in usable:
        for k, c in counts.items():
            totals[k] += n * c
    p_e = sum((v / (big_n * m)) ** 2 for v in totals.values())
    if p_e >= 1.0:
        return None
    return (p_bar - p_e) / (1 - p_e)


def gwet_ac1(coded: Coded, categories: Sequence[Hashable] | None = None) -> float | None:
    """Gwet's AC1 with missing ratings, as in Gwet's Handbook of Inter-Rater Reliability (4th ed.) and irrCAC.

    ``p_a`` is the mean agreement over the units rated by 2+ raters; the classification probabilities ``pi_k``
    (and so ``p_e = sum pi_k (1 - pi_k) / (Q - 1)``) are the mean share of category k over every unit rated at
    all, a unit rated once included: it tells how raters use the categories though it cannot show agreement.
    ``categories`` fixes Q (the number of possible categories); by default it is the number observed.
    None when no unit is rated twice or p_e = 1.
    """
    rated = [(Counter(unit.values()), len(unit), n) for unit, n in coded if unit and n]
    usable = [(counts, m, n) for counts, m, n in rated if m >= 2]
    if not usable:
        return None
    n_pairable = sum(n for *_, n in usable)
    n_rated = sum(n for *_, n in rated)
    observed = {k for counts, _, _ in rated for k in counts}
    q = len(set(categories) | observed) if categories is not None else len(observed)
    p_a = sum(n * sum(c * (c - 1) for c in counts.values()) / (m * (m - 1)) for counts, m, n in usable) / n_pairable
    if q < 2:
        # One category only: chance agreement is 0 by Gwet's formula and AC1 equals p_a (= 1).
        return p_a
    pi: dict[Hashable, float] = {}
    for counts, m, n in rated:
        for k, c in counts.items():
            pi[k] = pi.get(k, 0.0) + n * c / m
    p_e = sum(p / n_rated * (1 - p / n_rated) for p in pi.values()) / (q - 1)
    if p_e >= 1.0:
        return None
    return (p_a - p_e) / (1 - p_e)


def alpha_nominal(coded: Coded) -> float | None:
    """Krippendorff's alpha, nominal, with missing values; None when undefined (fewer than 2 categories).

    From the coincidence matrix in O(distinct units): ``1 - (n-1) * sum(o_ck, c != k) / sum(n_c * n_k, c != k)``.
    Units coded by fewer than 2 annotators carry no pairable value and are ignored.
    """
    agree = 0.0  # sum over c of o_cc
    n_c: dict[Hashable, float] = {}
    for counts, m, n in _pairable(coded):
        for c, k in counts.items():
            agree += n * k * (k - 1) / (m - 1)
            n_c[c] = n_c.get(c, 0.0) + n * k
    total = sum(n_c.values())
    expected = total * total - sum(v * v for v in n_c.values())  # sum over c != k of n_c * n_k
    if len(n_c) < 2 or expected <= 0:
        return None
    return 1.0 - (total - 1) * (total - agree) / expected
