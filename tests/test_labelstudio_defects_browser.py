"""Issue 18 items 2 and 5 driven through the real Label Studio UI in headless Chromium, as annotators do: one
annotator stacks a stance label on a mention ("PER, FAVOR") with its hotkey, another submits a mention without
entity id or level; then pull (keeps going, names the two-label region, exit 1), validate and agreement."""

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
COMMON = SAMPLE["doc_id"]  # both annotators label it: M1 إيمانويل ماكرون, code points 35-50
STACKED = "000_0ea221ab93fade0a-1"  # annotator d1 stacks FAVOR on a PER mention of فلاديمير بوتين here
KEY = "defects-test-pseudonym-key-0123456789"
PROJECT = "defects"
SUBMIT = 'button[aria-label="Submit current annotation"]'


def _cli(env: dict[str, str], *args: str, code: int | None = 0) -> Any:
    result = CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)
    if code is not None:
        assert result.exit_code == code, result.output
    return result


def _open(page: Any, url: str, project_id: int, task_id: int, *, new: bool = False) -> None:
    """Open the task in the Data Manager; ``new``: start an annotation of one's own beside another's."""
    page.goto(f"{url}/projects/{project_id}/data?task={task_id}")
    page.locator(".lsf-richtext__container").wait_for(state="visible", timeout=60_000)
    if new:
        page.locator('button[aria-label="Create an annotation"]').click()
        page.locator(SUBMIT).wait_for(state="visible", timeout=15_000)


def _draw(page: Any, start: int, end: int, hotkey: str = "1") -> str:
    """Press the label's hotkey (1 = PER), select [start, end) with a DOM Range and mouseup, select the new
    region in the outliner so its per-region fields show; returns the selected text."""
    page.locator(".lsf-richtext__container").click(position={"x": 5, "y": 5})  # focus the labeling area
    page.keyboard.press(hotkey)
    selected: str = page.evaluate(SELECT, [start, end])
    page.locator(f'.htx-highlight[data-start="{start}"][data-end="{end}"]').first.wait_for(
        state="visible", timeout=15_000
    )
    page.locator(".lsf-outliner-item").last.click()
    page.get_by_text("Entity id (E1, E2, ...)").first.wait_for(state="visible", timeout=15_000)
    return selected


def _stack_favor_on_a_mention(page: Any, task_id: int, span: tuple[int, int], shots: Path) -> tuple[int, str]:
    """(a) A PER mention, then, with the region selected, FAVOR's hotkey f: one region "PER, FAVOR", submitted.
    Returns the annotation's id and the region's."""
    assert _draw(page, *span) == "فلاديمير بوتين"
    page.keyboard.press("f")
    region = page.locator(".lsf-outliner-item").last
    region.get_by_text("FAVOR").first.wait_for(state="visible", timeout=15_000)
    page.screenshot(path=str(shots / "labelstudio-defect-two-labels.png"))
    assert "PER" in region.inner_text()
    [annotation] = submit(page, task_id)
    labelled = [r for r in annotation["result"] if r["type"] == "labels"]
    assert sorted((r["from_name"], lab) for r in labelled for lab in r["value"]["labels"]) == [
        ("mention", "PER"), ("stance", "FAVOR")
    ]  # fmt: skip
    assert len({r["id"] for r in labelled}) == 1  # one region with two labels, not two regions
    return int(annotation["id"]), str(labelled[0]["id"])


def _label_fully(page: Any, task_id: int, shots: Path) -> None:
    """M1 as PER with entity id E1, QID and level NAM, submitted."""
    assert _draw(page, 35, 50) == SAMPLE["text"][35:50]
    for name, value in (("entity", "E1"), ("kb", "Q3052772")):
        field = page.locator(f"input[name={name}]")
        field.fill(value)
        field.press("Enter")
    page.get_by_text("Mention level").first.wait_for(state="visible", timeout=15_000)
    page.locator(".ant-radio-wrapper, .ant-checkbox-wrapper", has_text="NAM").first.click()
    page.screenshot(path=str(shots / "labelstudio-defect-complete-mention.png"))
    submit(page, task_id)


def _leave_fields_unset(page: Any, task_id: int, shots: Path) -> None:
    """(b) M1 as PER, submitted without entity id, QID or level."""
    assert _draw(page, 35, 50) == SAMPLE["text"][35:50]
    page.screenshot(path=str(shots / "labelstudio-defect-fields-unset.png"))
    [annotation] = submit(page, task_id)  # d2's own, not d1's beside it
    result = annotation["result"]
    assert {r["from_name"] for r in result} == {"mention"}  # no entity id, QID or level went with it


def _check_written(out: Path) -> None:
    """Only the common task's two files: d1's complete mention, d2's with ``unset`` entity and level."""
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json") if not p.name.startswith("."))
    assert written == [f"d1/{COMMON}.json", f"d2/{COMMON}.json"]
    d1 = json.loads((out / "d1" / f"{COMMON}.json").read_text(encoding="utf-8"))
    d2 = json.loads((out / "d2" / f"{COMMON}.json").read_text(encoding="utf-8"))
    assert [(m["start"], m["end"], m["entity"], m.get("level"), m.get("unset")) for m in d1["mentions"]] == [
        (35, 50, "E1", "NAM", None)
    ]
    assert [(m["start"], m["end"], m["text"], sorted(m.get("unset", []))) for m in d2["mentions"]] == [
        (35, 50, SAMPLE["text"][35:50], ["entity", "level"])
    ]


