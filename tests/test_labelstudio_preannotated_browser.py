"""Issue 18 items 5 and 9 driven through the real Label Studio UI in headless Chromium: two annotators start from
the pushed pre-annotation. p1 keeps every predicted region and draws one more mention, giving it a known entity
of the document from the choices the push put in the task (no id typed); p2 deletes a predicted region. The pull
records each one's ``preannotation``, and agreement reports each one's share of predicted items kept unchanged."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from diplonews.cli import main
from diplonews.corpus import load_articles
from diplonews.labelstudio import sync
from labelstudio_pages import SELECT, annotator_page, submit

pytestmark = [pytest.mark.server, pytest.mark.browser]
ROOT = Path(__file__).resolve().parents[1]
SAMPLE = json.loads((ROOT / "tests" / "fixtures" / "sample_document.json").read_text(encoding="utf-8"))
DOC = SAMPLE["doc_id"]
KEY = "preannotated-test-pseudonym-key-0123456789"
PROJECT = "preannotated-ui"  # not "preannotated": test_labelstudio_sync uses it on the same server
PREDICTED = len(SAMPLE["mentions"]) + len(SAMPLE["events"]) + len(SAMPLE["stances"])


def _cli(env: dict[str, str], *args: str) -> str:
    result = CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def _open(page: Any, url: str, project_id: int, task_id: int) -> None:
    """Open the task: with no annotation of one's own yet, it opens on the pre-annotation as the starting point."""
    page.goto(f"{url}/projects/{project_id}/data?task={task_id}")
    first = SAMPLE["mentions"][0]
    page.locator(f'.htx-highlight[data-start="{first["start"]}"][data-end="{first["end"]}"]').first.wait_for(
        state="visible", timeout=60_000
    )
    assert page.locator(".lsf-outliner-item").count() == PREDICTED


def _add_mention_of_a_known_entity(page: Any, span: tuple[int, int], entity: dict[str, Any], shots: Path) -> None:
    """Draw a PER mention, select it in the Regions list, and pick ``entity`` among the document's known ones."""
    page.keyboard.press("Escape")
    page.locator(".lsf-label__text").get_by_text("PER", exact=True).first.click()
    page.evaluate(SELECT, list(span))
    page.locator(f'.htx-highlight[data-start="{span[0]}"][data-end="{span[1]}"]').first.wait_for(
        state="visible", timeout=15_000
    )
    region = page.locator(".lsf-outliner-item").last
    region.get_by_text("PER", exact=True).wait_for(state="visible", timeout=15_000)
    region.click()
    known = page.locator(".lsf-choices").filter(has_text=entity["kb"]).first
    known.wait_for(state="visible", timeout=15_000)
    assert known.inner_text().count("·") == 3 * len(SAMPLE["entities"])  # id · type · QID · mention, each
    option = known.locator(".ant-checkbox-wrapper, .ant-radio-wrapper", has_text=entity["kb"]).first
    option.scroll_into_view_if_needed()
    option.click()
    page.screenshot(path=str(shots / "labelstudio-known-entity.png"))


def test_two_annotators_from_the_pre_annotation_one_keeps_one_deletes_then_pull_and_agreement(
    label_studio: Any, ls_client: Any, chromium: Any, artifacts_dir: Path, tmp_path: Path
) -> None:
    """Both open the task before either submits, so both start from the prediction. p1 keeps it all and adds
    a mention of ماكرون with the known entity E1 picked (its QID comes along); p2 deletes the GPE mention. Pull:
    p1 kept every predicted item, p2 all but one; the new mention is E1 with the prediction's QID; agreement's
    kept-unchanged share per annotator is kept / predicted."""
    articles = load_articles(ROOT / "corpus" / "articles.jsonl")
    corpus = tmp_path / "one.jsonl"
    corpus.write_text(json.dumps(articles[DOC], ensure_ascii=False) + "\n", encoding="utf-8")
    text = articles[DOC]["text"]
    later = text.index("ماكرون", SAMPLE["mentions"][0]["end"])  # a mention of E1 the prediction does not have
    e1 = next(e for e in SAMPLE["entities"] if e["id"] == "E1")
    gpe = next(m for m in SAMPLE["mentions"] if m["text"] == "أوكرانيا")
    # Scored, as `push --preannotate` sends them: regions accepted with their score pull back like any other.
    report = sync.push(ls_client, {DOC: articles[DOC]}, title=PROJECT, overlap=2, predictions={DOC: SAMPLE},
                       model_version="sample-v1", score_of=lambda _type: 0.9)  # fmt: skip
    [task_id] = [int(t["id"]) for t in ls_client.tasks(report.project_id)]
    env = {"LABEL_STUDIO_URL": label_studio.url, "LABEL_STUDIO_API_KEY": label_studio.creds.token,
           "DIPLONEWS_PSEUDONYM_KEY": KEY}  # fmt: skip
    pages = {}
    try:
        for name in ("p1", "p2"):
            added = _cli(env, "labelstudio", "annotators", "add", name, "--data-dir", str(label_studio.data_dir))
            password = next(x for x in added.splitlines() if x.startswith("password: ")).removeprefix("password: ")
            pages[name] = annotator_page(chromium, label_studio.url, f"{name}@annotators.diplonews.invalid", password)
            _open(pages[name], label_studio.url, report.project_id, task_id)
        _add_mention_of_a_known_entity(pages["p1"], (later, later + len("ماكرون")), e1, artifacts_dir)
        submit(pages["p1"], task_id)
        p2 = pages["p2"]
        p2.locator(".lsf-outliner-item", has_text=gpe["text"]).first.click()
        p2.keyboard.press("Backspace")  # Label Studio's hotkey: delete the selected region
        p2.locator(".lsf-outliner-item").nth(PREDICTED - 2).wait_for(state="visible", timeout=15_000)
        assert p2.locator(".lsf-outliner-item").count() == PREDICTED - 1
        p2.screenshot(path=str(artifacts_dir / "labelstudio-prediction-edited.png"))
        submit(p2, task_id)
    finally:
        for page in pages.values():
            page.context.close()

    out = tmp_path / "annotations"
    _cli(env, "labelstudio", "pull", "--project", PROJECT, "-o", str(out), "--corpus", str(corpus))
    docs = {n: json.loads((out / n / f"{DOC}.json").read_text(encoding="utf-8")) for n in ("p1", "p2")}
    started = {n: d["preannotation"] for n, d in docs.items()}
    assert started["p1"] == {"model_version": "sample-v1", "predicted": PREDICTED, "kept": PREDICTED, "changed": 0}
    assert started["p2"] == {"model_version": "sample-v1", "predicted": PREDICTED, "kept": PREDICTED - 1,
                             "changed": 0}  # fmt: skip
    [added] = [m for m in docs["p1"]["mentions"] if m["start"] == later]
    assert (added["text"], added["entity"]) == ("ماكرون", "E1")
    assert next(e for e in docs["p1"]["entities"] if e["id"] == "E1") == e1
    assert gpe["start"] not in {m["start"] for m in docs["p2"]["mentions"]}

    agreed = json.loads(_cli(env, "agreement", str(out), "--format", "json"))
    shares = {a: v["kept_unchanged"] for a, v in agreed["preannotation"]["annotators"].items()}
    assert shares == {n: started[n]["kept"] / started[n]["predicted"] for n in ("p1", "p2")}
