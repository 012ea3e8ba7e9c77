"""``diplonews build``: gold annotations + corpus + split manifest -> ``dist/vX.Y.Z/``, byte for byte reproducible."""

from __future__ import annotations

import gc
import json
import os
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from diplonews._io import (
    StagedFolder,
    atomic_write_text,
    dumps,
    read_json,
    read_json_fast,
    read_text,
    remove_stale_staging,
)
from diplonews.annotations import GOLD, annotator_dirs, document_files
from diplonews.corpus import checked_articles
from diplonews.errors import AnnotationsInvalidError, InputError, ReleaseError
from diplonews.release.card import (
    CardInputs,
    agreement_problems,
    bibtex,
    missing_agreement,
    release_date,
    render_card,
)
from diplonews.release.configs import CONFIGS, EXAMPLE_CONFIG, REGISTRY, data_file, release_features
from diplonews.release.croissant import croissant_json
from diplonews.release.facts import DataFacts
from diplonews.release.parquet import sha256_file
from diplonews.release.rows import ARTICLE_META
from diplonews.release.stream import Inputs, write_split
from diplonews.schema import Inventory, load_inventory
from diplonews.splits import SPLITS, by_split, read_manifest
from diplonews.tables import inventory_markdown

# Matched whole (fullmatch): with ``match``, ``$`` also matches before a final newline ("1.0.0\n").
SEMVER = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")
EXAMPLE_ITEMS = 12  # list items the card's example row shows
# The pinned versions `nox -s release` installs (regenerate with `nox -s lock`); relative to the project root.
CONSTRAINTS = Path("constraints") / "release.txt"
LICENSE_TEXT = """\
diplonews release license

Annotations (entity, mention, event, argument and stance annotations, Wikidata links, split membership)
and generated metadata: Creative Commons Attribution 4.0 International (CC BY 4.0),
https://creativecommons.org/licenses/by/4.0/

Article texts: copyright of their publishers (the outlets and agencies named in each record, or the
source page). They are included only as the substrate of the annotations, for non-commercial research.
They are NOT licensed under CC BY 4.0; reuse them under the publishers' terms.
"""


@dataclass(frozen=True)
class Sources:
    """Where the committed inputs of a release live (all relative to the repository by default)."""

    root: Path = Path()
    annotations: Path = Path("annotations")
    corpus: Path = Path("corpus/articles.jsonl")
    manifest: Path = Path("corpus/splits.json")
    agreement: Path = Path("reports/agreement.json")
    preannotation: Path = Path("reports/preannotation.json")
    changelog: Path = Path("CHANGELOG.md")
    card: Path = Path("dataset_card.md")

    def path(self, name: str) -> Path:
        """An input path resolved against ``root``."""
        value: Path = getattr(self, name)
        return value if value.is_absolute() else self.root / value


@dataclass
class BuildResult:
    """What a build wrote and what it had to leave out."""

    out_dir: Path
    rows: dict[str, dict[str, int]]
    files: dict[str, str]
    warnings: list[str] = field(default_factory=list)


def check_version(version: str) -> None:
    """ReleaseError unless ``version`` is X.Y.Z."""
    if not SEMVER.fullmatch(version):
        raise ReleaseError(f"version {version!r} is not semantic X.Y.Z (e.g. 0.1.0); see README 'Versions'")


def _article_metadata(path: Path) -> dict[str, dict[str, Any]]:
    """doc_id -> the article fields a release row carries, from the checked corpus reader (texts are not held)."""
    return {record["doc_id"]: {k: record.get(k) for k in ARTICLE_META} for record in checked_articles(path)}


def _gold_paths(sources: Sources) -> list[Path]:
    """The gold documents' files, by name; ReleaseError when there are none."""
    gold_dir = sources.path("annotations") / GOLD
    paths = document_files(gold_dir) if gold_dir.is_dir() else []
    if not paths:
        raise ReleaseError(f"{gold_dir}: no gold documents. Run `diplonews adjudicate` (or `diplonews release`) first.")
    return paths


