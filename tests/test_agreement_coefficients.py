"""Agreement coefficients reproduce published examples and hand-computed values."""

from __future__ import annotations

import math
import random

import pytest

from diplonews.agreement.coefficients import (
    LIBRARY_UNIT_LIMIT,
    alpha_nominal_coincidences,
    alpha_nominal_pair_counts,
    cohen_kappa,
    cohen_kappa_counts,
    fleiss_kappa,
    gwet_ac1,
    krippendorff_alpha_nominal,
    percent_agreement,
)

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers x 12 units, nominal.
_K2011 = {
    "A": [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    "B": [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    "C": [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    "D": [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
}

# Fleiss' kappa example from Wikipedia: 10 subjects, 14 raters, 5 categories; counts per category.
_FLEISS = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
]

# 2x2 table (Wikipedia, Cohen's kappa): both yes 20, A yes/B no 5, A no/B yes 10, both no 15.
_COHEN_PAIRS = [("y", "y")] * 20 + [("y", "n")] * 5 + [("n", "y")] * 10 + [("n", "n")] * 15


def _k2011_units() -> list[dict[str, int]]:
    return [{a: v for a, vals in _K2011.items() if (v := vals[j]) is not None} for j in range(12)]


def _fleiss_units() -> list[dict[str, int]]:
    units = []
    for row in _FLEISS:
        labels = [k for k, n in enumerate(row) for _ in range(n)]
        units.append({f"r{i}": label for i, label in enumerate(labels)})
    return units


def test_krippendorff_2011_nominal_example() -> None:
    """Nominal alpha on Krippendorff's 2011 reliability data with missing values is 0.743."""
    alpha = krippendorff_alpha_nominal(_k2011_units(), list(_K2011))
    assert alpha is not None
    assert round(alpha, 3) == 0.743


def test_fleiss_wikipedia_example() -> None:
    """Fleiss' kappa on the 10 subjects x 14 raters example is 0.210."""
    kappa = fleiss_kappa(_fleiss_units())
    assert kappa is not None
    assert round(kappa, 3) == 0.210


def test_cohen_kappa_hand_computed() -> None:
    """Cohen's kappa is (0.7 - 0.5) / (1 - 0.5) = 0.4 on the 2x2 table."""
    kappa = cohen_kappa(_COHEN_PAIRS)
    assert kappa is not None
    assert math.isclose(kappa, 0.4)


def test_gwet_ac1_hand_computed() -> None:
    """AC1 is (0.7 - 0.495) / (1 - 0.495) on the same table: pi_yes = 0.55, p_e = 2 * 0.55 * 0.45."""
    units = [{"A": a, "B": b} for a, b in _COHEN_PAIRS]
    ac1 = gwet_ac1(units)
    assert ac1 is not None
    assert math.isclose(ac1, 0.205 / 0.505)


def test_percent_agreement_with_missing_values() -> None:
    """Percent agreement averages agreeing pairs per unit and skips units coded once: (1 + 1/3) / 2."""
    units = [{"A": 1, "B": 1}, {"A": 1, "B": 1, "C": 2}, {"A": 3}]
    assert percent_agreement(units) == pytest.approx((1 + 1 / 3) / 2)


def test_single_category_is_undefined() -> None:
    """Kappa and alpha are undefined (None) when every rating is the same category."""
    units = [{"A": "x", "B": "x"}] * 5
    assert cohen_kappa([("x", "x")] * 5) is None
    assert krippendorff_alpha_nominal(units, ["A", "B"]) is None
    assert fleiss_kappa(units) is None


def test_fleiss_rejects_unequal_rater_counts() -> None:
    """Fleiss' kappa refuses units coded by different numbers of raters."""
    with pytest.raises(ValueError, match="same number of ratings"):
        fleiss_kappa([{"A": 1, "B": 1}, {"A": 1, "B": 2, "C": 2}])


def test_cohen_and_alpha_are_symmetric() -> None:
    """Swapping the two raters leaves kappa and alpha unchanged."""
    swapped = [(b, a) for a, b in _COHEN_PAIRS]
    assert cohen_kappa(swapped) == pytest.approx(cohen_kappa(_COHEN_PAIRS))
    left = krippendorff_alpha_nominal([{"A": a, "B": b} for a, b in _COHEN_PAIRS], ["A", "B"])
    right = krippendorff_alpha_nominal([{"A": b, "B": a} for a, b in _COHEN_PAIRS], ["A", "B"])
    assert left == pytest.approx(right)


def test_coincidence_alpha_matches_the_library() -> None:
    """The O(units) coincidence-matrix alpha used for large inputs equals the library on 2011 data and random data."""
    assert round(alpha_nominal_coincidences(_k2011_units()) or 0, 3) == 0.743
    rng = random.Random(7)
    for _ in range(20):
        coders = ["A", "B", "C", "D"][: rng.randint(2, 4)]
        units = [{c: rng.choice("xyzw"[: rng.randint(2, 4)]) for c in coders if rng.random() < 0.8} for _ in range(60)]
        assert alpha_nominal_coincidences(units) == pytest.approx(krippendorff_alpha_nominal(units, coders), abs=1e-12)


def test_large_inputs_take_the_coincidence_path() -> None:
    """Above the library limit the wrapper still returns the same alpha (computed without dense arrays)."""
    units = [{"A": i % 3, "B": (i % 3) if i % 5 else (i + 1) % 3} for i in range(LIBRARY_UNIT_LIMIT + 10)]
    # Hand count: every 5th unit disagrees, so n = 2N values, o_cc total = 2 * (N - N_dis).
    n_units = len(units)
    dis = sum(1 for i in range(n_units) if i % 5 == 0)
    n_c = {c: sum((u["A"] == c) + (u["B"] == c) for u in units) for c in range(3)}
    n = 2 * n_units
    expected = 1 - (n - 1) * (2 * dis) / (n * n - sum(v * v for v in n_c.values()))
    assert krippendorff_alpha_nominal(units, ["A", "B"]) == pytest.approx(expected)


def test_cohen_kappa_from_pair_counts_hand_computed() -> None:
    """Counts 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no give p_o = 0.7, p_e = 0.5, kappa = 0.4 (Wikipedia example)."""
    counts = {("yes", "yes"): 20, ("yes", "no"): 5, ("no", "yes"): 10, ("no", "no"): 15}
    assert cohen_kappa_counts(counts) == pytest.approx(0.4)
    assert cohen_kappa_counts({}) is None
    assert cohen_kappa_counts({("x", "x"): 3}) is None


def test_alpha_from_pair_counts_hand_computed() -> None:
    """Units (a,a) x2, (a,b), (b,b): o_aa = 4, o_bb = 2, n_a = 5, n_b = 3, n = 8, alpha = 1 - 7*2/30 = 8/15."""
    counts = {("a", "a"): 2, ("a", "b"): 1, ("b", "b"): 1}
    assert alpha_nominal_pair_counts(counts) == pytest.approx(8 / 15)
    units = [{"x": "a", "y": "a"}, {"x": "a", "y": "a"}, {"x": "a", "y": "b"}, {"x": "b", "y": "b"}]
    assert krippendorff_alpha_nominal(units, ["x", "y"]) == pytest.approx(8 / 15)
    assert alpha_nominal_pair_counts({("a", "a"): 5}) is None


def test_pair_counts_equal_the_unit_formula_bit_for_bit() -> None:
    """On many two-rater units the pair-count alpha equals the per-unit coincidence formula exactly."""
    rng = random.Random(4)
    pairs = [(rng.choice("ABC"), rng.choice("ABCC")) for _ in range(5000)]
    counts: dict[tuple[str, str], int] = {}
    for p in pairs:
        counts[p] = counts.get(p, 0) + 1
    assert alpha_nominal_pair_counts(counts) == alpha_nominal_coincidences([{"x": a, "y": b} for a, b in pairs])
    assert cohen_kappa_counts(counts) == cohen_kappa(pairs)
