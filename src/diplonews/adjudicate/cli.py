"""``diplonews adjudicate``: gold from the annotators' files, review files for the curator, the review round trip."""

from __future__ import annotations

from pathlib import Path

import click

from diplonews._options import annotations_option, corpus_option
from diplonews.adjudicate.core import REVIEW_DIR, Outcome, run, validate_gold
from diplonews.adjudicate.gold import GOLD
from diplonews.errors import AnnotationsInvalidError


@click.command()
@annotations_option("The annotations root holding <annotator>/<doc_id>.json.", "root")
@click.option(
    "--min-agree",
    type=int,
    default=2,
    show_default=True,
    help="How many annotators must agree for an item to be accepted without review.",
)
@click.option(
    "--review-dir", type=click.Path(path_type=Path), help="Where review files go (default: <annotations>/_review)."
)
@click.option("--fail-on-pending", is_flag=True, help="Exit 1 while any disagreement is undecided.")
@corpus_option("Article records the gold documents are validated against.")
@click.option(
    "--labelstudio",
    "round_trip",
    is_flag=True,
    help="Also pull decisions from the Label Studio review project first, and push what is still undecided.",
)
@click.option("--url", envvar="LABEL_STUDIO_URL", help="Label Studio URL [env LABEL_STUDIO_URL].")
@click.option("--api-key", envvar="LABEL_STUDIO_API_KEY", help="API token [env LABEL_STUDIO_API_KEY].")
@click.option("--review-project", default="diplonews review", show_default=True, help="Review project title.")
def adjudicate(
    *,
    root: Path,
    min_agree: int,
    review_dir: Path | None,
    fail_on_pending: bool,
    corpus: Path,
    round_trip: bool,
    url: str | None,
    api_key: str | None,
    review_project: str,
) -> None:
    """Build gold from the annotators' files; disagreements go to review files for a curator.

    Each line reports a document: items accepted by agreement, decided by the curator, still pending.
    Pending items are left out of gold until decided; re-running applies the decisions. With
    --labelstudio, undecided items are also reviewed in Label Studio (one task per item, each
    annotator's version, nothing pre-selected) and the choices made there are pulled back on the next run.

    Example:

        diplonews adjudicate --min-agree 2 --annotations annotations/
    """
    client = None
    if round_trip:
        from diplonews.adjudicate.labelstudio import pull_review
        from diplonews.labelstudio.client import LabelStudioClient

        client = LabelStudioClient(url or "", api_key or "")
        pulled = pull_review(client, review_dir or root / REVIEW_DIR, review_project)
        click.echo(f"pulled {pulled.decisions} decisions from Label Studio project {review_project!r}")
    outcomes = run(root, min_agree, review_dir)
    _report(outcomes, root)
    pending = sum(o.pending for o in outcomes)
    click.echo(f"{len(outcomes)} documents; {pending} items pending review in {review_dir or root / REVIEW_DIR}")
    if client is not None:
        from diplonews.adjudicate.labelstudio import push_review
        from diplonews.corpus import load_articles

        texts = {doc_id: a["text"] for doc_id, a in load_articles(corpus).items()}
        pushed = push_review(client, review_dir or root / REVIEW_DIR, review_project, texts)
        client.close()
        click.echo(f"pushed {pushed.tasks} review tasks (nothing pre-selected: the curator picks a version)")
    errors = validate_gold(root, outcomes, corpus)
    for finding in errors:
        click.echo(f"{finding.location}: {finding.rule}: {finding.message}", err=True)
    if errors:
        raise AnnotationsInvalidError(f"{len(errors)} validation errors in gold; fix them with custom decisions")
    click.echo("gold validates with 0 errors")
    if pending and fail_on_pending:
        raise click.exceptions.Exit(1)


def _report(outcomes: list[Outcome], root: Path) -> None:
    """One line per document (agreed, decided, pending, where its gold went) and its notes."""
    for o in outcomes:
        doc_id = o.gold["doc_id"]
        click.echo(
            f"{doc_id}: {o.accepted} agreed, {o.decided} decided, {o.pending} pending"
            f" -> {root / GOLD / (doc_id + '.json')}"
        )
        for note in o.notes:
            click.echo(f"  note: {note}")
        if o.changed:
            click.echo(
                f"  note: {o.changed} decided items changed in an annotator's file since the decision"
                " (changed_since_decision); the decisions still hold"
            )
        if o.dropped:
            click.echo(
                f"  note: {o.dropped} of them every annotator has since removed, and only the decision keeps in gold"
                ' (dropped_since_decision): confirm each or set its decision to "reject"'
            )
