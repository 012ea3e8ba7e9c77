"""push (articles, predictions, existing annotations) to a Label Studio project and pull annotations back."""

from __future__ import annotations

import functools
import hashlib
import hmac
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from diplonews._io import StagedWrites, atomic_write_text, dumps, dumps_document, read_json, sha256_text
from diplonews.errors import InputError
from diplonews.labelstudio.client import LabelStudioClient
from diplonews.labelstudio.config import labeling_config
from diplonews.labelstudio.convert import ScoreOf, article_task, document_to_result, prediction_item, task_conversions
from diplonews.labelstudio.errors import (
    ExportFormatError,
    ProjectNotFoundError,
    PullConflictError,
    PushRefusedError,
    redacted,
)
from diplonews.labelstudio.guidelines import instructions_html
from diplonews.labelstudio.keys import key_id
from diplonews.schema import ANNOTATOR_PATTERN, RESERVED_ANNOTATORS, Inventory, load_inventory

DEFAULT_PROJECT = "diplonews"
# The server's import costs about 0.1 s per request on top of its work per task (10,000 tasks: 2.9 s in
# one request, 5.2 s in batches of 500): batches are as large as its request size limit comfortably allows.
BATCH = 10_000
BATCH_CHARS = 20_000_000
STATE_FILE = ".labelstudio-state.json"
# Accounts the project creates for its pseudonymous annotators (a1, a2): the pseudonym is the local part.
ANNOTATOR_DOMAIN = "annotators.diplonews.invalid"
_OWN_ACCOUNT = re.compile(r"^(" + ANNOTATOR_PATTERN[1:-1] + r")@" + re.escape(ANNOTATOR_DOMAIN) + "$")
# Above this many changed tasks one full export is cheaper than a long list of ids.
INCREMENTAL_LIMIT = 500


def pseudonym(email: str, key: bytes) -> str:
    """A stable pseudonymous annotator id: ``a1`` for the project's own accounts, else ``u`` + a keyed hash."""
    own = _OWN_ACCOUNT.fullmatch(email.strip().lower())
    if own and own.group(1) not in RESERVED_ANNOTATORS:
        return own.group(1)
    return "u" + hmac.new(key, email.strip().lower().encode("utf-8"), hashlib.sha256).hexdigest()[:10]


def team_settings(overlap: int) -> dict[str, Any]:
    """Task distribution: every task to ``overlap`` different annotators, each one working blind.

    Label Studio's stream never gives a user a task they submitted or skipped, and holds a task for at most
    ``overlap`` users at a time. What Community cannot enforce is in the README (Serving a team): any account
    can still open the Data Manager and see the others' annotations.
    """
    if overlap < 1:
        raise PushRefusedError(f"--overlap {overlap}: each task needs at least one annotator")
    return {
        "maximum_annotations": overlap,
        "overlap_cohort_percentage": 100,  # every task, not a sample, gets its ``overlap`` annotators
        "sampling": "Sequential sampling",  # the corpus order: a document's annotators meet on it close in time
        "show_overlap_first": True,
        "show_annotation_history": False,  # no earlier versions (and their authors) in the labeling view
        "reveal_preannotations_interactively": False,
        # Pre-annotations are the model's, not another annotator's: they stay visible as the starting point.
        "show_collab_predictions": True,
    }


def ensure_project(client: LabelStudioClient, title: str, *, overlap: int, guidelines: Path | None) -> int:
    """The id of project ``title`` with the current config, instructions and overlap (created if missing)."""
    fields: dict[str, Any] = {
        "label_config": labeling_config(),
        "expert_instruction": instructions_html(guidelines),
        # Not opened before every task: the guidelines stay one click away (the Instructions button).
        "show_instruction": False,
        **team_settings(overlap),
        "show_skip_button": True,
    }
    found = client.find_project(title)
    if found is None:
        return client.create_project(title=title, **fields)
    client.update_project(found["id"], **fields)
    project_id: int = found["id"]
    return project_id


@dataclass
class PushReport:
    """What a push did."""

    project_id: int
    imported: int = 0
    already: int = 0
    predictions_added: int = 0
    duplicates: list[str] = field(default_factory=list)


