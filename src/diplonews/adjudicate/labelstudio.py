"""The review round trip through Label Studio: undecided disagreements go out as tasks, the curator's choices come back.

Each undecided review item becomes one task showing the context and every annotator's version; each
version is attached as a prediction (model_version = the annotator) that pre-selects that choice, so the
curator accepts one, picks "reject", and may type a reason. Pulling writes the choice into the review file
only where the file has no decision yet: a decision made in the file always wins and is never overwritten.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from diplonews._io import atomic_write_text, dumps
from diplonews.adjudicate.core import REJECT, read_review
from diplonews.labelstudio.client import LabelStudioClient

REVIEW_PROJECT = "diplonews review"


def review_config(annotators: list[str]) -> str:
    """The labeling config of the review project: context, versions, one choice per annotator plus reject."""
    choices = "".join(f'<Choice value="{escape(a)}"/>' for a in [*annotators, REJECT])
    return (
        '<View>\n  <Header value="$title"/>\n  <View style="direction: rtl; text-align: right">\n'
        '    <Text name="context" value="$context"/>\n  </View>\n  <Text name="versions" value="$versions"/>\n'
        f'  <Choices name="decision" toName="context" choice="single" showInline="true">{choices}</Choices>\n'
        '  <TextArea name="reason" toName="context" placeholder="reason (which convention)" maxSubmissions="1"/>\n'
        "</View>\n"
    )


def _reviews(review_dir: Path) -> dict[str, tuple[Path, dict[str, Any]]]:
    return {p.stem: (p, read_review(p)) for p in sorted(review_dir.glob("*.json"))}


def _choice(annotator: str) -> list[dict[str, Any]]:
    return [{"from_name": "decision", "to_name": "context", "type": "choices", "value": {"choices": [annotator]}}]


@dataclass
class RoundTrip:
    """What a push or a pull did."""

    project_id: int
    tasks: int = 0
    predictions: int = 0
    decisions: int = 0


def push_review(client: LabelStudioClient, review_dir: Path, title: str = REVIEW_PROJECT) -> RoundTrip:
    """Create or update the review project and add a task for every undecided item not already there."""
    reviews = _reviews(review_dir)
    annotators = sorted({a for _, r in reviews.values() for it in r["items"] for a in it["versions"]})
    found = client.find_project(title)
    config = review_config(annotators)
    if found is None:
        project_id = client.create_project(title=title, label_config=config, show_collab_predictions=True)
    else:
        project_id = found["id"]
        client.update_project(project_id, label_config=config)
    existing = {(t["data"].get("doc_id"), t["data"].get("key")) for t in client.tasks(project_id)}
    todo = [(doc_id, it) for doc_id, (_, r) in reviews.items() for it in r["items"]
            if it.get("decision") is None and (doc_id, it["key"]) not in existing]  # fmt: skip
    report = RoundTrip(project_id)
    if not todo:
        return report
    tasks = [{"data": {"doc_id": doc_id, "key": it["key"], "title": f"{doc_id}: {it['key']}",
                       "context": it.get("context") or it["key"],
                       "versions": "\n\n".join(f"{a}: {json.dumps(v, ensure_ascii=False)}"
                                               for a, v in it["versions"].items())}}
             for doc_id, it in todo]  # fmt: skip
    ids = client.import_tasks(project_id, tasks)
    predictions = [{"task": task_id, "model_version": annotator, "result": _choice(annotator)}
                   for task_id, (_, it) in zip(ids, todo, strict=True) for annotator in it["versions"]]  # fmt: skip
    client.import_predictions(project_id, predictions)
    report.tasks, report.predictions = len(ids), len(predictions)
    return report


def _answer(task: dict[str, Any]) -> tuple[str, str] | None:
    """(choice, reason) of the latest submitted annotation of an exported task, if any."""
    done = [a for a in task.get("annotations", []) if not a.get("was_cancelled")]
    if not done:
        return None
    latest = max(done, key=lambda a: (a.get("updated_at") or "", a.get("id", 0)))
    choice, reason = None, ""
    for region in latest.get("result", []):
        if region.get("from_name") == "decision":
            choice = (region.get("value", {}).get("choices") or [None])[0]
        elif region.get("from_name") == "reason":
            reason = " ".join(region.get("value", {}).get("text") or [])
    return (choice, reason) if choice else None


def pull_review(client: LabelStudioClient, review_dir: Path, title: str = REVIEW_PROJECT) -> RoundTrip:
    """Write the curator's choices from Label Studio into review items that have no decision yet."""
    found = client.find_project(title)
    if found is None:
        return RoundTrip(0)
    reviews = _reviews(review_dir)
    report = RoundTrip(found["id"])
    changed: set[str] = set()
    for task in client.export_tasks(found["id"]):
        answer = _answer(task)
        doc_id, key = task["data"].get("doc_id"), task["data"].get("key")
        if answer is None or doc_id not in reviews:
            continue
        for it in reviews[doc_id][1]["items"]:
            if it["key"] == key and it.get("decision") is None:
                it["decision"], it["reason"] = answer[0], answer[1] or "decided in Label Studio"
                report.decisions += 1
                changed.add(doc_id)
    for doc_id in sorted(changed):
        path, review = reviews[doc_id]
        atomic_write_text(path, dumps(review))
    return report
