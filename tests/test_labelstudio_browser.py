"""A real headless Chromium opens a pushed task in Label Studio's labeling view."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from diplonews.corpus import load_articles
from diplonews.labelstudio import sync
from labelstudio_pages import log_in

pytestmark = [pytest.mark.server, pytest.mark.browser]
ROOT = Path(__file__).resolve().parents[1]
SAMPLE = json.loads((ROOT / "tests" / "fixtures" / "sample_document.json").read_text(encoding="utf-8"))


def test_labeling_page_is_right_to_left_with_labels_and_a_preannotated_span(
    label_studio: Any, ls_client: Any, chromium: Any, artifacts_dir: Path
) -> None:
    """After login the task's Arabic text is laid out right to left, with entity labels and the predicted span."""
    articles = load_articles(ROOT / "corpus" / "articles.jsonl")
    report = sync.push(
        ls_client, articles, title="browser", predictions={SAMPLE["doc_id"]: SAMPLE}, model_version="sample-v1"
    )
    task_id = next(t["id"] for t in ls_client.tasks(report.project_id) if t["data"]["doc_id"] == SAMPLE["doc_id"])
    page = chromium.new_page(viewport={"width": 1400, "height": 1000})
    try:
        container = _open_task(page, label_studio, report.project_id, task_id)
        # The pre-annotated mention M1 (إيمانويل ماكرون, code points 35-50) is drawn as a highlight.
        predicted = page.locator('.htx-highlight[data-start="35"][data-end="50"]')
        predicted.wait_for(state="visible", timeout=30_000)
        page.screenshot(path=str(artifacts_dir / "labelstudio-labeling-rtl.png"))

        assert container.evaluate("el => getComputedStyle(el).direction") == "rtl"
        assert container.inner_text().startswith("باريس-(أ ف ب) – حضّ")
        assert predicted.inner_text() == "إيمانويل ماكرون"
        # Right to left: the first word of the line sits to the right of the words after it.
        first = page.locator('.htx-highlight[data-start="16"][data-end="19"]').bounding_box()
        later = predicted.bounding_box()
        assert first is not None
        assert later is not None
        assert first["x"] > later["x"]
        labels = page.locator(".lsf-label__text")
        for name in ("PER", "GPE", "MONEY", "CONSULT", "FAVOR"):
            assert labels.get_by_text(name, exact=True).first.is_visible(), name
    finally:
        page.close()


def _open_task(page: Any, label_studio: Any, project_id: int, task_id: int) -> Any:
    log_in(page, label_studio.url, label_studio.creds.username, label_studio.creds.password)
    page.goto(f"{label_studio.url}/projects/{project_id}/data?task={task_id}")
    container = page.locator(".lsf-richtext__container")
    container.wait_for(state="visible", timeout=60_000)
    return container


def _left_to_right(first: dict[str, float], then: dict[str, float]) -> bool:
    """``then`` comes after ``first`` in left-to-right reading: further right on the line, or on a later line."""
    return then["y"] > first["y"] + first["height"] / 2 or then["x"] >= first["x"] + first["width"] - 1


def test_instructions_keep_mixed_lines_in_order_and_open_only_on_request(
    label_studio: Any, ls_client: Any, chromium: Any, artifacts_dir: Path
) -> None:
    """The guidelines in Label Studio's Instructions: an English rule quoting two Arabic names reads left to
    right with the quotes in their order, an Arabic example right to left; no dead checks.md link."""
    articles = load_articles(ROOT / "corpus" / "articles.jsonl")
    guidelines = ROOT / "docs" / "guidelines.md"
    report = sync.push(
        ls_client, articles, title="browser-guidelines", guidelines=guidelines,
        predictions={SAMPLE["doc_id"]: SAMPLE}, model_version="sample-v1",
    )  # fmt: skip
    task_id = next(t["id"] for t in ls_client.tasks(report.project_id) if t["data"]["doc_id"] == SAMPLE["doc_id"])
    page = chromium.new_page(viewport={"width": 1400, "height": 1000})
    try:
        _open_task(page, label_studio, report.project_id, task_id)
        mixed = page.locator("p", has_text="Mention: «")
        assert mixed.count() == 0  # show_instruction is off: nothing pops up before the task
        page.get_by_role("button", name="Instructions").first.click()
        mixed.first.wait_for(state="visible", timeout=30_000)
        page.screenshot(path=str(artifacts_dir / "labelstudio-instructions-bidi.png"))

        assert mixed.first.get_attribute("dir") == "auto"  # Label Studio kept our attributes and <bdi>
        assert mixed.first.evaluate("el => getComputedStyle(el).direction") == "ltr"
        title = mixed.first.locator("bdi", has_text="الرئيس الروسي فلاديمير بوتين").bounding_box()
        thursday = mixed.first.locator("bdi", has_text="الخميس").bounding_box()
        label = mixed.first.locator("code", has_text="DATE").bounding_box()
        assert title is not None
        assert thursday is not None
        assert label is not None
        assert _left_to_right(title, thursday), (title, thursday)
        assert _left_to_right(thursday, label), (thursday, label)
        example = page.locator("blockquote p", has_text="عبّر الرئيس الروسي فلاديمير بوتين").first
        assert example.evaluate("el => getComputedStyle(el).direction") == "rtl"
        assert page.locator('a[href*="checks.md"]').count() == 0
        assert page.locator("code", has_text="docs/checks.md").first.is_visible()

        # The GPE-role choices appear for a GPE mention only; the entity id for every mention.
        page.keyboard.press("Escape")
        mixed.first.wait_for(state="hidden", timeout=10_000)
        role, entity_id = page.get_by_text("Role of a GPE mention"), page.get_by_text("Entity id (E1, E2, ...)")
        page.locator('.htx-highlight[data-start="35"][data-end="50"]').first.click()  # M1, PER
        entity_id.first.wait_for(state="visible", timeout=10_000)
        assert not role.first.is_visible()
        page.locator('.htx-highlight[data-start="259"][data-end="267"]').first.click()  # M3, GPE
        role.first.wait_for(state="visible", timeout=10_000)
        page.screenshot(path=str(artifacts_dir / "labelstudio-gpe-role.png"))
    finally:
        page.close()
