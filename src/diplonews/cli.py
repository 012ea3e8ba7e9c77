"""The ``diplonews`` command line: parses options, calls the package, turns errors into exit codes.

Commands of a package live in that package's ``cli.py`` (``validate``, ``agreement``, ``adjudicate``,
``labelstudio``, ``preannotate``, ``build``/``check-dist``/``publish``); the commands of the top-level modules
(``ingest``, ``schema``, ``materialize``, ``release``) live here. All are loaded lazily through
``LAZY_COMMANDS`` and take their shared options from ``diplonews._options``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from diplonews import __version__
from diplonews._options import ErrorGroup, annotations_option, corpus_option, release_options

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}


class _Group(ErrorGroup):
    """Loads commands lazily; turns a DiplonewsError into ``Error: ...`` on stderr and its exit code."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *LAZY_COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in LAZY_COMMANDS and cmd_name not in self.commands:
            import importlib

            module, _, attr = LAZY_COMMANDS[cmd_name].partition(":")
            command: click.Command = getattr(importlib.import_module(module), attr)
            return command
        return super().get_command(ctx, cmd_name)


@click.group(cls=_Group, context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, prog_name="diplonews")
@click.option(
    "--schema-dir",
    type=click.Path(path_type=Path, file_okay=False),
    envvar="DIPLONEWS_SCHEMA_DIR",
    help="Read labels.json (and write generated files) here instead of the checkout's schema/; "
    "its parent folder is taken as the project root. Env: DIPLONEWS_SCHEMA_DIR.",
)
def main(schema_dir: Path | None) -> None:
    """Build, annotate, check and publish the diplonews Arabic news dataset."""
    from diplonews.schema import use_schema_dir

    if schema_dir is not None:
        if not (schema_dir / "labels.json").is_file():
            raise click.BadParameter(f"{schema_dir} holds no labels.json", param_hint="--schema-dir")
        use_schema_dir(schema_dir)


@main.command()
@click.argument("raw_dir", type=click.Path(path_type=Path), default=Path("corpus/raw"))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=Path("corpus/articles.jsonl"),
    show_default=True,
    help="The JSONL file to write.",
)
@annotations_option("Annotated documents whose text must not change.")
@click.option("--force", is_flag=True, help="Write even if an annotated document's text changes.")
def ingest(raw_dir: Path, output: Path, annotations: Path, force: bool) -> None:
    """Turn the raw pages in RAW_DIR into frozen article records.

    Example:

        diplonews ingest corpus/raw -o corpus/articles.jsonl
    """
    from diplonews.corpus import guard_annotated, write_articles
    from diplonews.corpus import ingest as run_ingest

    records = run_ingest(raw_dir)
    if not force:
        guard_annotated(records, annotations)
    write_articles(records, output)
    pages = len({r["source_file"] for r in records})
    click.echo(f"ingested {len(records)} documents from {pages} pages -> {output}")


@main.group(invoke_without_command=True)
@click.pass_context
def schema(ctx: click.Context) -> None:
    """Print the label inventory, or regenerate and check the files generated from it.

    Example:

        diplonews schema generate
    """
    if ctx.invoked_subcommand is None:
        from diplonews.schema import load_inventory
        from diplonews.tables import inventory_markdown

        click.echo(inventory_markdown(load_inventory()), nl=False)


@schema.command("generate")
def schema_generate() -> None:
    """Rewrite every file generated from labels.json (JSON Schemas, Label Studio XML, label tables, rule table).

    Files already up to date are left untouched; review and commit the diff.
    """
    from diplonews.drift import PROJECTIONS, project_root, regenerate

    written = regenerate()
    for path in written:
        click.echo(f"wrote {path.relative_to(project_root())}")
    click.echo(f"{len(written)} of {len(PROJECTIONS)} generated files rewritten")


@schema.command("check")
@corpus_option("Article records to check against schema/article.schema.json.")
def schema_check(corpus: Path) -> None:
    """Exit 1 if a generated file drifted from labels.json or an article record is invalid."""
    from diplonews._io import numbered_jsonl
    from diplonews.drift import drifted
    from diplonews.schema import ARTICLE_SCHEMA_FILE, load_json_schema
    from diplonews.validate.level1 import compiled, schema_errors

    problems = [f"{path}: out of date with schema/labels.json; {hint}" for path, hint in drifted()]
    fast, slow = compiled(load_json_schema(ARTICLE_SCHEMA_FILE))
    records = list(numbered_jsonl(corpus)) if corpus.exists() else []
    for lineno, record in records:
        found = schema_errors(fast, slow, record, "schema/article.schema.json")
        problems += [f"{corpus}:{lineno}::{path}: {message}" for path, message in found]
    for problem in problems:
        click.echo(problem, err=True)
    if problems:
        sys.exit(1)
    click.echo(f"every generated file matches schema/labels.json; {len(records)} article records valid")


@main.command("materialize")
@annotations_option("The annotation tree whose _authoring/<annotator>/ specs are materialized.")
@corpus_option("Article records whose frozen texts the offsets point into.")
def materialize(annotations: Path, corpus: Path) -> None:
    """Compute offsets for the hand-written specs in ANNOTATIONS/_authoring and write the documents.

    Example:

        diplonews materialize --annotations annotations
    """
    from diplonews.authoring import materialize_all
    from diplonews.corpus import load_articles

    written = materialize_all(annotations, load_articles(corpus))
    click.echo(f"wrote {len(written)} annotated documents")


@main.command("release")
@release_options
@annotations_option("Annotation tree: <annotator>/ folders and gold/.")
@corpus_option("Article records.")
def release(version: str, output: Path, annotations: Path, corpus: Path) -> None:
    """Build a release end to end: splits, validate, agreement, gold, pre-annotation, build, check.

    Example:

        diplonews release --version 0.1.0 -o dist
    """
    from diplonews.pipeline import Paths, run_release

    paths = Paths(annotations=annotations, corpus=corpus, splits=corpus.parent / "splits.json")
    out_dir = run_release(version, output, paths, click.echo)
    click.echo(f"release ready: {out_dir}")
    click.echo(f'read it with: load_dataset("{out_dir}", "documents")')


# Commands defined beside the code they drive, imported only when used: name -> "module:attribute".
LAZY_COMMANDS: dict[str, str] = {
    "validate": "diplonews.validate.cli:validate",
    "labelstudio": "diplonews.labelstudio.cli:labelstudio",
    "agreement": "diplonews.agreement.cli:agreement",
    "adjudicate": "diplonews.adjudicate.cli:adjudicate",
    "preannotate": "diplonews.preannotate.cli:preannotate",
    "build": "diplonews.release.cli:build",
    "check-dist": "diplonews.release.cli:check_dist",
    "publish": "diplonews.release.cli:publish",
}
