"""The review round trip through Label Studio: undecided disagreements go out as tasks, the curator's choices come back.

Each undecided review item becomes one task showing the disputed span marked in its sentence context (whole
words) and every annotator's version. Nothing is pre-selected: the curator picks one annotator's version or
"reject" (a plain Submit without a choice is refused), and may type a reason. Pulling writes the choice into the
review file only where the file has no decision yet: a decision made in the file always wins and is never
overwritten.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from diplonews._io import atomic_write_text, dumps
from diplonews.adjudicate.core import REJECT, read_review
from diplonews.annotations import document_files
from diplonews.labelstudio.client import LabelStudioClient

REVIEW_PROJECT = "diplonews review"


def review_config(annotators: list[str]) -> str:
    """The labeling config of the review project: context with the span marked, versions, one required choice."""
    choices = "".join(f'<Choice value="{escape(a)}"/>' for a in [*annotators, REJECT])
    return (
        '<View>\n  <Header value="$title"/>\n'
        # HyperText, not Text: the disputed span is marked (<mark>) inside its context, escaped by push_review.
        '  <HyperText name="context" value="$context_html" inline="true"/>\n'
        '  <Text name="versions" value="$versions"/>\n'
        f'  <Choices name="decision" toName="context" choice="single" showInline="true" required="true"'
        f' requiredMessage="Pick the version to keep, or reject">{choices}</Choices>\n'
        '  <TextArea name="reason" toName="context" placeholder="reason (which convention)" maxSubmissions="1"/>\n'
        "</View>\n"
    )


# Characters of context on each side of the disputed span, extended to whole words.
CONTEXT = 80


def _span(item: dict[str, Any]) -> tuple[int, int] | None:
    """The code-point range every version's span covers (mention, trigger or evidence), None if none has one."""
    spans = []
    for version in item.get("versions", {}).values():
        if not isinstance(version, dict):
            continue
        where = version.get("trigger") or version.get("evidence") or version
        if isinstance(where, dict) and type(where.get("start")) is int and type(where.get("end")) is int:
            spans.append((where["start"], where["end"]))
    return (min(s for s, _ in spans), max(e for _, e in spans)) if spans else None


def _word_edge(text: str, at: int, step: int) -> int:
    """``at`` moved outward (``step`` -1: left, +1: right) to the nearest whitespace, so no word is cut."""
    while 0 < at < len(text) and not (text[at - 1].isspace() if step < 0 else text[at].isspace()):
        at += step
    return max(0, min(at, len(text)))


def context_html(text: str | None, item: dict[str, Any]) -> str:
    """The disputed span in <mark> inside whole-word context, right to left; the stored context if no text."""
    span = _span(item) if text else None
    if text is None or span is None or not 0 <= span[0] < span[1] <= len(text):
        return f'<div dir="rtl">{escape(item.get("context") or item["key"])}</div>'
    start = _word_edge(text, max(0, span[0] - CONTEXT), -1)
    end = _word_edge(text, min(len(text), span[1] + CONTEXT), 1)
    before, marked, after = text[start : span[0]], text[span[0] : span[1]], text[span[1] : end]
    return (
        f'<div dir="rtl" style="font-size: 1.25em; line-height: 2">{"… " if start else ""}{escape(before)}'
        f'<mark style="background: #ffd54f">{escape(marked)}</mark>{escape(after)}{" …" if end < len(text) else ""}'
        "</div>"
    )


def _reviews(review_dir: Path) -> dict[str, tuple[Path, dict[str, Any]]]:
    return {p.stem: (p, read_review(p)) for p in document_files(review_dir)}


@dataclass
class RoundTrip:
    """What a push or a pull did."""

    project_id: int
    tasks: int = 0
    decisions: int = 0


def push_review(
    client: LabelStudioClient,
    review_dir: Path,
    title: str = REVIEW_PROJECT,
    texts: Mapping[str, str] | None = None,
) -> RoundTrip:
    """Create or update the review project and add a task for every undecided item not already there.

    ``texts``: doc_id -> frozen text, to mark the span in whole-word context (else the item's stored context).
    """
    reviews = _reviews(review_dir)
    annotators = sorted({a for _, r in reviews.values() for it in r["items"] for a in it["versions"]})
    found = client.find_project(title)
    # No predictions and none shown: a version pre-selected in the curator's draft was accepted by a plain Submit.
    fields = {"label_config": review_config(annotators), "show_collab_predictions": False}
    if found is None:
        project_id = client.create_project(title=title, **fields)
    else:
        project_id = found["id"]
        client.update_project(project_id, **fields)
    existing = {(t["data"].get("doc_id"), t["data"].get("key")) for t in client.tasks(project_id)}
    todo = [(doc_id, it) for doc_id, (_, r) in reviews.items() for it in r["items"]
            if it.get("decision") is None and (doc_id, it["key"]) not in existing]  # fmt: skip
    report = RoundTrip(project_id)
    if not todo:
        return report
    texts = texts or {}
    tasks = [{"data": {"doc_id": doc_id, "key": it["key"], "title": f"{doc_id}: {it['key']}",
                       "context": it.get("context") or it["key"],
                       "context_html": context_html(texts.get(doc_id), it),
                       "versions": "\n\n".join(f"{a}: {json.dumps(v, ensure_ascii=False)}"
                                               for a, v in it["versions"].items())}}
             for doc_id, it in todo]  # fmt: skip
    report.tasks = len(client.import_tasks(project_id, tasks))
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