@contextmanager
def _validating(sources: Sources) -> Iterator[Callable[[], None]]:
    """Validate the tree a release ships while the block runs; the call it gives waits for the result and raises
    AnnotationsInvalidError naming the first error the project's validator (levels 1-4) found.

    Rows are made from the files as they are: gold, and the annotators' folders (raw_annotations). A negative
    or float offset, a text that is not the corpus text, a dangling reference would otherwise be shipped.
    Levels 1-3 run in worker processes while this one reads what the release needs; an error discards the
    staged release (nothing replaces the previous one). Warnings do not stop a build, as they do not fail
    ``validate``.
    """
    from diplonews.validate.reporters import format_finding, plural
    from diplonews.validate.runner import Validation

    tree = sources.path("annotations")

    def refuse_invalid() -> None:
        errors = validation.result().errors
        if errors:
            count = plural(len(errors), "validation error")
            raise AnnotationsInvalidError(
                f"{format_finding(errors[0])} ({count} under {tree}, listed by `diplonews validate {tree}`; "
                "nothing was built)"
            )

    with Validation([tree], sources.path("corpus")) as validation:
        yield refuse_invalid


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while documents are read and rows made: they hold no cycles, and its
    full passes over the held heap (article metadata, imported modules) took 13 % of a 10,000-document build,
    and a fifth of the writer processes' CPU."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@_no_cyclic_gc()
def _released_documents(
    sources: Sources,
    manifest: Mapping[str, str],
    paths: list[Path],
    facts: DataFacts,
    articles: Mapping[str, Mapping[str, Any]],
) -> tuple[set[str], list[str]]:
    """The doc_ids of every completed gold document (files already validated), counted into ``facts``; and
    manifest docs left out.

    Reads each gold file once for its status and counts, and keeps only its id: the split passes read it again.
    """
    released: set[str] = set()
    for path in paths:
        doc_id, doc = path.stem, read_json_fast(path)  # validation placed each document in <doc_id>.json
        if doc_id not in manifest:
            raise ReleaseError(
                f"{sources.manifest}: {doc_id} has no split yet. Run `diplonews release` (it assigns new documents "
                "and keeps old ones), then commit corpus/splits.json."
            )
        if doc.get("status") == "complete":
            released.add(doc_id)
            facts.add(doc, articles[doc_id])
    left_out = sorted(set(manifest) - released)
    return released, left_out


def _raw_files(root: Path) -> dict[str, dict[str, None]]:
    """annotator -> its doc_ids (file stems, in path order), for every annotator folder holding a document."""
    out: dict[str, dict[str, None]] = {}
    for folder in annotator_dirs(root):
        files = dict.fromkeys(p.stem for p in document_files(folder))
        if files:
            out[folder.name] = files
    return out


def _load_agreement(sources: Sources, warnings: list[str]) -> dict[str, Any] | None:
    path = sources.path("agreement")
    if not path.exists():
        warnings.append(f"{sources.agreement} is missing: the card and croissant.json say agreement is not available")
        return None
    report = read_json(path)
    if not isinstance(report, dict):
        raise ReleaseError(f"{path}: expected a JSON object (the output of `diplonews agreement --format json`)")
    problems = agreement_problems(report)
    if problems:
        raise ReleaseError(
            f"{path}::{problems[0]} ({len(problems)} such value(s)); the card would print it as a measure. "
            "Regenerate the report with `diplonews agreement --format json`"
        )
    missing = missing_agreement(report)
    if missing:
        warnings.append(f"{sources.agreement} has no number for {', '.join(missing)}: the card says so")
    return report


@dataclass
class _Written:
    """What one process wrote: rows and Arrow bytes per config and split, sha256 per file, and the first error
    of each config that failed (in split order)."""

    rows: dict[str, dict[str, int]] = field(default_factory=dict)
    nbytes: dict[str, dict[str, int]] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)
    failed: dict[str, ReleaseError] = field(default_factory=dict)