def test_two_labels_and_unset_fields_drawn_in_the_ui_then_pull_validate_agreement(
    label_studio: Any, ls_client: Any, chromium: Any, artifacts_dir: Path, tmp_path: Path
) -> None:
    """d1 draws a PER mention on one task and, with the region selected, presses FAVOR's hotkey (f): the region
    reads "PER, FAVOR" and is submitted; d1 also labels the common task fully. d2 draws the same mention on the
    common task and submits it without entity id or level. The pull writes both common files, names d1's
    two-label region by annotator and task with how to fix it, exits 1; d2's mention records ``unset``;
    validate warns mention-fields-unset and finds no error; agreement compares d1 and d2."""
    articles = load_articles(ROOT / "corpus" / "articles.jsonl")
    corpus = tmp_path / "two.jsonl"
    corpus.write_text(
        "".join(json.dumps(articles[d], ensure_ascii=False) + "\n" for d in (STACKED, COMMON)), encoding="utf-8"
    )
    env = {"LABEL_STUDIO_URL": label_studio.url, "LABEL_STUDIO_API_KEY": label_studio.creds.token,
           "DIPLONEWS_PSEUDONYM_KEY": KEY}  # fmt: skip
    _cli(env, "labelstudio", "push", "--project", PROJECT, "--overlap", "2", "--corpus", str(corpus))
    passwords = {}
    for name in ("d1", "d2"):
        out = _cli(env, "labelstudio", "annotators", "add", name, "--data-dir", str(label_studio.data_dir)).output
        passwords[name] = next(x for x in out.splitlines() if x.startswith("password: ")).removeprefix("password: ")
    project_id = int(ls_client.find_project(PROJECT)["id"])
    tasks = {t["data"]["doc_id"]: int(t["id"]) for t in ls_client.tasks(project_id)}
    s_start = articles[STACKED]["text"].index("فلاديمير بوتين")
    url = label_studio.url

    page = annotator_page(chromium, url, "d1@annotators.diplonews.invalid", passwords["d1"])
    try:
        _open(page, url, project_id, tasks[STACKED])
        stacked, region = _stack_favor_on_a_mention(page, tasks[STACKED], (s_start, s_start + 14), artifacts_dir)
        _open(page, url, project_id, tasks[COMMON])
        _label_fully(page, tasks[COMMON], artifacts_dir)
    finally:
        page.context.close()
    page = annotator_page(chromium, url, "d2@annotators.diplonews.invalid", passwords["d2"])
    try:
        _open(page, url, project_id, tasks[COMMON], new=True)  # beside d1's annotation, as the stream would
        _leave_fields_unset(page, tasks[COMMON], artifacts_dir)
    finally:
        page.context.close()

    out = tmp_path / "annotations"
    pulled = _cli(env, "labelstudio", "pull", "--project", PROJECT, "-o", str(out), "--corpus", str(corpus), code=1)
    assert "wrote 2 files" in pulled.stdout, pulled.stdout + pulled.stderr
    # Exactly d1's annotation, under d1, with the true message and how to fix it in Label Studio.
    assert pulled.stderr.splitlines() == [
        "1 annotations could not be converted and were not written (their files, if any, are as before); fix "
        "each in Label Studio (open the task, fix the region, Update), then pull again:",
        "  d1:",
        f"    task {tasks[STACKED]} (doc {STACKED}) annotation {stacked} region {region}: "
        "the region has two labels, PER and FAVOR "
        '(shown as "PER, FAVOR"); a region takes one label: in Label Studio select the region and click the label '
        "it should not have (or press its hotkey) to take it off; a span that is both, e.g. a mention inside "
        "stance evidence, is drawn twice, once per label",
    ], pulled.output
    _check_written(out)
    state = json.loads((out / ".labelstudio-state.json").read_text(encoding="utf-8"))
    assert state["retry"] == [tasks[STACKED]]  # the next pull tries d1's task again

    validated = _cli(env, "validate", str(out), "--corpus", str(corpus), "--format", "json")
    report = json.loads(validated.stdout)
    assert (report["ok"], report["files"], report["errors"], report["by_rule"]) == (
        True, 2, 0, {"mention-fields-unset": 1}
    ), validated.output  # fmt: skip
    [finding] = report["findings"]
    assert (finding["severity"], finding["json_path"]) == ("warning", "$.mentions[0].unset")
    assert Path(finding["file"]) == out / "d2" / f"{COMMON}.json"
    assert "without its entity" in finding["message"]
    assert "its level" in finding["message"]

    agreed = json.loads(_cli(env, "agreement", str(out), "--format", "json").stdout)
    assert agreed["annotators"] == ["d1", "d2"]
    assert agreed["pairs"]["d1~d2"]["documents"] == 1
    assert agreed["pairs"]["d1~d2"]["entities"]["strict_f1"] == 1.0
