"""The validator docs match the code: checks.md lists every rule; the guidelines explain every label."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from diplonews.drift import BEGIN, END
from diplonews.schema import load_inventory
from diplonews.validate import RULES

ROOT = Path(__file__).resolve().parents[1]
CHECKS = (ROOT / "docs" / "checks.md").read_text(encoding="utf-8")
GUIDELINES = (ROOT / "docs" / "guidelines.md").read_text(encoding="utf-8")
ROW = re.compile(r"^\| `([a-z0-9-]+)` \| L(\d) \| (error|warning) \| .+ \| .+ \| \[`[^`]+`\]\(\.\./([^)]+)\) \|$", re.M)


def _prose() -> str:
    """The guidelines without the generated label tables."""
    start, end = GUIDELINES.index(BEGIN.format(name="labels")), GUIDELINES.index(END.format(name="labels"))
    return GUIDELINES[:start] + GUIDELINES[end:]


def test_checks_table_lists_exactly_the_rules_of_the_code() -> None:
    """docs/checks.md has one row per rule id the catalogue defines, with its level and severity."""
    rows = ROW.findall(CHECKS)
    assert sorted(r[0] for r in rows) == sorted(RULES)
    assert len(rows) == len(RULES)
    for rule_id, level, severity, _ in rows:
        assert (int(level), severity) == (RULES[rule_id].level, RULES[rule_id].severity), rule_id


def test_checks_table_links_each_rule_to_its_fixture() -> None:
    """Each row links to a fixture that exists and is named after the rule."""
    for rule_id, _, _, fixture in ROW.findall(CHECKS):
        assert (ROOT / fixture).exists(), fixture
        assert Path(fixture.rstrip("/")).stem == rule_id


KINDS = (
    "entity_types",
    "event_types",
    "roles",
    "stance_labels",
    "mention_levels",
    "mention_roles",
    "polarity",
    "realis",
)


@pytest.mark.parametrize("kind", KINDS)
def test_guideline_prose_explains_every_label(kind: str) -> None:
    """Outside the generated tables, the guidelines name every label of each inventory in backticks."""
    prose = _prose()
    missing = [name for name in load_inventory().names(kind) if f"`{name}`" not in prose]
    assert missing == []


def test_guidelines_keep_the_generated_label_block() -> None:
    """The generated label tables are still in the guidelines, between their markers."""
    assert BEGIN.format(name="labels") in GUIDELINES
    assert END.format(name="labels") in GUIDELINES


def test_guideline_quotes_come_from_the_corpus() -> None:
    """Every quoted example (a line starting with '>') occurs verbatim in an article of the corpus."""
    texts = [json.loads(line)["text"] for line in (ROOT / "corpus" / "articles.jsonl").read_text("utf-8").splitlines()]
    quotes = [line.strip()[2:] for line in _prose().splitlines() if line.strip().startswith("> ")]
    assert len(quotes) >= 20
    assert [q for q in quotes if not any(q in text for text in texts)] == []


def test_guidelines_show_the_arabic_cues_of_the_issue() -> None:
    """The event section gives the cue words annotators look for."""
    for cue in ("دعا", "حث", "أعرب عن أمله", "نفى", "اتهم", "أعلن", "بحث", "أجرى اتصالا"):
        assert cue in _prose(), cue
