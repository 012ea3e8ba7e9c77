"""The measures registry drives the report, the text and HTML reports and the dataset card; formats are a registry."""

from __future__ import annotations

from typing import Any

import pytest
from click.testing import CliRunner

from diplonews.agreement import compute, measures
from diplonews.agreement.formats import FORMATS, text_report
from diplonews.agreement.html import render
from diplonews.agreement.measures import MEASURES, Measure, StanceData, card_measures, layer_block
from diplonews.cli import main
from synthetic_annotations import synthetic_annotations


@pytest.fixture(scope="module")
def synthetic() -> dict[str, dict[str, dict[str, Any]]]:
    return synthetic_annotations(12, annotators=3, seed=6)


def test_every_measure_fills_its_keys(synthetic: dict[str, dict[str, dict[str, Any]]]) -> None:
    """Each registered measure's keys are in every pair's block of its layer, and in the pooled one if pooled."""
    report = compute(synthetic)
    for measure in MEASURES:
        for pair in report["pairs"].values():
            assert set(measure.keys) <= set(layer_block(pair, measure.layer)), measure.name
        if measure.pooled:
            assert set(measure.keys) <= set(layer_block(report, measure.layer)), measure.name


def test_measure_names_are_unique_and_described() -> None:
    """No two measures share a report key; each has a one-line description; the card reports pooled ones only."""
    keys = [f"{m.layer}.{k}" for m in MEASURES for k in m.keys]
    assert len(keys) == len(set(keys))
    for m in MEASURES:
        assert m.description, m.name
        assert "\n" not in m.description, m.name
        assert m.pooled or not m.card, m.name


def test_the_card_reports_the_registry_card_measures() -> None:
    """The dataset card's agreement keys are the registry's card measures, worded by their descriptions."""
    from diplonews.release.card import AGREEMENT_KEYS

    assert card_measures() == AGREEMENT_KEYS
    assert list(AGREEMENT_KEYS) == [
        "entities.strict_f1",
        "entities.overlap_f1",
        "events.trigger_f1",
        "events.argument_f1",
        "events.argument_f1_ace",
        "stance.alpha",
        "stance.alpha_all_units",
        "stance.unit_f1",
        "preannotation.documents_share",
    ]


def test_format_choices_come_from_the_formats_registry() -> None:
    """`--format` offers exactly the registered formats."""
    result = CliRunner().invoke(main, ["agreement", "--help"])
    assert result.exit_code == 0
    assert f"[{'|'.join(FORMATS)}]" in result.output
    assert list(FORMATS) == ["text", "json", "html"]


def _units_share(data: StanceData) -> float | None:
    """A stand-in new measure: the share of units marked by 2+ annotators."""
    return sum(n for u, n in data.weights if len(u) >= 2) / len(data.units) if len(data.units) else None


def test_a_new_measure_shows_up_everywhere(
    monkeypatch: pytest.MonkeyPatch, synthetic: dict[str, dict[str, dict[str, Any]]]
) -> None:
    """One registry entry puts a measure into the JSON report, the text report, the HTML summary and the card."""
    from diplonews.release.card import CardInputs, _agreement_block

    new = Measure("stance", ("pairable_share",), _units_share, "stance units marked by 2+ annotators", card=True)
    monkeypatch.setattr(measures, "MEASURES", (*MEASURES, new))
    report = compute(synthetic)
    assert isinstance(report["stance"]["pairable_share"], float)
    assert all("pairable_share" in p["stance"] for p in report["pairs"].values())
    text = text_report(report)
    assert text.count("pairable_share=") == len(report["pairs"]) + 1
    assert "pairable_share <b>" in render(report, synthetic)
    inputs = CardInputs("0.1.0", {}, {}, {}, {}, report, "reports/agreement.json", "", {}, annotators=["a1"])
    value = report["stance"]["pairable_share"]
    assert f"| stance units marked by 2+ annotators (`stance.pairable_share`) | {value:.3f} |" in _agreement_block(
        inputs
    )
