"""A real headless Chromium opens a pushed task in Label Studio's labeling view."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from diplonews.corpus import load_articles
from diplonews.labelstudio import sync

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
        page.goto(f"{label_studio.url}/user/login/")
        page.fill("input[name=email]", label_studio.creds.username)
        page.fill("input[name=password]", label_studio.creds.password)
        page.click("button[type=submit]")
        page.wait_for_url(lambda url: "/user/login" not in url)
        page.goto(f"{label_studio.url}/projects/{report.project_id}/data?task={task_id}")
        container = page.locator(".lsf-richtext__container")
        container.wait_for(state="visible", timeout=60_000)
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
