"""``diplonews release``: the main job, from what is committed to a checked ``dist/vX.Y.Z``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from diplonews.errors import AnnotationsInvalidError, ReleaseChecksError

STEPS = ("splits", "validate", "agreement", "gold", "pre-annotation", "build", "check")


@dataclass(frozen=True)
class Paths:
    """The inputs and outputs of a release run."""

    annotations: Path = Path("annotations")
    corpus: Path = Path("corpus/articles.jsonl")
    splits: Path = Path("corpus/splits.json")
    agreement: Path = Path("reports/agreement.json")
    preannotation: Path = Path("reports/preannotation.json")


def _progress(log: Callable[[str], None]) -> Callable[[str, str], None]:
    def step(name: str, message: str) -> None:
        log(f"[{STEPS.index(name) + 1}/{len(STEPS)}] {name}: {message}")

    return step


def run_release(version: str, output: Path, paths: Paths, log: Callable[[str], None]) -> Path:
    """Splits, validate, agreement, gold, build, check; returns the release folder."""
    from diplonews.corpus import load_articles
    from diplonews.release.build import Sources, build, check_version
    from diplonews.release.checks import check_dist
    from diplonews.splits import by_split, read_manifest, update_manifest

    step = _progress(log)
    check_version(version)
    articles = load_articles(paths.corpus)
    before = read_manifest(paths.splits)
    assignments = update_manifest(articles, paths.splits)
    sizes = ", ".join(f"{s} {len(d)}" for s, d in by_split(assignments).items())
    step("splits", f"{len(assignments)} documents ({sizes}); {len(assignments) - len(before)} newly assigned")

    from diplonews.validate import validate_paths
    from diplonews.validate.reporters import plural

    result = validate_paths([paths.annotations], paths.corpus)
    if not result.ok:
        shown = "\n".join(f"  {f.location}: {f.rule}: {f.message}" for f in result.errors[:10])
        raise AnnotationsInvalidError(
            f"{len(result.errors)} validation errors under {paths.annotations} (first ones below); "
            f"run `diplonews validate {paths.annotations}` for all of them\n{shown}"
        )
    step("validate", f"{result.files} files, 0 errors, {plural(len(result.warnings), 'warning')}")

    _agreement(paths, step)
    _gold(paths, step)
    _preannotation(paths, step)

    step("build", f"v{version} -> {output / ('v' + version)}")
    result_build = build(
        version,
        output,
        Sources(
            annotations=paths.annotations,
            corpus=paths.corpus,
            manifest=paths.splits,
            agreement=paths.agreement,
            preannotation=paths.preannotation,
        ),
        log=log,
    )
    for warning in result_build.warnings:
        log(f"  warning: {warning}")
    log(f"  wrote {len(result_build.files)} Parquet files, README.md, croissant.json")

    step("check", f"loading every config of {result_build.out_dir} offline")
    problems = check_dist(result_build.out_dir, paths.splits)
    if problems:
        raise ReleaseChecksError(f"{result_build.out_dir} failed its checks:\n" + "\n".join(f"  {p}" for p in problems))
    log("  every config and split loads with the schema's features; row counts match; spans slice their text")
    return result_build.out_dir


def _preannotation(paths: Paths, step: Callable[[str, str], None]) -> None:
    """Score the default pre-annotator against gold and on the out-of-corpus sentences; the card reports both."""
    from diplonews._io import atomic_write_text, dumps
    from diplonews.preannotate.report import build_report, summary

    report = build_report(paths.annotations)
    atomic_write_text(paths.preannotation, dumps(report))
    step("pre-annotation", f"{summary(report)} -> {paths.preannotation}")


def _agreement(paths: Paths, step: Callable[[str, str], None]) -> None:
    from diplonews._io import atomic_write_text, dumps
    from diplonews.agreement import compute, lazy_annotations

    # Parsed one document at a time as compute visits it; empty folders left out, as the eager loader did.
    annotations = {a: docs for a, docs in lazy_annotations(paths.annotations).items() if len(docs)}
    if len(annotations) < 2:
        step("agreement", f"skipped: fewer than two annotators under {paths.annotations}; the card will say so")
        return
    report = compute(annotations)
    atomic_write_text(paths.agreement, dumps(report))

    def show(block: str, key: str) -> str:
        value = report.get(block, {}).get(key)
        return f"{value:.3f}" if isinstance(value, float) else "n/a"

    step(
        "agreement",
        f"entities strict F1 {show('entities', 'strict_f1')}, events trigger F1 {show('events', 'trigger_f1')}, "
        f"stance unit F1 {show('stance', 'unit_f1')}, alpha over all units {show('stance', 'alpha_all_units')} "
        f"-> {paths.agreement}",
    )


def _gold(paths: Paths, step: Callable[[str, str], None]) -> None:
    from diplonews.adjudicate import run, validate_gold

    outcomes = run(paths.annotations)
    errors = validate_gold(paths.annotations, outcomes, paths.corpus)
    if errors:
        shown = "\n".join(f"  {f.location}: {f.rule}: {f.message}" for f in errors[:10])
        raise AnnotationsInvalidError(f"{len(errors)} validation errors in the adjudicated gold:\n{shown}")
    pending = sum(o.pending for o in outcomes)
    note = f"; {pending} items pending review are left out of gold" if pending else ""
    step("gold", f"{len(outcomes)} documents adjudicated into {paths.annotations / 'gold'}{note}")