def _existing(client: LabelStudioClient, project_id: int) -> dict[str, list[dict[str, Any]]]:
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for task in client.tasks(project_id):
        by_doc.setdefault(str((task.get("data") or {}).get("doc_id")), []).append(task)
    return by_doc


def _batches(doc_ids: list[str], articles: Mapping[str, dict[str, Any]], most: int) -> Iterator[list[str]]:
    """``doc_ids`` in import batches of at most ``most`` tasks and about BATCH_CHARS characters of text."""
    chunk: list[str] = []
    size = 0
    for doc_id in doc_ids:
        if chunk and (len(chunk) >= most or size + len(articles[doc_id]["text"]) > BATCH_CHARS):
            yield chunk
            chunk, size = [], 0
        chunk.append(doc_id)
        size += len(articles[doc_id]["text"])
    if chunk:
        yield chunk


def push(
    client: LabelStudioClient,
    articles: Mapping[str, dict[str, Any]],
    *,
    title: str = DEFAULT_PROJECT,
    overlap: int = 1,
    guidelines: Path | None = None,
    predictions: Mapping[str, dict[str, Any]] | None = None,
    model_version: str = "",
    score_of: ScoreOf | None = None,
    batch: int = BATCH,
    progress: Callable[[str], None] | None = None,
) -> PushReport:
    """Import every article not yet in the project (deduplicated on doc_id); refuse changed texts.

    ``predictions`` (doc_id -> pre-annotated document) go with their tasks, or onto tasks that have none yet,
    as ``model_version``, with mention scores when ``score_of`` is given (``convert.prediction_item``).
    """
    project_id = ensure_project(client, title, overlap=overlap, guidelines=guidelines)
    report = PushReport(project_id)
    existing = _existing(client, project_id)
    changed = [
        f"{doc_id} (task {task['id']})"
        for doc_id, tasks in existing.items()
        for task in tasks
        if doc_id in articles and task["data"].get("text_sha256") != articles[doc_id]["text_sha256"]
    ]
    if changed:
        raise PushRefusedError(
            f"project {title!r}: the text of {len(changed)} already imported documents changed in the corpus: "
            f"{', '.join(changed[:10])}; annotations made on the old text would no longer fit. Restore the "
            "corpus text, or give the changed article a new doc_id"
        )
    report.duplicates = sorted(d for d, tasks in existing.items() if len(tasks) > 1)
    report.already = sum(1 for d in articles if d in existing)
    predictions = predictions or {}
    todo = [d for d in articles if d not in existing]
    for chunk in _batches(todo, articles, batch):
        items = [article_task(articles[d], predictions.get(d), model_version, score_of) for d in chunk]
        report.imported += len(client.import_tasks(project_id, items))
        report.predictions_added += sum(1 for item in items if item.get("predictions"))
        if progress:
            progress(f"imported {report.imported}/{len(todo)}")
    missing = [
        {"task": tasks[0]["id"], **prediction_item(predictions[d], model_version, score_of)}
        for d, tasks in existing.items()
        if d in predictions and not tasks[0].get("total_predictions")
    ]
    for start in range(0, len(missing), batch):
        client.import_predictions(project_id, missing[start : start + batch])
    report.predictions_added += len(missing)
    if predictions:
        # Only now: the server refuses a model version that no prediction carries yet.
        client.update_project(project_id, model_version=model_version)
    return report


def annotator_account(client: LabelStudioClient, annotator: str, users: dict[int, str]) -> int:
    """The user id of the project's account for ``annotator`` (created when missing)."""
    email = f"{annotator}@{ANNOTATOR_DOMAIN}"
    for user_id, user_email in users.items():
        if user_email.lower() == email:
            return user_id
    user_id = client.create_user(email, annotator)
    users[user_id] = email
    return user_id


