"""The ``diplonews preannotate`` command: write predictions, or score them against gold."""

from __future__ import annotations

from pathlib import Path

import click

from diplonews._options import corpus_option


@click.command()
@corpus_option("The article records to pre-annotate.")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=Path("predictions"),
    show_default=True,
    help="Folder for one predicted document per article (<doc_id>.json) and model_version.txt.",
)
@click.option("--evaluate", is_flag=True, help="Score predictions against --gold instead of writing them.")
@click.option(
    "--gold",
    type=click.Path(path_type=Path),
    default=Path("annotations/gold"),
    show_default=True,
    help="Reference documents for --evaluate (any annotator's folder works).",
)
def preannotate(corpus: Path, output: Path, evaluate: bool, gold: Path) -> None:
    """Pre-annotate every article with the gazetteer and cue lexicon (annotator "model").

    With --evaluate, predict the documents found in --gold from their own text and print strict
    precision, recall and F1 (same offsets and type) per entity type, for all entities and for triggers.

    Example:

    \b
        diplonews preannotate -o predictions/
        diplonews preannotate --evaluate --gold annotations/a1
    """
    from diplonews._io import StagedWrites, contained, dumps
    from diplonews.preannotate.predict import predict
    from diplonews.preannotate.resources import model_version

    version = model_version()
    if evaluate:
        from diplonews.preannotate.evaluate import format_table, load_reference, score
        from diplonews.schema import load_inventory

        reference = load_reference(gold)
        predicted = [predict(doc) for doc in reference]
        rows = score(reference, predicted, load_inventory().names("entity_types"))
        click.echo(f"{version} against {gold} ({len(reference)} documents, strict match)")
        click.echo(format_table(rows), nl=False)
        return

    from diplonews.corpus import load_articles

    articles = load_articles(corpus)
    with StagedWrites(output) as staged:  # all predictions or none
        for doc_id, article in articles.items():
            staged.add(contained(output, f"{doc_id}.json"), dumps(predict(article)))
        staged.add(output / "model_version.txt", version + "\n")
        staged.commit()
    click.echo(f"{version}: {len(articles)} documents -> {output}")
