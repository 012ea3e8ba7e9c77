"""Commands ``diplonews build``, ``diplonews check-dist`` and ``diplonews publish``."""

from __future__ import annotations

from pathlib import Path

import click

from diplonews._options import annotations_option, release_options
from diplonews.errors import ReleaseChecksError


@click.command()
@release_options
@annotations_option("Annotation tree holding gold/ and the annotators' folders.")
@click.option(
    "--agreement",
    type=click.Path(path_type=Path),
    default=Path("reports/agreement.json"),
    show_default=True,
    help="Agreement report whose figures go into the card.",
)
def build(version: str, output: Path, annotations: Path, agreement: Path) -> None:
    """Build the release OUTPUT/vX.Y.Z: Parquet per config and split, README.md card, croissant.json.

    Example:

        diplonews build --version 0.1.0 -o dist
    """
    from diplonews.release.build import Sources
    from diplonews.release.build import build as run_build

    result = run_build(version, output, Sources(annotations=annotations, agreement=agreement), log=click.echo)
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(f"built {result.out_dir} ({len(result.files)} Parquet files)")


@click.command("check-dist")
@click.argument("dist", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option(
    "--splits",
    type=click.Path(path_type=Path),
    default=Path("corpus/splits.json"),
    show_default=True,
    help="Committed split manifest the release must agree with (skipped if absent).",
)
def check_dist(dist: Path, splits: Path) -> None:
    """Load DIST offline with `datasets` and check features, card YAML, row counts and spans.

    Example:

        diplonews check-dist dist/v0.1.0
    """
    from diplonews.release.checks import check_dist as run_check

    problems = run_check(dist, splits if splits.exists() else None)
    for problem in problems:
        click.echo(problem, err=True)
    if problems:
        raise ReleaseChecksError(f"{dist}: {len(problems)} problem(s), listed above")
    click.echo(f"{dist}: every config and split loads offline and matches the schema")


@click.command()
@click.argument("dist", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option("--repo-id", required=True, help="Hub dataset repository, ORG/NAME.")
@click.option("--dry-run", is_flag=True, help="List the operations without contacting the Hub.")
@click.option("--private", is_flag=True, help="Create the repository private if it does not exist.")
def publish(dist: Path, repo_id: str, dry_run: bool, private: bool) -> None:
    """Check DIST, upload it to the Hub in one commit and tag that commit vX.Y.Z (never overwriting a tag).

    Only the files manifest.json vouches for are uploaded (its Parquet files, checked against their sha256,
    and the card, croissant.json, LICENSE, CHANGELOG.md and manifest.json); anything else in DIST is left out
    and a symbolic link is refused. The uploaded card and croissant.json name REPO_ID. If tagging fails after
    the commit, running the same command again tags that commit without making another.

    The token comes from HF_TOKEN or the `hf auth login` cache and is never printed.

    Example:

        diplonews publish dist/v0.1.0 --repo-id my-org/diplonews --dry-run
    """
    from diplonews.release.checks import check_dist as run_check
    from diplonews.release.hub import check_repo_id
    from diplonews.release.hub import publish as run_publish

    check_repo_id(repo_id)  # before the slow checks: a typo should not cost a full offline load
    # Never upload a release that its own checks reject (e.g. a hand-edited card).
    problems = run_check(dist)
    if problems:
        for problem in problems:
            click.echo(problem, err=True)
        raise ReleaseChecksError(f"{dist}: {len(problems)} problem(s), listed above; not publishing")
    result = run_publish(dist, repo_id, dry_run=dry_run, private=private, log=click.echo)
    if result.not_uploaded:
        click.echo(f"warning: not uploaded (not listed in manifest.json): {', '.join(result.not_uploaded)}", err=True)
    if dry_run:
        click.echo(f"dry run: would publish {dist} to {repo_id} as {result.tag}:")
        for op in result.operations:
            click.echo(f"  {op}")
        return
    click.echo(f"published {repo_id}@{result.tag} (commit {result.commit})")
    click.echo(f'load it with: load_dataset("{repo_id}", "documents", revision="{result.tag}")')