def push_annotations(
    client: LabelStudioClient, documents: list[dict[str, Any]], *, title: str = DEFAULT_PROJECT
) -> int:
    """Create each document as its annotator's annotation, unless that annotator already annotated the task."""
    found = client.find_project(title)
    if found is None:
        raise ProjectNotFoundError(f"{client.url}: no project {title!r}; push the articles first")
    tasks = {str(t["data"].get("doc_id")): t for t in client.tasks(found["id"])}
    users = client.users()
    created = 0
    for doc in documents:
        task = tasks.get(doc["doc_id"])
        if task is None:
            raise PushRefusedError(f"{doc['annotator']}/{doc['doc_id']}: no task for this document; push it first")
        if task["data"].get("text_sha256") != doc["text_sha256"]:
            raise PushRefusedError(
                f"{doc['annotator']}/{doc['doc_id']}: annotated on a different text than task {task['id']}"
            )
        user_id = annotator_account(client, doc["annotator"], users)
        if any(a.get("completed_by") == user_id for a in client.annotations(task["id"])):
            continue
        skipped = doc["status"] == "skipped"
        result = [] if skipped else document_to_result(doc)
        client.create_annotation(task["id"], result, completed_by=user_id, was_cancelled=skipped)
        created += 1
    return created


@dataclass
class PullReport:
    """What a pull did."""

    tasks: int = 0
    written: list[Path] = field(default_factory=list)
    unchanged: int = 0
    incremental: bool = False
    # (annotator or "*" for a whole task, message) of what could not be converted: none of it was written.
    skipped: list[tuple[str, str]] = field(default_factory=list)
    skipped_tasks: set[int] = field(default_factory=set)


def _state_key(client: LabelStudioClient, project_id: int) -> str:
    return f"{redacted(client.url)}#project={project_id}"


def _read_state(path: Path) -> dict[str, Any]:
    """The last pull's state file, checked: {"source": str, "updated_at": str|None, "files": {rel: sha256}}."""
    if not path.exists():
        return {}
    state = read_json(path)
    files = state.get("files", {}) if isinstance(state, dict) else None
    if (
        not isinstance(files, dict)
        or not all(isinstance(k, str) and isinstance(v, str) for k, v in files.items())
        or not isinstance(state.get("source", ""), str)
        or not isinstance(state.get("updated_at") or "", str)
        or not isinstance(state.get("key_id", ""), str)
        or not isinstance(state.get("retry", []), list)
        or not all(type(t) is int for t in state.get("retry", []))
    ):
        raise InputError(
            f"{path}: not a pull state file (expected source, updated_at, key_id and files: {{path: sha256}}); "
            "move it away and pull again (every file is then compared with the server)"
        )
    return dict(state)


def _check_key(path: Path, state: Mapping[str, Any], key: bytes) -> None:
    """Refuse a pull whose pseudonym key is not the one the last pull into this folder used."""
    recorded = state.get("key_id")
    if recorded and recorded != key_id(key):
        raise InputError(
            f"{path}: the last pull into this folder used another pseudonym key (key id {recorded}, now "
            f"{key_id(key)}), so the same annotators would get new ids; use that key again (its file, "
            "DIPLONEWS_PSEUDONYM_KEY or --key-file). Nothing was written"
        )


def _local_text(path: Path) -> str | None:
    """The text of a local annotation file, None if there is none; InputError if it cannot be one."""
    if not path.exists():
        return None
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(
            f"{path}: cannot be read as a UTF-8 annotation file ({exc}); move it away and pull again"
        ) from exc


def _changed(
    client: LabelStudioClient, project_id: int, since: str | None, retry: Iterable[int] = ()
) -> list[int] | None:
    """The ids of the tasks updated after ``since`` and of those the last pull skipped (``retry``: they may convert
    now that the corpus or the code changed); None for all of them (no earlier pull, or too many changed)."""
    if not since:
        return None
    changed = [int(t["id"]) for t in client.tasks(project_id, updated_after=since, include="id")]
    changed += [t for t in retry if t not in set(changed)]
    return None if len(changed) > INCREMENTAL_LIMIT else changed


def _annotator_names(client: LabelStudioClient, key: bytes) -> Callable[[Any], str]:
    """user (id or user dict, as the export gives it) -> pseudonymous annotator id."""
    users = client.users()

    @functools.cache
    def annotator_of_id(user_id: Any) -> str:
        email = users.get(user_id) if isinstance(user_id, int) else None
        return pseudonym(email or f"user-{user_id}", key)

    def annotator_of(user: Any) -> str:
        return annotator_of_id(user.get("id") if isinstance(user, dict) else user)

    return annotator_of


