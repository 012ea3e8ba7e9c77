"""The HTML agreement report: self-contained, escaped, and rendered by a real headless Chromium."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from diplonews.agreement import compute
from diplonews.agreement.html import render
from test_agreement import _doc

HOSTILE = "ماكرون <script>window.__pwned = 1</script> & بوتين في باريس"


def _annotations() -> dict[str, dict[str, dict[str, Any]]]:
    a = _doc(
        "d<1>",
        [(0, 6, "PER", "Q3052772"), (HOSTILE.find("بوتين"), HOSTILE.find("بوتين") + 5, "PER", "Q7747")],
        [(51, 53, "CONSULT", [("ACTOR", 0)])],
        [(0, "P:x", "FAVOR")],
        text=HOSTILE,
    )
    b = _doc("d<1>", [(0, 6, "PER", "Q3052772"), (54, 59, "GPE", "Q90")], [], [(0, "P:x", "AGAINST")], text=HOSTILE)
    return {"a1": {"d<1>": a}, "a2": {"d<1>": b}}


def test_html_escapes_text_and_is_self_contained() -> None:
    """Article text and ids are escaped; the page loads nothing from elsewhere."""
    ann = _annotations()
    page = render(compute(ann), ann)
    assert "<script>" not in page
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page
    assert 'id="doc-d&lt;1&gt;"' in page
    assert not re.search(r"(src|href)=\"?https?:", page)
    assert page.count("<svg") == 3  # F1 per type, agreement per document, one stance confusion matrix


def test_html_marks_disagreements() -> None:
    """Spans both annotators marked alike are plain highlights; the others carry the dis class."""
    ann = _annotations()
    page = render(compute(ann), ann)
    assert re.search(r'class="m" style="[^"]*" title="PER">ماكرون</span>', page)
    assert re.search(r'class="m dis" style="[^"]*" title="PER \(disagreement\)">بوتين</span>', page)


@pytest.mark.browser
def test_html_renders_in_chromium(tmp_path: Path, chromium: Any, artifacts_dir: Path) -> None:
    """Headless Chromium renders the report right to left, runs no injected script, and a screenshot is kept."""
    ann = _annotations()
    page_file = tmp_path / "agreement.html"
    page_file.write_text(render(compute(ann), ann), encoding="utf-8")
    artifacts = artifacts_dir
    page = chromium.new_page(viewport={"width": 1300, "height": 1000})
    try:
        page.goto(page_file.as_uri())
        assert page.evaluate("window.__pwned") is None
        direction = page.eval_on_selector(".text", "el => getComputedStyle(el).direction")
        assert direction == "rtl"
        assert page.locator("svg").count() == 3
        assert page.locator(".text").first.inner_text().startswith("ماكرون <script>")
        assert page.locator(".dis").count() >= 2
        page.screenshot(path=str(artifacts / "agreement-report.png"), full_page=True)
    finally:
        page.close()
    assert (artifacts / "agreement-report.png").stat().st_size > 5000
