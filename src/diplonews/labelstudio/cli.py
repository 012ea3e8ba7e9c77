"""``diplonews labelstudio``: serve, push, pull, config."""

from __future__ import annotations

import os
import shlex
from pathlib import Path
from typing import Any

import click

from diplonews._options import KEY_ENV, URL_ENV, ErrorGroup, corpus_option, labelstudio_options


def _server_options(func: Any) -> Any:
    func = labelstudio_options(func)
    return click.option("--project", default="diplonews", show_default=True, help="Project title.")(func)


def _key_file_option(func: Any) -> Any:
    """--key-file of the commands that name annotators by pseudonym (pull, annotators list, status)."""
    return click.option(
        "--key-file",
        type=click.Path(path_type=Path, dir_okay=False),
        envvar="DIPLONEWS_PSEUDONYM_KEY_FILE",
        help="The pseudonym key file [env DIPLONEWS_PSEUDONYM_KEY_FILE; default: .labelstudio/pseudonym.key in the "
        "project holding the annotations folder, whatever the current directory]. DIPLONEWS_PSEUDONYM_KEY may "
        "hold the key itself.",
    )(func)


def _pseudonym_key(key_file: Path | None, annotations: Path) -> bytes:
    """The key of the pseudonyms in ``annotations``: ``--key-file``, else the project's one key file."""
    from diplonews.labelstudio import keys

    return keys.pseudonym_key(key_file or keys.default_key_file(annotations), os.environ, annotations)


def _client(url: str | None, api_key: str | None) -> Any:
    from diplonews.labelstudio.client import LabelStudioClient

    return LabelStudioClient(url or "", api_key or "")


def credential_lines(url: str, creds: Any, stored: Path) -> list[str]:
    """What ``serve`` prints about the admin: shell lines to paste, the token only the first time.

    On a restart the token is not printed again (it may end up in a terminal log) but read from the file
    that keeps it, by a line that can be pasted as it is.
    """
    # Every line is valid shell, so the whole block can be pasted: what is only for reading is a comment.
    login = f"# log in as {creds.username}" + (f" with password {creds.password}" if creds.generated else "")
    lines = [login, "# paste into the shell where you run `diplonews labelstudio push/pull`:"]
    lines.append(f"export {URL_ENV}={shlex.quote(url)}")
    if creds.generated:
        lines.append(f"export {KEY_ENV}={shlex.quote(creds.token)}  # printed once; kept in {stored}")
        return lines
    read_token = "import json,sys; print(json.load(open(sys.argv[1]))['token'])"
    lines.append(f'export {KEY_ENV}="$(python3 -c {shlex.quote(read_token)} {shlex.quote(str(stored))})"')
    lines.append(f"# the admin's password and API token are kept in {stored} (Label Studio only reads them once)")
    return lines


@click.group(cls=ErrorGroup)
def labelstudio() -> None:
    """Annotate in Label Studio: run a local server, push articles, pull annotations.

    Example:

        diplonews labelstudio push --project diplonews --overlap 2
    """


@labelstudio.command()
def config() -> None:
    """Print the labeling config generated from schema/labels.json.

    Example:

        diplonews labelstudio config > schema/labelstudio.xml
    """
    from diplonews.labelstudio.config import labeling_config

    click.echo(labeling_config(), nl=False)


