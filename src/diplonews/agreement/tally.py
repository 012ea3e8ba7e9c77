"""What agreement counts, document by document: sums that chunks of documents make apart and merge in order.

Counting is a map over chunks of documents (each chunk reads, checks and compares every annotator's copy of
its documents) and a reduce that merges the chunks' tallies in document order. A merged tally is the tally
of the whole run, item for item and in the same order (sums are sums, and every keyed table keeps its keys in
the order they first appear), so the report does not depend on where the chunks were counted: in this
process, or, for a large tree on disk, in worker processes (``validate.runner.processes_for``, the validator's
rule), which then read each file once and send back sums, never documents.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from diplonews.agreement.checking import Checks
from diplonews.agreement.coefficients import each_once, percent_agreement
from diplonews.agreement.loading import LazyDocuments
from diplonews.agreement.measures import NOT_MARKED, PreannotationData
from diplonews.agreement.pairs import EntityPair, EventPair
from diplonews.agreement.spans import Items, items
from diplonews.agreement.units import UnitTable
from diplonews.errors import AnnotationsInvalidError, DiplonewsError
from diplonews.schema import schema_dir, use_schema_dir

Annotations = Mapping[str, Mapping[str, Mapping[str, Any]]]
# annotator -> the ``preannotation`` record of its completed copy of a document (None: started from nothing).
Started = dict[str, Any]


def add_stance_units(
    table: UnitTable, all_units: UnitTable, by_annotator: Mapping[str, Items], annotators: Sequence[str]
) -> None:
    """Append the (holder, target) units of one document, sorted: to ``table`` as marked (who did the document but
    not the unit is missing), to ``all_units`` with that annotator's rating ``NOT_MARKED``."""
    present = [(a, by_annotator[a].stances) for a in annotators if a in by_annotator]
    keys = sorted({k for _, stances in present for k in stances})
    for key in keys:
        table.add(tuple((a, stances[key]) for a, stances in present if key in stances))
        all_units.add(tuple((a, stances.get(key, NOT_MARKED)) for a, stances in present))


@dataclass
class PairTally:
    """Everything summed for one annotator pair while the documents go by."""

    names: tuple[str, str]
    documents: int = 0
    entities: EntityPair = field(default_factory=EntityPair)
    events: EventPair = field(default_factory=EventPair)
    units: UnitTable = field(default_factory=UnitTable)
    all_units: UnitTable = field(default_factory=UnitTable)
    preannotation: PreannotationData = field(default_factory=PreannotationData)

    def add(self, by_annotator: Mapping[str, Items], row: dict[str, list[float | None]], started: Started) -> None:
        """Compare one document's two annotations, if both annotators completed it; its numbers go into ``row``."""
        a, b = self.names
        x, y = by_annotator.get(a), by_annotator.get(b)
        if x is None or y is None:
            return
        self.documents += 1
        self.preannotation.add({n: started.get(n) for n in self.names})
        row.setdefault("entities_strict_f1", []).append(self.entities.add(x, y).f1)
        row.setdefault("events_trigger_f1", []).append(self.events.add(x, y).f1)
        start = len(self.units)
        add_stance_units(self.units, self.all_units, by_annotator, self.names)
        row.setdefault("stance_percent", []).append(percent_agreement(each_once(self.units[start:])))

    def merge(self, later: PairTally) -> None:
        """Add the tally of the documents that come after these."""
        self.documents += later.documents
        self.entities.merge(later.entities)
        self.events.merge(later.events)
        self.units.extend(later.units)
        self.all_units.extend(later.all_units)
        self.preannotation.merge(later.preannotation)


class Tally:
    """The sums of a run of documents: per annotator pair, pooled stance units, pre-annotation use, and one row
    of per-document numbers per compared document."""

    def __init__(self, annotators: Sequence[str]) -> None:
        self.annotators = list(annotators)
        self.pairs = [PairTally((a, b)) for a, b in combinations(self.annotators, 2)]
        self.pooled, self.pooled_all = UnitTable(), UnitTable()
        self.preannotation = PreannotationData()
        self.rows: dict[str, dict[str, Any]] = {}

    def add(self, doc_id: str, by_annotator: Mapping[str, Items], started: Started) -> None:
        """One document's completed copies (at least one), compared pair by pair."""
        row: dict[str, list[float | None]] = {}
        for pair in self.pairs:
            pair.add(by_annotator, row, started)
        if len(by_annotator) > 1:
            self.preannotation.add(started)
        add_stance_units(self.pooled, self.pooled_all, by_annotator, self.annotators)
        self.rows[doc_id] = {"annotators": sorted(by_annotator), **{k: mean_present(v) for k, v in sorted(row.items())}}

    def merge(self, later: Tally) -> None:
        """Add the tally of the documents that come after these (the same annotators)."""
        for mine, theirs in zip(self.pairs, later.pairs, strict=True):
            mine.merge(theirs)
        self.pooled.extend(later.pooled)
        self.pooled_all.extend(later.pooled_all)
        self.preannotation.merge(later.preannotation)
        self.rows.update(later.rows)


