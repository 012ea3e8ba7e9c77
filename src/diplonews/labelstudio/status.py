"""Progress of an annotation project for its maintainer: per document and per annotator, from the server."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from diplonews.labelstudio.team import Row, annotator_id


@dataclass
class DocStatus:
    """One task (document): annotations submitted and skipped, annotations still wanted, by whom so far."""

    doc_id: str
    done: int = 0
    skipped: int = 0
    pending: int = 0
    by: list[int] = field(default_factory=list)  # user ids that submitted or skipped it


def documents(tasks: Iterable[Mapping[str, Any]], overlap: int) -> list[DocStatus]:
    """Each exported task's counts; ``overlap`` annotations are wanted per task (the project's maximum)."""
    out = []
    for task in tasks:
        status = DocStatus(str((task.get("data") or {}).get("doc_id")))
        for annotation in task.get("annotations") or ():
            if annotation.get("was_cancelled"):
                status.skipped += 1
            else:
                status.done += 1
            user_id = annotator_id(annotation)
            if user_id is not None:
                status.by.append(user_id)
        status.pending = max(0, overlap - status.done - status.skipped)
        out.append(status)
    return sorted(out, key=lambda d: d.doc_id)


def open_to(docs: Iterable[DocStatus], user_id: int) -> int:
    """Tasks the annotator could still take: wanted by the project, not yet submitted or skipped by them."""
    return sum(1 for d in docs if d.pending and user_id not in d.by)


def render(docs: list[DocStatus], rows: list[Row]) -> str:
    """The two tables `labelstudio status` prints: annotators, then documents."""
    lines = ["annotator\tpseudonym\tdone\tskipped\topen\tstate"]
    for row in rows:
        state = "removed" if row.removed else "active"
        lines.append(f"{row.name}\t{row.pseudonym}\t{row.done}\t{row.skipped}\t{open_to(docs, row.user_id)}\t{state}")
    lines += ["", "document\tdone\tskipped\tpending"]
    lines += [f"{d.doc_id}\t{d.done}\t{d.skipped}\t{d.pending}" for d in docs]
    finished = sum(1 for d in docs if not d.pending)
    lines += ["", f"{finished} of {len(docs)} documents have all the annotations the project wants"]
    return "\n".join(lines) + "\n"
