"""The level-3 rules agreement depends on, checked in this process or, for a large tree on disk, in worker
processes while this one counts.

``Checks`` is the one implementation; ``CheckRun`` only decides where it runs. In workers, each file is read
and checked again from its path (a few hundred bytes of findings travel back, never documents), and the
error reported is the one checking in this process would have raised first: the run keeps its files in the
order ``compute`` visits them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any

from diplonews._io import read_json_fast
from diplonews.agreement.loading import LazyDocuments
from diplonews.errors import AnnotationsInvalidError
from diplonews.schema import load_inventory, schema_dir, use_schema_dir
from diplonews.validate import level3
from diplonews.validate.findings import Where


class Checks:
    """The validator's level-3 rules whose findings would change what agreement counts without a word.

    Two labels on one (holder, target) unit (agreement would keep the last), two objects with one id, or a
    reference to nothing (an argument or mention silently dropped or mistyped): such a document is refused.
    """

    RULES = frozenset({"stance-label-conflict", "duplicate-id", "mention-entity-unresolved", "argument-ref-unresolved"})

    def __init__(self) -> None:
        self.inv = load_inventory()
        self.tables = level3.tables_for(self.inv)

    def __call__(self, where: str, doc: Any) -> None:
        found = [
            f
            for f in level3.check_document(doc, self.inv, Where(where, doc.get("doc_id")), self.tables)
            if f.rule in self.RULES
        ]
        if found:
            more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
            raise AnnotationsInvalidError(
                f"{where}: {found[0].json_path}: [{found[0].rule}] {found[0].message}{more}; agreement counts"
                " only valid documents: run `diplonews validate` on it to see what to fix"
            )


_WORKER: dict[str, Checks] = {}


def _start_worker(schema: Path) -> None:
    use_schema_dir(schema)  # the parent's inventory, whatever the start method
    _WORKER["checks"] = Checks()


def _check_files(start: int, chunk: list[tuple[str, Path]]) -> list[tuple[int, str]]:
    """(position, error message) of each file of ``chunk`` that ``Checks`` refuses.

    A document that is not complete is not counted, so not checked; one that cannot be read as a document is
    left to this process's reading, which reports it when it gets there.
    """
    failed = []
    for position, (where, path) in enumerate(chunk, start):
        try:
            doc = read_json_fast(path)
            if doc.get("status", "complete") == "complete":
                _WORKER["checks"](where, doc)
        except AnnotationsInvalidError as exc:
            failed.append((position, str(exc)))
        except (OSError, ValueError, AttributeError, KeyError, TypeError):
            continue
    return failed


class CheckRun:
    """``Checks`` over the documents ``compute`` visits, in that order (position 0, 1, ...).

    In worker processes, started when made, when every annotator's documents are files (``LazyDocuments``) and
    there are enough of them for workers (``validate.runner.processes_for``, the validator's own rule);
    otherwise ``inline`` is the ``Checks`` to call on each document as it is read, and the run itself has
    nothing to report.
    """

    def __init__(self, annotations: Mapping[str, Mapping[str, Any]], order: Sequence[tuple[str, str]]) -> None:
        from diplonews.validate.runner import CHUNK, cut, processes_for

        self.inline: Checks | None = None
        self.pool: ProcessPoolExecutor | None = None
        self.futures: list[Future[list[tuple[int, str]]]] = []
        lazy = all(isinstance(docs, LazyDocuments) for docs in annotations.values())
        processes = processes_for(None, len(order))
        if not lazy or processes < 2:
            self.inline = Checks()
            return
        files = [(f"{a}/{d}", annotations[a].path(d)) for a, d in order]  # type: ignore[attr-defined]
        self.pool = ProcessPoolExecutor(processes, initializer=_start_worker, initargs=(schema_dir(),))
        self.futures = [self.pool.submit(_check_files, start, chunk) for start, chunk in cut(iter(files), CHUNK)]

    def raise_first(self, before: int | None = None) -> None:
        """Raise the error of the first refused document (before position ``before``, if given), waiting for it."""
        for future in self.futures:
            for position, message in future.result():
                if before is not None and position >= before:
                    return
                raise AnnotationsInvalidError(message)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
            self.pool = None