@dataclass
class _PullPlan:
    """What a pull will write: staged files, their hashes, and local edits it would overwrite."""

    out: Path
    files: dict[str, str]  # rel -> sha256 recorded by the last pull
    staged: StagedWrites
    report: PullReport
    force: bool
    hashes: dict[str, str] = field(default_factory=dict)  # rel -> sha256 of what is staged
    conflicts: list[str] = field(default_factory=list)

    def stage(self, documents: Iterable[dict[str, Any]]) -> None:
        for doc in documents:
            rel = f"{doc['annotator']}/{doc['doc_id']}.json"
            path, content = self.out / rel, dumps_document(doc)
            current = _local_text(path)
            if current == content:
                self.report.unchanged += 1
                self.files[rel] = sha256_text(content)
                continue
            if current is not None and self.files.get(rel) != sha256_text(current) and not self.force:
                self.conflicts.append(str(path))
            self.staged.add(path, content)
            self.hashes[rel] = sha256_text(content)

    def check_conflicts(self) -> None:
        if self.conflicts:
            raise PullConflictError(
                f"{len(self.conflicts)} local files changed since the last pull and differ from the server: "
                f"{', '.join(self.conflicts[:10])}; commit or move your edits, then pull with --force to take the "
                "server's"
            )


def _convert(
    task: dict[str, Any],
    frozen_texts: Mapping[str, str],
    annotator_of: Callable[[Any], str],
    report: PullReport,
    inv: Inventory,
) -> list[dict[str, Any]]:
    """The documents of one exported task that convert; the others go into ``report.skipped``."""
    try:
        documents, failures = task_conversions(task, frozen_text=frozen_texts.get, annotator_of=annotator_of,
                                               inv=inv)  # fmt: skip
    except ExportFormatError as exc:
        documents, failures = [], [("*", str(exc))]
    if failures:
        report.skipped += failures
        if type(task.get("id")) is int:
            report.skipped_tasks.add(task["id"])
    return documents


def pull(
    client: LabelStudioClient,
    out: Path,
    frozen_texts: Mapping[str, str],
    *,
    key: bytes,
    title: str = DEFAULT_PROJECT,
    force: bool = False,
) -> PullReport:
    """Write ``out/<annotator>/<doc_id>.json`` from the full JSON export; never overwrite local edits.

    The export is converted task by task as it arrives, so memory does not grow with the project. Every
    annotation that converts is written; one that does not (a stance without holder, a region with two labels)
    is listed in ``report.skipped`` and its file is left as it was, so one annotator's slip never holds back the
    others'; the next pull tries those tasks again. Nothing is written if a local file was edited since the
    last pull.
    """
    found = client.find_project(title)
    if found is None:
        raise ProjectNotFoundError(f"{client.url}: no project {title!r}; run `diplonews labelstudio push` first")
    project_id = int(found["id"])
    state_path = out / STATE_FILE
    state = _read_state(state_path)
    _check_key(state_path, state, key)
    files: dict[str, str] = dict(state.get("files", {}))
    since = state.get("updated_at") if state.get("source") == _state_key(client, project_id) else None
    task_ids = _changed(client, project_id, since, state.get("retry", []) if since else ())
    report = PullReport(incremental=task_ids is not None)
    newest = since or ""
    annotator_of = _annotator_names(client, key)
    inv = load_inventory()
    with StagedWrites(out) as staged:
        plan = _PullPlan(out, files, staged, report, force)
        exported = client.export_tasks(project_id, task_ids) if task_ids != [] else iter(())
        for task in exported:
            report.tasks += 1
            newest = max(newest, str(task.get("updated_at") or ""))
            plan.stage(_convert(task, frozen_texts, annotator_of, report, inv))
        plan.check_conflicts()
        report.written = staged.commit()
    files.update(plan.hashes)
    state = {
        "source": _state_key(client, project_id),
        "updated_at": newest or None,
        "key_id": key_id(key),
        "files": dict(sorted(files.items())),
        "retry": sorted(report.skipped_tasks),
    }
    atomic_write_text(state_path, dumps(state))
    return report
