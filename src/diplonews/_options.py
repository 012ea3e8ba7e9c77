"""Command-line options shared by several commands, so their names and defaults agree everywhere."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from diplonews.errors import DiplonewsError

F = TypeVar("F", bound=Callable[..., Any])
CORPUS = Path("corpus/articles.jsonl")
ANNOTATIONS = Path("annotations")
DIST = Path("dist")


def corpus_option(help_text: str) -> Callable[[F], F]:
    """``--corpus``: the article records, default ``corpus/articles.jsonl``."""
    return click.option("--corpus", type=click.Path(path_type=Path), default=CORPUS, show_default=True, help=help_text)


def annotations_option(help_text: str, dest: str = "annotations") -> Callable[[F], F]:
    """``--annotations``: the annotation tree, default ``annotations``."""
    return click.option(
        "--annotations", dest, type=click.Path(path_type=Path), default=ANNOTATIONS, show_default=True, help=help_text
    )


def release_options(func: F) -> F:
    """``--version`` (required) and ``-o/--output`` (default ``dist``) of the commands that build a release."""
    func = click.option(
        "-o", "--output", type=click.Path(path_type=Path), default=DIST, show_default=True, help="Parent folder."
    )(func)
    return click.option(
        "--version", "version", required=True, help="Semantic version X.Y.Z; CHANGELOG.md needs an entry."
    )(func)


# Label Studio's address and token: the same names and environment variables as the label-studio-sdk examples.
URL_ENV = "LABEL_STUDIO_URL"
KEY_ENV = "LABEL_STUDIO_API_KEY"


def labelstudio_options(func: F) -> F:
    """``--url`` and ``--api-key`` of a Label Studio server, read from LABEL_STUDIO_URL / LABEL_STUDIO_API_KEY."""
    func = click.option("--api-key", envvar=KEY_ENV, help=f"API token [env {KEY_ENV}].")(func)
    return click.option("--url", envvar=URL_ENV, help=f"Label Studio URL [env {URL_ENV}].")(func)


class ErrorGroup(click.Group):
    """A command group that turns a DiplonewsError into ``Error: ...`` on stderr and its exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DiplonewsError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(exc.exit_code)
