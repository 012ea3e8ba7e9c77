"""The ``diplonews validate`` command: parse options, run the validators, print, set the exit code."""

from __future__ import annotations

from pathlib import Path

import click

from diplonews._options import corpus_option
from diplonews.validate.reporters import REPORTERS


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(REPORTERS)),
    default="text",
    show_default=True,
    help="Report as text lines or as one JSON object.",
)
@click.option(
    "--max-err",
    type=click.IntRange(min=0),
    default=20,
    show_default=True,
    help="Text output: show at most this many findings per rule (0 shows all).",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Processes to check files in (1: this process only). [default: one per core; this process alone "
    "for fewer than 500 files]",
)
@corpus_option("Article records the documents' texts must equal.")
def validate(paths: tuple[Path, ...], fmt: str, max_err: int, jobs: int | None, corpus: Path) -> None:
    """Check annotated documents (files, or folders of <annotator>/<doc_id>.json; default annotations/).

    Levels: 1 JSON and JSON Schema, 2 text and offsets, 3 references and label constraints,
    4 consistency across documents and annotators. Rules are listed in docs/checks.md.
    Exits 1 if any error is found (warnings do not fail), 0 otherwise.

    Example:

        diplonews validate annotations/ --max-err 5 --jobs 4
    """
    from diplonews.validate.reporters import reporter
    from diplonews.validate.runner import validate_paths

    result = validate_paths(list(paths) or [Path("annotations")], corpus, jobs=jobs)
    click.echo(reporter(fmt, max_err).render(result), nl=False)
    click.get_current_context().exit(0 if result.ok else 1)
