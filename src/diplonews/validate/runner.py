"""Running every level over files or parsed documents: ``validate_paths`` and ``validate_documents``.

A map/reduce. MAP: each file on its own is parsed, checked at levels 1-3 and reduced to a small
``level4.Digest`` (its text hash, QIDs and mention texts with their types); files go to worker processes in
chunks of up to ``CHUNK`` paths (``jobs``; 1 checks them in this process). REDUCE: this process takes each
chunk's findings and digests back in file order and runs level 4 over the digests. The findings, and their
order, do not depend on the number of processes, and no process holds more than one document at a time.

On a cluster the shape is the same: split the file list into shards, run ``_Mapper.files`` on each shard on
its own machine and write what it returns (findings and digests, a few hundred bytes per document) to a file;
then one reduce (``_reduce``) reads those files in shard order. Only digests travel, never documents.
"""

from __future__ import annotations

import itertools
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from diplonews._io import sha256_text
from diplonews.annotations import annotator_dirs
from diplonews.errors import InputError
from diplonews.schema import load_inventory, schema_dir, use_schema_dir
from diplonews.validate import level1, level2, level3, level4
from diplonews.validate.corpus_texts import CorpusTexts, FileTexts, RecordTexts
from diplonews.validate.findings import Finding, Result, Where

Found = tuple[str, str | None]  # (file as given or found, its folder's name when found by walking a tree)
Item = TypeVar("Item")

CHUNK = 256  # files per task at most: sending a path costs little beside checking its file
AUTO_MIN_FILES = 500  # with ``jobs=None``, fewer files are checked in this process: workers would cost more


def _json_files(folder: Path) -> list[tuple[str, bool]]:
    """(name, is a symlink) of every ``*.json`` entry of ``folder``, by name (what ``sorted(glob)`` gives).

    Dotfiles are skipped: they are tools' bookkeeping, not documents (``.labelstudio-state.json`` written by
    ``labelstudio pull``, an editor's lock or macOS's ``._x.json``), and a document's name is its doc_id,
    which never starts with a dot. A dotfile named on the command line is still checked.
    """
    with os.scandir(folder) as entries:
        return sorted((e.name, e.is_symlink()) for e in entries if e.name.endswith(".json") and e.name[0] != ".")


def collect(paths: Iterable[Path]) -> Iterator[Found]:
    """Every file to check, once: files as given, folders walked as annotation trees (call ``check_paths`` first).

    A folder is walked as ``<folder>/<annotator>/<doc_id>.json`` (gold included); JSON files directly in a
    folder count as that annotator's folder. A file reached twice (by two paths, or through a symlink) is
    checked once: the key is its real path, resolved once per folder (and per symlink) rather than per file.
    """
    seen: set[str] = set()
    for path in paths:
        if not path.is_dir():
            key = os.path.realpath(path)
            if key not in seen:
                seen.add(key)
                yield str(path), None
            continue
        real = os.path.realpath(path)
        for name, link in _json_files(path):
            key = os.path.realpath(path / name) if link else os.path.join(real, name)
            if key not in seen:
                seen.add(key)
                found = path / name
                yield str(found), found.parent.name
        for folder in annotator_dirs(path, include_gold=True):
            real, prefix = os.path.realpath(folder), str(folder)
            for name, link in _json_files(folder):
                key = os.path.realpath(folder / name) if link else os.path.join(real, name)
                if key not in seen:
                    seen.add(key)
                    yield f"{prefix}/{name}", folder.name


def check_paths(paths: Iterable[Path]) -> None:
    """Raise InputError for the first path that is neither a file nor a folder."""
    for path in paths:
        if not path.is_dir() and not path.is_file():
            raise InputError(f"{path}: no such file or folder; pass annotation files or folders such as annotations/")


@dataclass
class Mapped:
    """What the map step gives back for one chunk: levels 1-3 in ``result``, and what level 4 needs."""

    result: Result = field(default_factory=Result)  # files read, findings of levels 1-3, counts per annotator
    unreadable: list[Finding] = field(default_factory=list)  # parse and file-location findings: reported first
    digest: level4.Digest = field(default_factory=level4.Digest)  # of the chunk's schema-valid documents


