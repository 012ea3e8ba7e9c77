"""Agreement coefficients reproduce published examples and the reference libraries, on fixed and random data.

Each coefficient has one implementation (``diplonews.agreement.coefficients``); the references are
``krippendorff`` and NLTK (alpha), scikit-learn and NLTK (Cohen's kappa), statsmodels (Fleiss' kappa), irrCAC (Gwet's
AC1 with missing ratings).
"""

from __future__ import annotations

import math
import os
from collections import Counter
from collections.abc import Sequence
from importlib.util import find_spec
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from diplonews.agreement.coefficients import (
    Ratings,
    alpha_nominal,
    cohen_kappa,
    each_once,
    fleiss_kappa,
    gwet_ac1,
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
_AB = ("A", "B")


def needs(module: str, package: str) -> pytest.MarkDecorator:
    """Skip a comparison with a reference library that is not installed, outside CI (the test group installs it).

    Under CI=true a missing reference library is a failure: the comparison is the point of the test.
    """
    missing = find_spec(module) is None and os.environ.get("CI") != "true"
    return pytest.mark.skipif(missing, reason=f"reference library missing: pip install {package}")


STATSMODELS = needs("statsmodels", "statsmodels")
IRRCAC = needs("irrCAC", "irrCAC")

# cac.raw4raters of irrCAC (R and Python), the handbook's 4 raters x 12 subjects with missing ratings (None); the
# R package's overview vignette prints for gwet.ac1.raw: pa 0.8181818, pe 0.1903212, AC1 0.77544.
_RAW4RATERS = {
    "Rater1": [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    "Rater2": [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, None],
    "Rater3": [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, 3],
    "Rater4": [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
}
SKLEARN = needs("sklearn", "scikit-learn")


def _k2011_units() -> list[dict[str, int]]:
    return [{a: v for a, vals in _K2011.items() if (v := vals[j]) is not None} for j in range(12)]


def _fleiss_units() -> list[dict[str, int]]:
    units = []
    for row in _FLEISS:
        labels = [k for k, n in enumerate(row) for _ in range(n)]
        units.append({f"r{i}": label for i, label in enumerate(labels)})
    return units


def _pairs(pairs: Sequence[tuple[Any, Any]]) -> list[tuple[Ratings, int]]:
    return each_once({"A": a, "B": b} for a, b in pairs)


def _library_alpha(units: Sequence[Ratings], coders: Sequence[str]) -> float:
    """``krippendorff.alpha`` (nominal) on the units, missing values as NaN."""
    import krippendorff
    import numpy as np

    categories = sorted({v for u in units for v in u.values()}, key=str)
    matrix = np.full((len(coders), len(units)), np.nan)
    for j, unit in enumerate(units):
        for i, coder in enumerate(coders):
            if coder in unit:
                matrix[i, j] = categories.index(unit[coder])
    return float(krippendorff.alpha(reliability_data=matrix, level_of_measurement="nominal"))


def _nltk_task(units: Sequence[Ratings]) -> Any:
    from nltk.metrics.agreement import AnnotationTask

    return AnnotationTask(data=[(c, str(j), str(v)) for j, u in enumerate(units) for c, v in u.items()])


def test_krippendorff_2011_nominal_example() -> None:
    """Nominal alpha on Krippendorff's 2011 reliability data with missing values is 0.743, as the library says."""
    alpha = alpha_nominal(each_once(_k2011_units()))
    assert alpha is not None
    assert round(alpha, 3) == 0.743
    assert alpha == pytest.approx(_library_alpha(_k2011_units(), list(_K2011)), abs=1e-12)


def test_fleiss_wikipedia_example() -> None:
    """Fleiss' kappa on the 10 subjects x 14 raters example is 0.210."""
    kappa = fleiss_kappa(each_once(_fleiss_units()))
    assert kappa is not None
    assert round(kappa, 3) == 0.210


@STATSMODELS
def test_fleiss_wikipedia_example_as_statsmodels() -> None:
    """statsmodels gives the same Fleiss' kappa on the Wikipedia example."""
    from statsmodels.stats.inter_rater import fleiss_kappa as sm_fleiss

    assert fleiss_kappa(each_once(_fleiss_units())) == pytest.approx(sm_fleiss(_FLEISS, method="fleiss"), abs=1e-12)


def test_cohen_kappa_wikipedia_example() -> None:
    """Cohen's kappa is (0.7 - 0.5) / (1 - 0.5) = 0.4 on the 2x2 table, as NLTK says."""
    kappa = cohen_kappa(_pairs(_COHEN_PAIRS), _AB)
    assert kappa is not None
    assert math.isclose(kappa, 0.4)
    assert kappa == pytest.approx(_nltk_task([{"A": a, "B": b} for a, b in _COHEN_PAIRS]).kappa(), abs=1e-12)


@SKLEARN
def test_cohen_kappa_wikipedia_example_as_sklearn() -> None:
    """scikit-learn gives the same Cohen's kappa on the 2x2 table."""
    from sklearn.metrics import cohen_kappa_score

    expected = cohen_kappa_score(*zip(*_COHEN_PAIRS, strict=True))
    assert cohen_kappa(_pairs(_COHEN_PAIRS), _AB) == pytest.approx(expected, abs=1e-12)


def test_gwet_ac1_hand_computed() -> None:
    """AC1 is (0.7 - 0.495) / (1 - 0.495) on the same table: pi_yes = 0.55, p_e = 2 * 0.55 * 0.45."""
    ac1 = gwet_ac1(_pairs(_COHEN_PAIRS))
    assert ac1 is not None
    assert math.isclose(ac1, 0.205 / 0.505)


def _raw4raters_units() -> list[dict[str, int]]:
    return [{r: v for r, vals in _RAW4RATERS.items() if (v := vals[j]) is not None} for j in range(12)]


def test_gwet_ac1_handbook_example_with_missing_ratings() -> None:
    """cac.raw4raters: AC1 0.77544 as published; subject 12, rated once, counts in the category shares (pi).

    By hand: p_a = 9/11 (11 subjects rated twice or more); pi from all 12 subjects; Q = 5.
    """
    ac1 = gwet_ac1(each_once(_raw4raters_units()))
    assert ac1 is not None
    assert round(ac1, 5) == 0.77544
    p_e = 0.1903212  # as published, to 7 places
    assert ac1 == pytest.approx((9 / 11 - p_e) / (1 - p_e), abs=1e-6)
    # Dropping the subject rated once (the former computation) changes the figure: it is not the handbook's.
    assert round(gwet_ac1(each_once(_raw4raters_units()[:11])) or 0, 5) != 0.77544


def _irrcac_ac1(units: Sequence[Ratings], categories: Sequence[Any]) -> float:
    """``irrCAC``'s AC1 (identity weights) on the units, missing ratings as None, ``categories`` given."""
    import pandas as pd
    from irrCAC.raw import CAC

    coders = sorted({c for u in units for c in u})
    frame = pd.DataFrame([[u.get(c) for c in coders] for u in units], columns=coders, dtype=object)
    # categories always given: irrCAC 0.4.4 would otherwise sort the stacked values, NaN among them, under pandas 3.
    result = CAC(frame, categories=list(categories), digits=15).gwet()
    return float(result["est"]["coefficient_value"])


@IRRCAC
def test_gwet_ac1_handbook_example_as_irrcac() -> None:
    """irrCAC computes the same AC1 on cac.raw4raters."""
    units = _raw4raters_units()
    assert gwet_ac1(each_once(units)) == pytest.approx(_irrcac_ac1(units, [1, 2, 3, 4, 5]), abs=1e-12)


def test_percent_agreement_with_missing_values() -> None:
    """Percent agreement averages agreeing pairs per unit and skips units coded once: (1 + 1/3) / 2."""
    units = [{"A": 1, "B": 1}, {"A": 1, "B": 1, "C": 2}, {"A": 3}]
    assert percent_agreement(each_once(units)) == pytest.approx((1 + 1 / 3) / 2)


def test_alpha_hand_computed() -> None:
    """Units (a,a) x2, (a,b), (b,b): o_aa = 4, o_bb = 2, n_a = 5, n_b = 3, n = 8, alpha = 1 - 7*2/30 = 8/15."""
    assert alpha_nominal([({"x": "a", "y": "a"}, 2), ({"x": "a", "y": "b"}, 1), ({"x": "b", "y": "b"}, 1)]) == (
        pytest.approx(8 / 15)
    )


def test_single_category_is_undefined() -> None:
    """Kappa and alpha are undefined (None) when every rating is the same category."""
    units = each_once([{"A": "x", "B": "x"}] * 5)
    assert cohen_kappa(units, _AB) is None
    assert alpha_nominal(units) is None
    assert fleiss_kappa(units) is None
    assert cohen_kappa([], _AB) is None


def test_fleiss_rejects_unequal_rater_counts() -> None:
    """Fleiss' kappa refuses units coded by different numbers of raters."""
    with pytest.raises(ValueError, match="same number of ratings"):
        fleiss_kappa(each_once([{"A": 1, "B": 1}, {"A": 1, "B": 2, "C": 2}]))


_LABELS = st.sampled_from("xyzw")


@st.composite
def _units(draw: st.DrawFn, coders: Sequence[str] = ("A", "B", "C", "D"), full: bool = False) -> list[dict[str, str]]:
    """Random units over 2-4 coders and 2-4 labels, with missing ratings unless ``full``."""
    n_coders = draw(st.integers(2, len(coders)))
    labels = draw(st.lists(_LABELS, min_size=2, max_size=4, unique=True))
    names = coders[:n_coders]
    ratings = {c: st.sampled_from(labels) for c in names}
    unit = st.fixed_dictionaries(ratings) if full else st.fixed_dictionaries({}, optional=ratings)
    units = draw(st.lists(unit, min_size=2, max_size=60))
    # The references need at least two categories among the pairable ratings to define the coefficients.
    pairable = {v for u in units if len(u) >= 2 for v in u.values()}
    if len(pairable) < 2:
        units.append(dict.fromkeys(names, labels[0]))
        units.append(dict.fromkeys(names, labels[1]))
    return [dict(u) for u in units]


@settings(max_examples=150, deadline=None)
@given(_units())
def test_alpha_equals_krippendorff_and_nltk(units: list[Ratings]) -> None:
    """Nominal alpha with missing values equals ``krippendorff.alpha`` and NLTK's ``AnnotationTask.alpha``."""
    coders = sorted({c for u in units for c in u})
    alpha = alpha_nominal(each_once(units))
    assert alpha == pytest.approx(_library_alpha(units, coders), abs=1e-12)
    assert alpha == pytest.approx(_nltk_task([u for u in units if len(u) >= 2]).alpha(), abs=1e-12)


@SKLEARN
@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_LABELS, _LABELS), min_size=1, max_size=80))
def test_cohen_kappa_equals_sklearn_and_nltk(pairs: list[tuple[str, str]]) -> None:
    """Cohen's kappa equals scikit-learn's ``cohen_kappa_score`` and NLTK's kappa wherever those are defined."""
    from sklearn.metrics import cohen_kappa_score

    kappa = cohen_kappa(_pairs(pairs), _AB)
    left, right = zip(*pairs, strict=True)
    if kappa is None:
        # Undefined: every rating is one category (p_e = 1), which scikit-learn reports as nan.
        assert len(set(left) | set(right)) == 1
        return
    assert kappa == pytest.approx(cohen_kappa_score(left, right), abs=1e-12)
    assert kappa == pytest.approx(_nltk_task([{"A": a, "B": b} for a, b in pairs]).kappa(), abs=1e-12)