# Paused by the function, not around the pool: it runs in the process that makes the rows, and a worker process
# starts with the collector on.
@_no_cyclic_gc()
def _write_configs(
    configs: Sequence[str],
    *,
    staging: Path,
    splits: Mapping[str, list[str]],
    inputs: Inputs,
    features: Mapping[str, Any],
    inv: Inventory,
) -> _Written:
    """Every split's file of ``configs``: one process's share of the build. Split by split, each document is
    read once for all of them; a config that failed is not fed the later splits (its first error is the one
    reported)."""
    out = _Written(rows={c: {} for c in configs}, nbytes={c: {} for c in configs})
    for split in SPLITS:
        alive = [c for c in REGISTRY if c.name in configs and c.name not in out.failed]
        if not alive:
            break
        done = write_split(staging, split, splits[split], configs=alive, inputs=inputs, features=features, inv=inv)
        for config, error in done.errors.items():
            out.failed.setdefault(config, error)
        for config, count in done.rows.items():
            out.rows[config][split] = count
            out.nbytes[config][split] = done.nbytes[config]
        out.files.update(done.files)
    return out


def _shares(processes: int) -> list[list[str]]:
    """The configs split among ``processes`` with about equal ``cost`` each (the costliest first, each to the
    least loaded process), each share in registry order."""
    loads = [0] * processes
    shares: list[set[str]] = [set() for _ in range(processes)]
    for config in sorted(REGISTRY, key=lambda c: -c.cost):
        least = loads.index(min(loads))
        loads[least] += config.cost
        shares[least].add(config.name)
    return [[c for c in CONFIGS if c in share] for share in shares if share]


def _processes(documents: int) -> int:
    """How many processes write a release of ``documents`` documents: one per core (at most one per config)
    for a large one, else this one (the validator's rule, ``processes_for``)."""
    from diplonews.validate.runner import processes_for

    return min(processes_for(None, documents), len(REGISTRY))