@labelstudio.command()
@click.option("--port", type=int, default=8080, show_default=True)
@click.option(
    "--bind",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on: 127.0.0.1 for this machine (or a TLS proxy on it), 0.0.0.0 or a LAN address "
    "for annotators on other machines.",
)
@click.option(
    "--public-url",
    help="The address annotators type, e.g. https://label.example.org; requests for any other host get 400 "
    "[default: http://BIND:PORT].",
)
@click.option(
    "--data-dir",
    type=click.Path(path_type=Path),
    help="Where the database and media live, private to you [default: .labelstudio/data].",
)
@click.option("--database", help="postgresql://user:password@host:port/name instead of SQLite.")
def serve(port: int, bind: str, public_url: str | None, data_dir: Path | None, database: str | None) -> None:
    """Run Label Studio until Ctrl-C; prints its addresses and, the first time, the admin's token.

    Sign-up is by invitation only (see `diplonews labelstudio annotators add`).

    Example:

        diplonews labelstudio serve --bind 0.0.0.0 --public-url http://192.0.2.2:8080 --port 8080
    """
    import signal
    import time

    from diplonews.labelstudio import server

    def interrupt(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    # The server runs in its own process group: stop it also when we are terminated, not only on Ctrl-C.
    signal.signal(signal.SIGTERM, interrupt)

    data_dir = data_dir or server.project_root() / server.DEFAULT_DATA_DIR
    exposure = server.Exposure(bind=bind, public_url=public_url)
    server_ = server.start(data_dir, port=port, database=database, exposure=exposure)
    click.echo(f"Label Studio is running at {server_.public_url} (listening on {bind}:{port}; log: {server_.log_path})")
    click.echo("\n".join(credential_lines(server_.url, server_.creds, server_.data_dir / server.CREDENTIALS_FILE)))
    try:
        while server_.process.poll() is None:
            time.sleep(1)
    except KeyboardInterrupt:
        click.echo("stopping")
    finally:
        server_.stop()


@labelstudio.command()
@_server_options
@click.option(
    "--overlap", type=click.IntRange(min=1), default=1, show_default=True, help="Different annotators per task."
)
@corpus_option("Article records to push.")
@click.option("--guidelines", type=click.Path(path_type=Path), default=Path("docs/guidelines.md"), show_default=True)
@click.option("--preannotate", is_flag=True, help="Attach diplonews.preannotate predictions.")
@click.option(
    "--annotations",
    type=click.Path(path_type=Path, exists=True, file_okay=False),
    help="Also push these annotated documents as their annotators' annotations.",
)
def push(
    *,
    project: str,
    url: str | None,
    api_key: str | None,
    overlap: int,
    corpus: Path,
    guidelines: Path,
    preannotate: bool,
    annotations: Path | None,
) -> None:
    """Create or update the project and import the articles not yet in it (idempotent).

    Example:

        diplonews labelstudio push --project diplonews --overlap 2 --preannotate
    """
    from diplonews.corpus import load_articles
    from diplonews.labelstudio import sync

    articles = load_articles(corpus)
    predictions: dict[str, dict[str, Any]] = {}
    model_version = ""
    scores: Any = None
    if preannotate:
        import importlib

        # Imported lazily and untyped: pre-annotation is a separate part of the package.
        pre: Any = importlib.import_module("diplonews.preannotate")
        predictions = {doc_id: pre.predict(article) for doc_id, article in articles.items()}
        model_version = str(pre.MODEL_VERSION)
        scores = importlib.import_module("diplonews.preannotate.report").load_region_scores(model_version)
        if scores is None:
            click.echo(
                f"note: no mention scores were measured for {model_version}; the predictions go without them "
                "(run scripts/preannotation_report.py to measure them)",
                err=True,
            )
    with _client(url, api_key) as client:
        report = sync.push(
            client, articles, title=project, overlap=overlap, guidelines=guidelines, predictions=predictions,
            model_version=model_version, score_of=scores.of if scores else None, progress=click.echo,
        )  # fmt: skip
        click.echo(
            f"project {project!r} (id {report.project_id}): imported {report.imported}, "
            f"already there {report.already}, predictions added {report.predictions_added}"
        )
        if report.duplicates:
            click.echo(f"warning: several tasks share a doc_id: {', '.join(report.duplicates[:10])}", err=True)
        if annotations is not None:
            from diplonews.annotations import load_annotations

            docs = [doc for per_doc in load_annotations(annotations).values() for doc in per_doc.values()]
            created = sync.push_annotations(client, docs, title=project)
            click.echo(f"annotations created: {created} of {len(docs)}")


@labelstudio.command()
@_server_options
@click.option("-o", "--output", type=click.Path(path_type=Path), default=Path("annotations"), show_default=True)
@corpus_option("Article records whose frozen texts every pulled span is checked against.")
@_key_file_option
@click.option("--force", is_flag=True, help="Overwrite local files changed since the last pull.")
def pull(
    *,
    project: str,
    url: str | None,
    api_key: str | None,
    output: Path,
    corpus: Path,
    key_file: Path | None,
    force: bool,
) -> None:
    """Write OUTPUT/<annotator>/<doc_id>.json from the project's full JSON export.

    Every annotation that converts is written; one that cannot be (a stance without holder, a region with two
    labels) is listed by annotator and task with how to fix it in Label Studio, its file is left as it was,
    the next pull tries it again, and the exit status is 1.

    Example:

        diplonews labelstudio pull --project diplonews -o annotations/
    """
    from diplonews.corpus import load_articles
    from diplonews.labelstudio import sync

    texts = {doc_id: a["text"] for doc_id, a in load_articles(corpus).items()}
    key = _pseudonym_key(key_file, output)
    with _client(url, api_key) as client:
        report = sync.pull(client, output, texts, key=key, title=project, force=force)
    how = "updated tasks" if report.incremental else "all tasks"
    click.echo(f"exported {report.tasks} ({how}); wrote {len(report.written)} files, {report.unchanged} unchanged")
    if report.skipped:
        click.echo(skipped_text(report.skipped), err=True, nl=False)
        raise click.exceptions.Exit(1)


def skipped_text(skipped: list[tuple[str, str]]) -> str:
    """The annotations a pull left out, by annotator: what is wrong and how to fix it in Label Studio."""
    lines = [
        f"{len(skipped)} annotations could not be converted and were not written (their files, if any, are as "
        "before); fix each in Label Studio (open the task, fix the region, Update), then pull again:"
    ]
    for annotator in sorted({a for a, _ in skipped}):
        who = "every annotator of the task" if annotator == "*" else annotator
        lines.append(f"  {who}:")
        lines += [f"    {message}" for a, message in skipped if a == annotator]
    return "\n".join(lines) + "\n"


@labelstudio.group(cls=ErrorGroup)
def annotators() -> None:
    """Annotator accounts: add (prints a password or an invitation once), list, remove.

    Example:

        diplonews labelstudio annotators add a3
    """


def _local_server_options(func: Any) -> Any:
    """--data-dir and --database of the server on this machine (its passwords are set with its own command)."""
    func = click.option("--database", help="The server's postgresql://... database, as given to serve.")(func)
    return click.option(
        "--data-dir", type=click.Path(path_type=Path), help="The server's data dir [default: .labelstudio/data]."
    )(func)


def _password_setter(data_dir: Path | None, database: str | None) -> Any:
    from diplonews.labelstudio import server

    folder = data_dir or server.project_root() / server.DEFAULT_DATA_DIR
    return lambda email, password: server.set_password(folder, email, password, database=database)


@annotators.command("add")
@_server_options
@_local_server_options
@click.argument("name")
@click.option("--email", help="The annotator's own address [default: NAME@annotators.diplonews.invalid].")
@click.option(
    "--invite",
    is_flag=True,
    help="Print the sign-up invitation instead of making the account (the annotator signs up with the address "
    "and chooses a password); works without access to the server's data dir.",
)
@click.option(
    "--public-url", envvar="DIPLONEWS_PUBLIC_URL", help="Address annotators type, for --invite [default: --url]."
)
def annotators_add(**opts: Any) -> None:
    """Make annotator NAME's account and print, once, the line it logs in with (`password:` or `invite:`).

    Run it again to give an annotator who lost it a new password.

    Example:

        diplonews labelstudio annotators add a3 --data-dir .labelstudio/data
    """
    from diplonews.labelstudio import team

    with _client(opts["url"], opts["api_key"]) as client:
        if opts["invite"]:
            address = team.account_email(opts["name"], opts["email"])
            link = team.invitation(client, opts["public_url"] or client.url)
            click.echo(f"# {opts['name']}: sign up with the address {address} and a password of your own")
            click.echo(f"invite: {link}")
            click.echo("# the link admits anyone who has it: after the sign-up, `annotators list` shows the account")
            return
        setter = _password_setter(opts["data_dir"], opts["database"])
        address, password = team.add(client, opts["name"], opts["email"], setter)
    click.echo(
        f"# {opts['name']}: log in at {opts['public_url'] or client.url} as {address} (shown once, kept nowhere)"
    )
    click.echo(f"password: {password}")


@annotators.command("list")
@_server_options
@click.option("--annotations", type=click.Path(path_type=Path), default=Path("annotations"), show_default=True)
@_key_file_option
def annotators_list(
    project: str, url: str | None, api_key: str | None, annotations: Path, key_file: Path | None
) -> None:
    """Every annotator account: name, pseudonym (its folder in pulls), address, tasks done and skipped.

    Example:

        diplonews labelstudio annotators list --project diplonews
    """
    from diplonews.labelstudio import team

    key = _pseudonym_key(key_file, annotations)
    with _client(url, api_key) as client:
        rows = team.roster(client, key, project)
    click.echo("name\tpseudonym\taccount\tdone\tskipped\tstate")
    for row in rows:
        state = "removed" if row.removed else "active"
        click.echo(f"{row.name}\t{row.pseudonym}\t{row.email}\t{row.done}\t{row.skipped}\t{state}")


@annotators.command("remove")
@_server_options
@_local_server_options
@click.argument("name")
def annotators_remove(**opts: Any) -> None:
    """Take annotator NAME's account away (no login, no API token); its annotations stay and still pull.

    Example:

        diplonews labelstudio annotators remove a3 --data-dir .labelstudio/data
    """
    from diplonews.labelstudio import team
    from diplonews.labelstudio.client import rotate_token_as

    # --project is accepted for symmetry with list: accounts belong to the server, not to one project.
    name = opts["name"]
    with _client(opts["url"], opts["api_key"]) as client:
        rotate = lambda email, password: rotate_token_as(client.url, email, password)  # noqa: E731
        address = team.remove(client, name, _password_setter(opts["data_dir"], opts["database"]), rotate)
    click.echo(f"removed {name} ({address}): it can no longer log in or use its API token; its annotations stay")


@labelstudio.command("status")
@_server_options
@click.option("--annotations", type=click.Path(path_type=Path), default=Path("annotations"), show_default=True)
@_key_file_option
def status(project: str, url: str | None, api_key: str | None, annotations: Path, key_file: Path | None) -> None:
    """Progress: per annotator and document, done, skipped and still wanted; then agreement on the last pull.

    Example:

        diplonews labelstudio status --project diplonews
    """
    from diplonews.agreement.formats import text_report
    from diplonews.agreement.loading import load_roots
    from diplonews.agreement.report import compute
    from diplonews.errors import InputError, SyncError
    from diplonews.labelstudio import status as progress
    from diplonews.labelstudio import team

    key = _pseudonym_key(key_file, annotations)
    with _client(url, api_key) as client:
        found = client.find_project(project)
        if found is None:
            raise SyncError(f"no project {project!r} on the server; push first, or pass --project")
        overlap = int(found.get("maximum_annotations") or 1)
        docs = progress.documents(client.export_tasks(int(found["id"])), overlap)
        rows = team.roster(client, key, project)
    click.echo(progress.render(docs, rows), nl=False)
    # Agreement is computed on the pulled tree: the pull is the record, and it pseudonymises as the release does.
    try:
        pulled = load_roots([annotations])
    except InputError as exc:
        click.echo(f"\nagreement so far: not yet ({exc}); run `diplonews labelstudio pull` first")
        return
    click.echo(f"\nagreement so far, on the documents pulled into {annotations}:")
    click.echo(text_report(compute(pulled), pulled), nl=False)