@STATSMODELS
@settings(max_examples=100, deadline=None)
@given(_units(full=True))
def test_fleiss_kappa_equals_statsmodels(units: list[dict[str, str]]) -> None:
    """Fleiss' kappa on fully coded units equals statsmodels' ``fleiss_kappa`` (method "fleiss")."""
    from statsmodels.stats.inter_rater import fleiss_kappa as sm_fleiss

    labels = sorted({v for u in units for v in u.values()})
    table = [[Counter(u.values())[k] for k in labels] for u in units]
    kappa = fleiss_kappa(each_once(units))
    assert kappa is not None
    assert kappa == pytest.approx(sm_fleiss(table, method="fleiss"), abs=1e-12)


@IRRCAC
@settings(max_examples=150, deadline=None)
@given(_units(), st.booleans())
def test_gwet_ac1_equals_irrcac(units: list[Ratings], unused: bool) -> None:
    """AC1 with missing ratings equals irrCAC's on random tables (2-4 raters), Q observed or with an unused label."""
    rated = [u for u in units if u]
    assume(len(rated) >= 2)  # irrCAC's variance divides by n (n - 1), n the subjects rated at all
    labels = sorted({v for u in units for v in u.values()})
    categories = [*labels, "unused"] if unused else labels
    ac1 = gwet_ac1(each_once(units), categories if unused else None)
    assert ac1 is not None
    assert ac1 == pytest.approx(_irrcac_ac1(rated, categories), abs=1e-12)


@settings(max_examples=100, deadline=None)
@given(_units())
def test_weighted_units_equal_the_expanded_units(units: list[Ratings]) -> None:
    """Counting equal units once with their multiplicity gives what the list of every unit gives."""
    weighted: dict[tuple[tuple[str, Any], ...], int] = Counter(tuple(sorted(u.items())) for u in units)
    coded = [(dict(k), n) for k, n in weighted.items()]
    expanded = each_once(units)
    for coefficient in (alpha_nominal, percent_agreement, gwet_ac1):
        assert coefficient(coded) == pytest.approx(coefficient(expanded), abs=1e-12)
    assert cohen_kappa(coded, _AB) == pytest.approx(cohen_kappa(expanded, _AB), abs=1e-12)


def test_cohen_and_alpha_are_symmetric() -> None:
    """Swapping the two raters leaves kappa and alpha unchanged."""
    swapped = _pairs([(b, a) for a, b in _COHEN_PAIRS])
    assert cohen_kappa(swapped, _AB) == pytest.approx(cohen_kappa(_pairs(_COHEN_PAIRS), _AB))
    assert alpha_nominal(swapped) == pytest.approx(alpha_nominal(_pairs(_COHEN_PAIRS)))