class _Mapper:
    """The map step: levels 1 (schema) to 3 and the level-4 digest, one document at a time (one per process)."""

    def __init__(self, texts: CorpusTexts) -> None:
        self.inv = load_inventory()
        self.schema = level1.validators()
        self.tables = level3.tables_for(self.inv)
        self.texts = texts

    def document(self, position: int, where: Where, doc: Any, out: Mapped) -> None:
        """Check the parsed document at ``position`` of the run into ``out``; a valid one is counted and digested."""
        found = out.result.findings
        schema_errors = list(level1.check_schema(doc, where, self.schema))
        if schema_errors:
            found.extend(schema_errors)
            return  # later levels assume the schema's shape
        here = where if where.doc_id == doc["doc_id"] else Where(where.file, doc["doc_id"])
        text_sha256 = sha256_text(doc["text"])
        found.extend(level2.check_text(doc, self.texts, here, text_sha256))
        found.extend(level2.check_spans(doc, here))
        type_of = level3.types_of(doc["entities"])
        found.extend(level3.check_document(doc, self.inv, here, self.tables, type_of))
        out.digest.add(position, here.file, doc, text_sha256, type_of)
        out.result.count(doc["annotator"], doc)

    def files(self, start: int, chunk: list[Found]) -> Mapped:
        """Read and check the files of ``chunk`` (from ``start`` in the run); a file found in a tree must sit at
        its annotator and doc_id."""
        out = Mapped()
        for position, (file, folder) in enumerate(chunk, start):
            out.result.files += 1
            where = Where(file)
            doc, problem = level1.parse(file, where)
            if problem is not None:
                out.unreadable.append(problem)
                continue
            if isinstance(doc, dict) and isinstance(doc.get("doc_id"), str):
                where = Where(file, doc["doc_id"])
            if folder is not None:
                out.unreadable.extend(level1.check_location(doc, file, folder, where))
            self.document(position, where, doc, out)
        return out

    def documents(self, start: int, chunk: list[tuple[Path, dict[str, Any]]]) -> Mapped:
        """Check each already-parsed (path, document) of ``chunk`` (from ``start`` in the run)."""
        out = Mapped()
        for position, (path, doc) in enumerate(chunk, start):
            self.document(position, Where(str(path)), doc, out)
        return out


_WORKER: dict[str, _Mapper] = {}  # in a worker process: its mapper, made once by _start_worker


def _start_worker(texts: CorpusTexts, schema: Path) -> None:
    use_schema_dir(schema)  # the parent's inventory, whatever the start method
    _WORKER["mapper"] = _Mapper(texts)


Step = Callable[[_Mapper, int, list[Item]], Mapped]  # a map step: (mapper, start in the run, chunk) -> Mapped


def _in_worker(task: tuple[Step[Item], int, list[Item]]) -> Mapped:
    step, start, chunk = task
    return step(_WORKER["mapper"], start, chunk)


def cpu_count() -> int:
    """The cores this process may run on."""
    counter: Callable[[], int | None] | None = getattr(os, "process_cpu_count", None)  # Python 3.13+
    if counter is None and hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return (counter or os.cpu_count)() or 1


def processes_for(jobs: int | None, n: int) -> int:
    """How many processes work on ``n`` items: ``jobs``, or every core when there are enough items to share
    (``AUTO_MIN_FILES``); validate, build and agreement's checks share this rule."""
    if jobs is None:
        return cpu_count() if n >= AUTO_MIN_FILES else 1
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    return jobs


