"""Issue 18 item 6 driven through the real Label Studio UI in headless Chromium: an annotator draws a trigger and
a mention, links them with the keystrokes docs/guidelines.md gives (select the trigger, Alt+R, click the mention),
gives the relation its role in the Relations tab, hides the arrows, submits; the pull yields the argument."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from diplonews.cli import main
from diplonews.corpus import load_articles
from labelstudio_pages import SELECT, annotator_page, submit

pytestmark = [pytest.mark.server, pytest.mark.browser]
ROOT = Path(__file__).resolve().parents[1]
SAMPLE = json.loads((ROOT / "tests" / "fixtures" / "sample_document.json").read_text(encoding="utf-8"))
DOC = SAMPLE["doc_id"]
KEY = "relations-test-pseudonym-key-0123456789"
PROJECT = "relations"


def _cli(env: dict[str, str], *args: str) -> str:
    result = CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def _draw(page: Any, label: str, start: int, end: int, *, second: bool = False) -> str:
    """Click the label's button, select [start, end) and let go of the mouse; returns the selected text.

    ``second``: in Label Studio 1.23 the second span drawn this way (after the first, later in the text) comes out
    without a label, grey in the Regions list; as an annotator does, select it there and click the label.
    """
    page.keyboard.press("Escape")  # no region selected: the label starts a new region instead of relabelling one
    button = page.locator(".lsf-label__text").get_by_text(label, exact=True).first
    button.click()
    selected: str = page.evaluate(SELECT, [start, end])
    page.locator(f'.htx-highlight[data-start="{start}"][data-end="{end}"]').first.wait_for(
        state="visible", timeout=15_000
    )
    region = page.locator(".lsf-outliner-item").last
    if second:
        region.click()
        button.click()
    region.get_by_text(label, exact=True).wait_for(state="visible", timeout=15_000)
    return selected


def _link(page: Any, trigger: str, mention: str, role: str) -> None:
    """Select the trigger in the Regions list, Alt+R, click the mention; then in the Relations tab open the new
    relation's labels (the ... button) and pick ``role``."""
    page.locator(".lsf-outliner-item", has_text=trigger).first.click()
    page.keyboard.press("Alt+r")
    page.locator(".lsf-outliner-item", has_text=mention).first.click()
    page.locator(".lsf-panel-tabs__tab:visible", has_text="Relations").first.click()
    relation = page.locator(".lsf-relations__item").first
    relation.wait_for(state="visible", timeout=15_000)
    relation.hover()
    relation.locator('[aria-label="Show Relation Labels"]').click()
    page.locator(".lsf-relation-meta [data-testid=select-trigger]").first.click()
    page.get_by_role("option", name=role, exact=True).first.click()
    page.keyboard.press("Escape")


def test_an_annotator_links_a_trigger_to_a_mention_gives_the_role_and_pull_has_the_argument(
    label_studio: Any, ls_client: Any, chromium: Any, artifacts_dir: Path, tmp_path: Path
) -> None:
    """r1 draws REQUEST on حضّ and PER on فلاديمير بوتين (entity id E2, QID), links trigger to mention with
    Alt+R, picks RECIPIENT in the Relations tab, hides every arrow with the Relations tab's eye, submits; the
    pull writes one event whose one argument is RECIPIENT -> the mention."""
    articles = load_articles(ROOT / "corpus" / "articles.jsonl")
    corpus = tmp_path / "one.jsonl"
    corpus.write_text(json.dumps(articles[DOC], ensure_ascii=False) + "\n", encoding="utf-8")
    text = articles[DOC]["text"]
    trigger = (text.index("حضّ"), text.index("حضّ") + len("حضّ"))
    mention = (text.index("فلاديمير بوتين"), text.index("فلاديمير بوتين") + len("فلاديمير بوتين"))
    env = {"LABEL_STUDIO_URL": label_studio.url, "LABEL_STUDIO_API_KEY": label_studio.creds.token,
           "DIPLONEWS_PSEUDONYM_KEY": KEY}  # fmt: skip
    _cli(env, "labelstudio", "push", "--project", PROJECT, "--corpus", str(corpus))
    added = _cli(env, "labelstudio", "annotators", "add", "r1", "--data-dir", str(label_studio.data_dir))
    password = next(x for x in added.splitlines() if x.startswith("password: ")).removeprefix("password: ")
    project_id = int(ls_client.find_project(PROJECT)["id"])
    [task_id] = [int(t["id"]) for t in ls_client.tasks(project_id)]

    page = annotator_page(chromium, label_studio.url, "r1@annotators.diplonews.invalid", password)
    try:
        page.goto(f"{label_studio.url}/projects/{project_id}/data?task={task_id}")
        page.locator(".lsf-richtext__container").wait_for(state="visible", timeout=60_000)
        assert _draw(page, "REQUEST", *trigger) == "حضّ"
        assert _draw(page, "PER", *mention, second=True) == "فلاديمير بوتين"  # selected: its fields show
        for name, value in (("entity", "E2"), ("kb", "Q7747")):
            field = page.locator(f"input[name={name}]")
            field.fill(value)
            field.press("Enter")
        _link(page, "REQUEST", "PER", "RECIPIENT")
        page.locator(".lsf-relations").get_by_text("RECIPIENT").first.wait_for(state="visible", timeout=15_000)
        page.screenshot(path=str(artifacts_dir / "labelstudio-relation-role.png"))
        page.locator('[aria-label="Hide all"]').first.click()  # arrows off the text; the relation stays
        page.locator(".lsf-relations__item_hidden").first.wait_for(state="attached", timeout=15_000)
        page.screenshot(path=str(artifacts_dir / "labelstudio-relations-hidden.png"))
        [annotation] = submit(page, task_id)
    finally:
        page.context.close()
    [relation] = [r for r in annotation["result"] if r["type"] == "relation"]
    assert relation["labels"] == ["RECIPIENT"]

    out = tmp_path / "annotations"
    _cli(env, "labelstudio", "pull", "--project", PROJECT, "-o", str(out), "--corpus", str(corpus))
    doc = json.loads((out / "r1" / f"{DOC}.json").read_text(encoding="utf-8"))
    [m] = doc["mentions"]
    assert (m["start"], m["end"], m["text"], m["entity"]) == (*mention, "فلاديمير بوتين", "E2")
    assert doc["entities"] == [{"id": "E2", "type": "PER", "kb": "Q7747"}]
    [event] = doc["events"]
    assert (event["type"], event["trigger"]["start"], event["trigger"]["end"]) == ("REQUEST", *trigger)
    assert event["arguments"] == [{"role": "RECIPIENT", "ref": m["id"]}]