def _write_shared(
    staging: Path, splits: Mapping[str, list[str]], inputs: Inputs, features: Mapping[str, Any], inv: Inventory
) -> _Written:
    """Every config's files, written by this process or, for a large release, by one process per core.

    A config's file is written by one process from the same rows in the same order either way, so the bytes
    do not depend on the processes. Workers start from a fresh interpreter (forkserver), not a fork of this
    one, whose validation pool has a thread running; so, as ``multiprocessing`` asks, a script that calls
    ``build`` for a large release runs it under ``if __name__ == "__main__":``.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    processes = _processes(sum(map(len, splits.values())))
    write = partial(_write_configs, staging=staging, splits=splits, inputs=inputs, features=features, inv=inv)
    if processes == 1:
        return write(CONFIGS)
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    with ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context(method)) as pool:
        running = pool.map(write, _shares(processes))
        # croissant.json needs mlcroissant once the writers are done; importing it now, while this process waits,
        # takes a second off the end of the build, when one core would be idle.
        import mlcroissant  # noqa: F401

        parts = list(running)
    merged = _Written()
    for part in parts:
        merged.rows.update(part.rows)
        merged.nbytes.update(part.nbytes)
        merged.files.update(part.files)
        merged.failed.update(part.failed)
    return merged


def _write_parquet_files(
    staging: Path,
    splits: Mapping[str, list[str]],
    inputs: Inputs,
    *,
    inv: Inventory,
    features: Mapping[str, Any],
    log: Callable[[str], None],
    warnings: list[str],
) -> tuple[dict[str, dict[str, int]], dict[str, dict[str, int]], dict[str, str]]:
    """Write one Parquet file per config and non-empty split; returns rows and Arrow bytes per config and split,
    and sha256 per file. When configs fail, the error reported is the one of the first failing config (in
    registry order), in its first failing split, as when configs were built one by one.
    """
    done = _write_shared(staging, splits, inputs, features, inv)
    if done.failed:
        raise done.failed[min(done.failed, key=CONFIGS.index)]
    files = {
        data_file(c, s): done.files[data_file(c, s)] for c in CONFIGS for s in SPLITS if data_file(c, s) in done.files
    }
    for config in CONFIGS:
        rows = done.rows[config]
        log(f"  {config}: " + ", ".join(f"{s} {rows[s]}" for s in SPLITS))
        empty = [s for s in SPLITS if not rows[s]]
        if empty:
            # `datasets` 5.2 cannot load an empty split ("corresponds to no data"): no file was written.
            warnings.append(f"{config}: no rows in {', '.join(empty)}; the card declares only non-empty splits")
    return {c: done.rows[c] for c in CONFIGS}, {c: done.nbytes[c] for c in CONFIGS}, files


def build_environment(root: Path) -> dict[str, str]:
    """What made the bytes: Python, pyarrow and datasets versions, and the sha256 of the release lock file."""
    import platform
    from importlib.metadata import version

    env = {"python": platform.python_version(), "pyarrow": version("pyarrow"), "datasets": version("datasets")}
    lock = root / CONSTRAINTS
    if lock.is_file():
        env["constraints_sha256"] = sha256_file(lock)
    return env


def _instance(staging: Path, features: Mapping[str, Any]) -> str:
    """The card's example: the first row of ``EXAMPLE_CONFIG``'s train file, labels as names, lists cut short."""
    import pyarrow.parquet as pq
    from datasets import ClassLabel, List

    path = staging / data_file(EXAMPLE_CONFIG, "train")
    if not path.exists():
        return ""
    row = pq.ParquetFile(path).read_row_group(0).slice(0, 1).to_pylist()[0]
    shown: dict[str, Any] = {}
    for name, feature in features[EXAMPLE_CONFIG].items():
        value = row[name]
        if isinstance(feature, List) and isinstance(feature.feature, ClassLabel):
            value = [feature.feature.int2str(v) for v in value]
        long = isinstance(value, list) and len(value) > EXAMPLE_ITEMS
        shown[name] = [*value[:EXAMPLE_ITEMS], "…"] if long else value
    return json.dumps(shown, ensure_ascii=False)


# The report's out-of-corpus halves, in the order the card shows them, with what each one is.
OUT_OF_CORPUS_HALVES = (
    ("heldout", "out-of-corpus, held-out half (never looked at while writing the rules)"),
    ("dev", "out-of-corpus, development half (its errors guided the rules)"),
)


def _preannotation_table(sources: Sources, warnings: list[str]) -> str:
    """The pre-annotator's scores from its report, as `preannotate --evaluate` prints them: in-corpus
    (against gold), then each out-of-corpus half, strict and overlap, when the report has them."""
    from diplonews.preannotate.evaluate import format_table, scores_from_json

    path = sources.path("preannotation")
    if not path.exists():
        warnings.append(f"{sources.preannotation} is missing: the card says pre-annotation scores are not available")
        return ""
    report = read_json(path)
    try:
        text = f"model {report['model_version']}, {report['documents']} documents\n"
        text += format_table(scores_from_json(report))
        outside = report.get("out_of_corpus") or {}
        for key, what in OUT_OF_CORPUS_HALVES:
            if key in outside:
                half = outside[key]
                for match in ("strict", "overlap"):
                    text += f"\n{what}: {half['sentences']} sentences, {match} match\n"
                    text += format_table(scores_from_json({"rows": half[match]}))
    except (KeyError, TypeError) as exc:
        raise ReleaseError(f"{path}: not a pre-annotation report ({exc}); run `diplonews release` again") from exc
    return text


@contextmanager
def _staged(out_dir: Path) -> Iterator[Path]:
    """A folder that replaces ``out_dir`` as a whole when the block ends, or is removed if it raises.

    The old release stays in place until the new one has replaced it (``StagedFolder``), so a build killed
    at any point leaves one of them; the next build finishes or removes what a killed one left.
    """
    with StagedFolder(out_dir) as staged:
        yield staged.path
        # Files are written private (mkstemp); a release folder is as readable as any build output.
        for path in [staged.path, *staged.path.rglob("*")]:
            os.chmod(path, 0o755 if path.is_dir() else 0o644)
        staged.commit()


def _left_by_killed_builds(out_root: Path) -> list[str]:
    """Finish what killed builds left in ``out_root`` (put a release moved aside back, remove staging); say so."""
    if out_root.exists() and not out_root.is_dir():
        raise InputError(f"{out_root}: not a folder; pass -o with the folder that holds the releases (e.g. dist)")
    return remove_stale_staging(out_root).notes("build") if out_root.is_dir() else []


def _write_metadata(staging: Path, card: CardInputs, template: str, inv: Inventory) -> None:
    """The files beside the Parquet files: the card, croissant.json, LICENSE, CHANGELOG.md and manifest.json."""
    atomic_write_text(staging / "README.md", render_card(template, card, inventory_markdown(inv)))
    croissant = croissant_json(card, bibtex(template))
    atomic_write_text(staging / "croissant.json", croissant)
    atomic_write_text(staging / "LICENSE", LICENSE_TEXT)
    atomic_write_text(staging / "CHANGELOG.md", card.changelog)
    manifest = {
        "version": card.version,
        "splits": card.splits,
        "rows": card.rows,
        "files": dict(sorted(card.files.items())),
        "environment": dict(card.environment),
    }
    atomic_write_text(staging / "manifest.json", dumps(manifest))


@dataclass(frozen=True)
class _Prepared:
    """What a build has read and checked before it writes: version, inputs, inventory and the texts it copies."""

    version: str
    sources: Sources
    inv: Inventory
    articles: Mapping[str, Mapping[str, Any]]
    manifest: Mapping[str, str]
    gold: list[Path]
    changelog: str
    template: str


def _write_release(
    staging: Path, ready: _Prepared, validated: Callable[[], None], log: Callable[[str], None]
) -> BuildResult:
    """Every file of the release into ``staging``: Parquet files, then the card and the files beside it.

    What the files need is read first, while the validation started by ``build`` runs; ``validated`` waits for
    it (and raises for an invalid tree) before the first row is made."""
    sources, inv = ready.sources, ready.inv
    features = release_features(inv)
    facts = DataFacts(inv)
    released, left_out = _released_documents(sources, ready.manifest, ready.gold, facts, ready.articles)
    warnings: list[str] = []
    if left_out:
        warnings.append(f"not released (no completed gold document): {', '.join(left_out)}")
    agreement = _load_agreement(sources, warnings)
    raw = _raw_files(sources.path("annotations"))
    splits = by_split({d: s for d, s in ready.manifest.items() if d in released})
    reading = Inputs(
        gold_dir=sources.path("annotations") / GOLD,
        raw_dir=sources.path("annotations"),
        raw=raw,
        articles=ready.articles,
    )
    validated()  # the writers start when the validation workers are done: both at once, they slowed each other
    rows, nbytes, files = _write_parquet_files(
        staging, splits, reading, inv=inv, features=features, log=log, warnings=warnings
    )
    card = CardInputs(
        version=ready.version,
        features=features,
        rows=rows,
        nbytes=nbytes,
        splits=splits,
        agreement=agreement,
        agreement_source=str(sources.agreement),
        changelog=ready.changelog,
        files=files,
        unreleased=left_out,
        annotators=sorted(raw),
        preannotation=_preannotation_table(sources, warnings),
        facts=facts.markdown(),
        instance=_instance(staging, features),
        environment=build_environment(sources.root),
    )
    _write_metadata(staging, card, ready.template, inv)
    return BuildResult(staging, rows, files, warnings)


def build(
    version: str, out_root: Path, sources: Sources | None = None, *, log: Callable[[str], None] = lambda _: None
) -> BuildResult:
    """Build ``out_root/vX.Y.Z``; an existing build of that version is replaced as a whole."""
    sources = sources or Sources()
    check_version(version)
    for note in _left_by_killed_builds(out_root):  # first: a release a killed build moved aside goes back
        log(note)
    changelog = sources.path("changelog")
    changelog_text = read_text(changelog) if changelog.exists() else ""
    release_date(changelog_text, version)  # fail early, before any work, when the entry or its date is missing
    template = read_text(sources.path("card"))
    articles = _article_metadata(sources.path("corpus"))
    manifest = read_manifest(sources.path("manifest"))
    if not manifest:
        raise ReleaseError(f"{sources.manifest}: no split manifest. Run `diplonews release` to create it.")
    ready = _Prepared(
        version, sources, load_inventory(), articles, manifest, _gold_paths(sources), changelog_text, template
    )
    out_dir = out_root / f"v{version}"
    with _validating(sources) as refuse_invalid, _staged(out_dir) as staging:
        try:
            result = _write_release(staging, ready, refuse_invalid, log)
        except Exception:
            refuse_invalid()  # invalid annotations explain a failed step better than the step's own error
            raise
    return BuildResult(out_dir, result.rows, result.files, result.warnings)