def mean_present(values: Sequence[float | None]) -> float | None:
    """The mean of the values that are not None; None when there are none."""
    present = [v for v in values if v is not None]
    return sum(present) / len(present) if present else None


def _items(where: str, doc: Any, labels: Sequence[str], checks: Checks) -> Items | None:
    """The comparable items of one annotator's copy of a document; None unless its status is "complete".

    Agreement reads what ``diplonews validate`` accepts: a document it cannot read, a stance label not in
    ``labels``, or a finding of ``Checks.RULES`` raises AnnotationsInvalidError naming the file to fix (never a
    KeyError deep in the report, never a number computed on a broken document).
    """
    try:
        if doc.get("status", "complete") != "complete":
            return None
        found = items(doc)
        checks(where, doc)
        unknown = set(found.stances.values()).difference(labels)
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise AnnotationsInvalidError(
            f"{where}: not a well-formed annotated document ({type(exc).__name__}: {exc}); run `diplonews validate`"
            " on it to see what to fix"
        ) from exc
    if unknown:
        raise AnnotationsInvalidError(
            f"{where}: stance label {', '.join(map(repr, sorted(map(str, unknown))))} is not one of the inventory's"
            f" stance_labels ({', '.join(labels)}); correct the annotation (`diplonews validate` lists every such"
            " label), or add the label to schema/labels.json and run `diplonews schema generate`"
        )
    return found


def tally(
    annotations: Annotations, doc_ids: Sequence[str], annotators: Sequence[str], labels: Sequence[str], checks: Checks
) -> Tally:
    """The tally of ``doc_ids``, in order: each annotator's copy read once, checked, compared and dropped.

    The first copy that cannot be counted raises AnnotationsInvalidError (a file that cannot be read, its own
    error): the one a run over these documents meets first.
    """
    out = Tally(annotators)
    for doc_id in doc_ids:
        by_annotator: dict[str, Items] = {}
        started: Started = {}
        for a in annotators:
            docs = annotations[a]
            if doc_id in docs:
                doc = docs[doc_id]
                found = _items(f"{a}/{doc_id}", doc, labels, checks)
                if found is not None:
                    by_annotator[a] = found
                    started[a] = doc.get("preannotation")
        if by_annotator:
            out.add(doc_id, by_annotator, started)
    return out


# One task: the files of a chunk of documents (annotator -> doc_id -> path), the chunk's doc_ids, annotators, labels.
_Task = tuple[dict[str, dict[str, Path]], list[str], list[str], tuple[str, ...]]
_WORKER: dict[str, Checks] = {}


def _start_worker(schema: Path) -> None:
    use_schema_dir(schema)  # the parent's inventory, whatever the start method
    _WORKER["checks"] = Checks()


def _tally_files(task: _Task) -> Tally | DiplonewsError:
    """A worker's chunk: its tally, or the error that stopped it (returned, so that it is raised in its turn)."""
    paths, doc_ids, annotators, labels = task
    docs = {a: LazyDocuments.of(p) for a, p in paths.items()}
    try:
        return tally(docs, doc_ids, annotators, labels, _WORKER["checks"])
    except DiplonewsError as exc:
        return exc


def _tasks(annotations: Mapping[str, LazyDocuments], doc_ids: Sequence[str], labels: Sequence[str]) -> Iterator[_Task]:
    from diplonews.validate.runner import CHUNK, cut

    annotators = sorted(annotations)
    size = max(1, CHUNK // len(annotators))  # about CHUNK files a task, as validate sends
    for _, chunk in cut(iter(doc_ids), size):
        paths = {a: {d: annotations[a].path(d) for d in chunk if d in annotations[a]} for a in annotators}
        yield paths, chunk, annotators, tuple(labels)


def tally_all(annotations: Annotations, doc_ids: Sequence[str], labels: Sequence[str]) -> Tally:
    """The tally of every document: in worker processes for a large tree of files, else in this process."""
    from diplonews.validate.runner import processes_for

    annotators = sorted(annotations)
    files = sum(len(docs) for docs in annotations.values())
    processes = processes_for(None, files)
    lazy = {a: docs for a, docs in annotations.items() if isinstance(docs, LazyDocuments)}
    if processes < 2 or len(lazy) < len(annotations):
        return tally(annotations, doc_ids, annotators, labels, Checks())
    out = Tally(annotators)
    with ProcessPoolExecutor(processes, initializer=_start_worker, initargs=(schema_dir(),)) as pool:
        try:
            for part in pool.map(_tally_files, _tasks(lazy, doc_ids, labels)):
                if isinstance(part, DiplonewsError):
                    raise part
                out.merge(part)
        except BaseException:
            pool.shutdown(cancel_futures=True)
            raise
    return out
