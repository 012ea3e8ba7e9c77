"""Chance-corrected agreement coefficients over coded units: Cohen, Fleiss, Krippendorff (nominal), Gwet AC1."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from typing import TypeVar

# A unit's ratings: annotator -> category; annotators who did not code the unit are simply absent.
Ratings = Mapping[str, Hashable]
Label = TypeVar("Label", bound=Hashable)


def percent_agreement(units: Sequence[Ratings]) -> float | None:
    """Mean over units coded by 2+ annotators of the share of agreeing annotator pairs; None without such units."""
    shares: list[float] = []
    for unit in units:
        r = len(unit)
        if r == 2:  # the common two-annotator case, without building a Counter
            x, y = unit.values()
            shares.append(1.0 if x == y else 0.0)
        elif r > 2:
            counts = Counter(unit.values())
            shares.append(sum(c * (c - 1) for c in counts.values()) / (r * (r - 1)))
    return sum(shares) / len(shares) if shares else None


def cohen_kappa(pairs: Sequence[tuple[Hashable, Hashable]]) -> float | None:
    """Cohen's kappa for two raters on complete pairs; None when undefined (no pairs, or p_e = 1)."""
    n = len(pairs)
    if n == 0:
        return None
    p_o = sum(1 for a, b in pairs if a == b) / n
    left = Counter(a for a, _ in pairs)
    right = Counter(b for _, b in pairs)
    p_e = sum(left[k] * right.get(k, 0) for k in left) / (n * n)
    if p_e >= 1.0:
        return None
    return (p_o - p_e) / (1 - p_e)


def fleiss_kappa(units: Sequence[Ratings]) -> float | None:
    """Fleiss' kappa over units all coded by the same number n >= 2 of raters; None when undefined."""
    usable = [Counter(unit.values()) for unit in units if len(unit) >= 2]
    if not usable:
        return None
    n = sum(usable[0].values())
    if any(sum(c.values()) != n for c in usable):
        raise ValueError("Fleiss' kappa needs the same number of ratings per unit; pass only fully coded units")
    big_n = len(usable)
    p_bar = sum(sum(c * (c - 1) for c in counts.values()) / (n * (n - 1)) for counts in usable) / big_n
    totals: Counter[Hashable] = Counter()
    for counts in usable:
        totals.update(counts)
    p_e = sum((v / (big_n * n)) ** 2 for v in totals.values())
    if p_e >= 1.0:
        return None
    return (p_bar - p_e) / (1 - p_e)


def gwet_ac1(units: Sequence[Ratings], categories: Sequence[Hashable] | None = None) -> float | None:
    """Gwet's AC1 for any number of raters; units with fewer than 2 ratings are dropped; None when undefined.

    ``categories`` fixes Q (the number of possible categories); by default it is the number observed.
    """
    usable = [Counter(unit.values()) for unit in units if len(unit) >= 2]
    if not usable:
        return None
    observed = {k for counts in usable for k in counts}
    q = len(set(categories) | observed) if categories is not None else len(observed)
    p_a = sum(
        sum(c * (c - 1) for c in counts.values()) / (sum(counts.values()) * (sum(counts.values()) - 1))
        for counts in usable
    ) / len(usable)
    if q < 2:
        # One category only: chance agreement is 0 by Gwet's formula and AC1 equals p_a (= 1).
        return p_a
    pi: dict[Hashable, float] = {}
    for counts in usable:
        r = sum(counts.values())
        for k, c in counts.items():
            pi[k] = pi.get(k, 0.0) + c / r / len(usable)
    p_e = sum(p * (1 - p) for p in pi.values()) / (q - 1)
    if p_e >= 1.0:
        return None
    return (p_a - p_e) / (1 - p_e)


# Above this many pairable units the library's dense (units x values x values) arrays cost gigabytes; the same
# nominal formula is then computed from the coincidence matrix directly (tests check both agree).
LIBRARY_UNIT_LIMIT = 20_000


def alpha_nominal_coincidences(units: Sequence[Ratings]) -> float | None:
    """Nominal alpha from the coincidence matrix in O(units): 1 - (n-1) * sum(o_ck, c!=k) / sum(n_c * n_k, c!=k)."""
    agree = 0.0  # sum over c of o_cc
    n_c: dict[Hashable, float] = {}
    for unit in units:
        m = len(unit)
        if m < 2:
            continue
        for c, k in Counter(unit.values()).items():
            agree += k * (k - 1) / (m - 1)
            n_c[c] = n_c.get(c, 0.0) + k
    n = sum(n_c.values())
    expected = n * n - sum(v * v for v in n_c.values())  # sum over c != k of n_c * n_k
    if len(n_c) < 2 or expected <= 0:
        return None
    return 1.0 - (n - 1) * (n - agree) / expected


def krippendorff_alpha_nominal(units: Sequence[Ratings], annotators: Sequence[str]) -> float | None:
    """Krippendorff's alpha, nominal, with missing values, via the ``krippendorff`` library; None when undefined."""
    import krippendorff
    import numpy as np

    # Units coded by fewer than 2 annotators carry no pairable value; alpha ignores them.
    units = [unit for unit in units if len(unit) >= 2]
    categories = sorted({v for unit in units for v in unit.values()}, key=str)
    if len(categories) < 2:
        # The library raises when the domain has one value; alpha is undefined there (D_e = 0).
        return None
    if len(units) > LIBRARY_UNIT_LIMIT:
        return alpha_nominal_coincidences(units)
    index = {c: float(i) for i, c in enumerate(categories)}
    matrix = np.full((len(annotators), len(units)), np.nan)
    row = {a: i for i, a in enumerate(annotators)}
    for j, unit in enumerate(units):
        for annotator, value in unit.items():
            matrix[row[annotator], j] = index[value]
    with np.errstate(divide="ignore", invalid="ignore"):
        value = float(
            krippendorff.alpha(
                reliability_data=matrix,
                value_domain=list(index.values()),
                level_of_measurement="nominal",
            )
        )
    return None if np.isnan(value) else value


def cohen_kappa_counts(pairs: Mapping[tuple[Label, Label], int]) -> float | None:
    """``cohen_kappa`` from a count per (x, y) label pair instead of the list of pairs: the same integer sums."""
    n = sum(pairs.values())
    if n == 0:
        return None
    p_o = sum(c for (a, b), c in pairs.items() if a == b) / n
    left: Counter[Label] = Counter()
    right: Counter[Label] = Counter()
    for (a, b), c in pairs.items():
        left[a] += c
        right[b] += c
    p_e = sum(left[k] * right.get(k, 0) for k in left) / (n * n)
    if p_e >= 1.0:
        return None
    return (p_o - p_e) / (1 - p_e)


def alpha_nominal_pair_counts(pairs: Mapping[tuple[Label, Label], int]) -> float | None:
    """Nominal alpha of two raters from a count per (x, y) pair, by the coincidence formula.

    With two ratings per unit every coincidence is a whole number, so this equals ``alpha_nominal_coincidences``
    over the expanded units exactly, whatever their order.
    """
    agree = 0.0
    n_c: dict[Label, float] = {}
    for (a, b), c in pairs.items():
        if a == b:
            agree += 2 * c
            n_c[a] = n_c.get(a, 0.0) + 2 * c
        else:
            n_c[a] = n_c.get(a, 0.0) + c
            n_c[b] = n_c.get(b, 0.0) + c
    n = sum(n_c.values())
    expected = n * n - sum(v * v for v in n_c.values())
    if len(n_c) < 2 or expected <= 0:
        return None
    return 1.0 - (n - 1) * (n - agree) / expected
