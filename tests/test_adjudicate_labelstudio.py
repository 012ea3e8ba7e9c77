"""The review round trip through a real Label Studio server: push undecided items, decide there, pull back."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from diplonews.adjudicate import run
from diplonews.adjudicate.labelstudio import context_html, pull_review, push_review, review_config
from labelstudio_pages import log_in
from test_adjudicate import DOC, _gold, _review, _tree, _versions

# The review key of the sample's stance: entities are keyed by the text of their first proper-name mention.
STANCE_KEY = "stance:text:إيمانويل ماكرون|P:ceasefire_ukraine"

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_TEXT = json.loads((ROOT / "tests" / "fixtures" / "sample_document.json").read_text(encoding="utf-8"))["text"]

pytestmark = pytest.mark.server


def test_review_context_marks_the_span_and_cuts_no_word() -> None:
    """The context reaches whole words on both sides and marks every version's span, escaped."""
    text = "كلمة " * 40 + "<أوكرانيا>" + " كلمة" * 40
    start = text.index("<")
    item = {"key": "mention:x", "versions": {"a1": {"start": start, "end": start + 10}, "a2": None}}
    html = context_html(text, item)
    assert "<mark" in html
    assert "&lt;أوكرانيا&gt;</mark>" in html
    inner = html.split(">", 1)[1].rsplit("</div>", 1)[0].replace('<mark style="background: #ffd54f">', "")
    words = inner.replace("</mark>", "").strip("… ").split()
    assert set(words) == {"كلمة", "&lt;أوكرانيا&gt;"}
    assert context_html(None, {"key": "k", "context": "<b>"}) == '<div dir="rtl">&lt;b&gt;</div>'


def test_review_config_lists_annotators_and_reject() -> None:
    """The review project's config offers one choice per annotator and reject, with the context right to left."""
    config = review_config(["a1", "a2"])
    assert '<Choice value="a1"/><Choice value="a2"/><Choice value="reject"/>' in config
    assert '<HyperText name="context" value="$context_html"' in config  # the span marked, right to left
    assert 'choice="single" showInline="true" required="true"' in config  # a plain Submit accepts nothing


def test_round_trip_through_label_studio(ls_client: Any, tmp_path: Path) -> None:
    """Undecided items become tasks with one prediction per version; a choice made there lands in gold."""
    root = _tree(tmp_path, *_versions())
    run(root)
    title = f"review-{tmp_path.name}"
    pushed = push_review(ls_client, root / "_review", title, {DOC: SAMPLE_TEXT})
    assert pushed.tasks == 2
    tasks = ls_client.tasks(pushed.project_id)
    assert sorted(t["data"]["key"] for t in tasks) == ["mention:259-267", STANCE_KEY]
    # Nothing pre-selects a version: a plain Submit in the curator's draft cannot accept one.
    assert all(t["total_predictions"] == 0 for t in tasks)
    assert ls_client.project(pushed.project_id)["show_collab_predictions"] is False
    mention = next(t for t in tasks if t["data"]["key"] == "mention:259-267")
    assert "<mark" in mention["data"]["context_html"]
    assert ">أوكرانيا</mark>" in mention["data"]["context_html"]
    # Pushing again adds nothing: the items are already there.
    assert push_review(ls_client, root / "_review", title).tasks == 0

    admin = next(iter(ls_client.users()))
    stance_task = next(t for t in tasks if t["data"]["key"].startswith("stance:"))
    result = [
        {"from_name": "decision", "to_name": "context", "type": "choices", "value": {"choices": ["a1"]}},
        {"from_name": "reason", "to_name": "context", "type": "textarea", "value": {"text": ["urging is FAVOR"]}},
    ]
    ls_client.create_annotation(stance_task["id"], result, completed_by=admin)

    # A decision already written in the file is never overwritten by the pull.
    path = root / "_review" / f"{DOC}.json"
    review = json.loads(path.read_text(encoding="utf-8"))
    review["items"][0]["decision"] = "a1"
    path.write_text(json.dumps(review, ensure_ascii=False), encoding="utf-8")

    pulled = pull_review(ls_client, root / "_review", title)
    assert pulled.decisions == 1
    items = _review(root)["items"]
    assert [(it["decision"], it["reason"]) for it in items] == [("a1", ""), ("a1", "urging is FAVOR")]
    [outcome] = run(root)
    assert (outcome.decided, outcome.pending) == (2, 0)
    assert [s["label"] for s in _gold(root)["stances"]] == ["FAVOR"]


def test_review_task_in_the_browser_marks_the_span_and_a_plain_submit_accepts_nothing(
    label_studio: Any, ls_client: Any, chromium: Any, artifacts_dir: Path, tmp_path: Path
) -> None:
    """In real Chromium the curator sees the disputed span marked in right-to-left context, no version is
    pre-selected, and Submit without a choice is refused (a warning, no annotation on the server)."""
    root = _tree(tmp_path, *_versions())
    run(root)
    pushed = push_review(ls_client, root / "_review", f"review-ui-{tmp_path.name}", {DOC: SAMPLE_TEXT})
    task_id = next(t["id"] for t in ls_client.tasks(pushed.project_id) if t["data"]["key"] == "mention:259-267")
    page = chromium.new_page(viewport={"width": 1400, "height": 900})
    try:
        log_in(page, label_studio.url, label_studio.creds.username, label_studio.creds.password)
        page.goto(f"{label_studio.url}/projects/{pushed.project_id}/data?task={task_id}")
        mark = page.locator("mark").first
        mark.wait_for(state="visible", timeout=60_000)
        assert mark.inner_text() == "أوكرانيا"
        assert mark.evaluate("el => getComputedStyle(el.parentElement).direction") == "rtl"
        assert page.locator("input.ant-checkbox-input:checked").count() == 0
        page.locator('button[aria-label="Submit current annotation"]').click()
        page.get_by_text("Pick the version to keep, or reject").wait_for(state="visible", timeout=15_000)
        page.screenshot(path=str(artifacts_dir / "labelstudio-review-task.png"))
        assert ls_client.annotations(task_id) == []
    finally:
        page.close()