def _plan(items: Iterable[Item], jobs: int | None) -> tuple[int, int, Iterator[tuple[int, list[Item]]]]:
    """(processes, chunk size, chunks) for ``items``, read as the chunks are taken: (start, items) in order.

    Up to four chunks per process are looked at first: that tells whether the run is small (then about four
    chunks per process, for balance) or large (then CHUNK items each), and lets the pool start while a large
    tree is still being walked.
    """
    items = iter(items)
    ahead = list(itertools.islice(items, 4 * CHUNK * (jobs or cpu_count())))
    processes = processes_for(jobs, len(ahead))
    size = max(1, min(CHUNK, -(-len(ahead) // (4 * processes))))
    return min(processes, -(-len(ahead) // size)), size, cut(itertools.chain(ahead, items), size)


def cut(items: Iterator[Item], size: int) -> Iterator[tuple[int, list[Item]]]:
    """(start, chunk) of ``size`` items at most, in order, until ``items`` is exhausted."""
    start = 0
    while chunk := list(itertools.islice(items, size)):
        yield start, chunk
        start += len(chunk)


class _Run:
    """``step`` over ``items`` in chunks, started at construction: in worker processes the chunks are checked
    from then on (all submitted at once), while this process may do other work; with one job they are checked
    here, one by one, as ``parts`` is read. ``parts`` gives the results in chunk order; ``close`` stops the pool.
    """

    def __init__(self, step: Step[Item], items: Iterable[Item], texts: CorpusTexts, jobs: int | None) -> None:
        processes, _, chunks = _plan(items, jobs)
        self.pool: ProcessPoolExecutor | None = None
        if processes <= 1:
            mapper = _Mapper(texts)
            self.parts: Iterator[Mapped] = (step(mapper, start, chunk) for start, chunk in chunks)
            return
        # Forked here, before the caller starts any thread of its own (forking beside a running thread can
        # copy a held lock into the child).
        self.pool = ProcessPoolExecutor(processes, initializer=_start_worker, initargs=(texts, schema_dir()))
        self.parts = self.pool.map(_in_worker, ((step, start, chunk) for start, chunk in chunks))

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
            self.pool = None


def _reduce(parts: Iterable[Mapped], texts: CorpusTexts) -> Result:
    """The chunks' findings in file order (unreadable files first), then level 4 over their digests."""
    index = level4.CorpusIndex(texts)
    result, unreadable, checked = Result(), [], []
    for part in parts:
        result.files += part.result.files
        unreadable += part.unreadable
        checked += part.result.findings
        for name, tally in part.result.counts.items():
            result.counts.setdefault(name, Counter()).update(tally)
        index.add(part.digest)
    result.findings = [*unreadable, *checked, *index.findings()]
    return result


def validate_documents(
    items: list[tuple[Path, dict[str, Any]]], articles: dict[str, dict[str, Any]], jobs: int | None = 1
) -> list[Finding]:
    """Every finding of levels 1-4 for already-parsed documents against ``articles`` (doc_id -> record).

    ``jobs``: processes to check in (1, the default: this one; None: every core for a large batch).
    """
    texts = RecordTexts(articles)
    run = _Run(_Mapper.documents, items, texts, jobs)
    try:
        return _reduce(run.parts, texts).findings
    finally:
        run.close()


class Validation:
    """Validation of annotation files and folders, started when made: levels 1-3 run in worker processes
    while the caller goes on (``diplonews build`` reads what the release needs meanwhile); ``result`` waits for them
    and runs level 4. Use it in a ``with`` block, so its workers stop whatever happens.

    ``jobs``: processes to check files in (None, the default: every core when there are at least
    ``AUTO_MIN_FILES`` files, else this process, when ``result`` is called; 1: this process).
    """

    def __init__(self, paths: list[Path], corpus: Path, jobs: int | None = None) -> None:
        if not corpus.is_file():
            raise InputError(f"{corpus}: corpus file not found; pass --corpus with the path of articles.jsonl")
        self.texts = FileTexts(corpus)
        check_paths(paths)
        self.run = _Run(_Mapper.files, collect(paths), self.texts, jobs)
        self._result: Result | None = None

    def result(self) -> Result:
        """Every finding, in report order (reduced once: a later call returns the same); never raises for bad
        documents."""
        if self._result is None:
            try:
                self._result = _reduce(self.run.parts, self.texts)
            finally:
                self.run.close()
        return self._result

    def __enter__(self) -> Validation:
        return self

    def __exit__(self, *_: object) -> None:
        self.run.close()


def validate_paths(paths: list[Path], corpus: Path, jobs: int | None = None) -> Result:
    """Validate annotation files and folders against the corpus JSONL; never raises for bad documents.

    ``jobs``: processes to check files in (None, the default: every core when there are at least
    ``AUTO_MIN_FILES`` files, else this process; 1: this process).
    """
    with Validation(paths, corpus, jobs) as validation:
        return validation.result()
