"""The one wrapper around label-studio-sdk: every HTTP failure becomes a SyncError subclass here."""

from __future__ import annotations

import codecs
import itertools
import json
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from diplonews._options import KEY_ENV, URL_ENV
from diplonews.labelstudio.errors import (
    AccountError,
    AuthenticationError,
    RequestRejectedError,
    ServerFailedError,
    ServerUnreachableError,
    redacted,
)

# Imports are not idempotent: a retried POST whose first try was committed would add tasks twice.
NO_RETRY: dict[str, Any] = {"max_retries": 0, "timeout": 600}
PAGE_SIZE = 1000
TASK_COLUMNS = "id,data,total_predictions,total_annotations,updated_at"
EXPORT_TIMEOUT = 1800
STREAM_CHUNK = 1 << 20
_SPACE = re.compile(r"\s*")
_SEPARATOR = re.compile(r"\s*,?")


def array_items(chunks: Iterable[bytes]) -> Iterator[Any]:
    """The items of a JSON array arriving in byte chunks, each parsed by the C decoder as soon as it is whole.

    ValueError if the bytes are not one JSON array. An item cut by a chunk boundary fails to decode and is
    tried again with the next chunk; items are far smaller than a chunk, so little is parsed twice.
    """
    decoder = json.JSONDecoder()
    utf8 = codecs.getincrementaldecoder("utf-8")()
    buffer, pos, opened, closed = "", 0, False, False
    for chunk in itertools.chain(chunks, [None]):
        last = chunk is None
        buffer = buffer[pos:] + utf8.decode(chunk or b"", final=last)
        pos = 0
        while not closed:
            pos = _SPACE.match(buffer, pos).end()  # type: ignore[union-attr]
            if pos == len(buffer):
                break
            if not opened:
                if buffer[pos] != "[":
                    raise ValueError(f"expected '[' at the start, got {buffer[pos : pos + 20]!r}")
                opened, pos = True, pos + 1
                continue
            if buffer[pos] == "]":
                closed, pos = True, pos + 1
                break
            try:
                item, end = decoder.raw_decode(buffer, pos)
            except json.JSONDecodeError as exc:
                if last:
                    raise ValueError(f"{exc.msg} at character {exc.pos} of the unread rest") from exc
                break  # the item continues in the next chunk
            if end == len(buffer) and not last:
                break  # a number cut by the boundary decodes as a shorter one: wait for what follows
            yield item
            pos = end
            pos = _SEPARATOR.match(buffer, pos).end()  # type: ignore[union-attr]
    if not closed or buffer[pos:].strip():
        raise ValueError("the array is not closed, or something follows it")


def _export_params(task_ids: list[int] | None) -> dict[str, Any]:
    params: dict[str, Any] = {"exportType": "JSON", "download_all_tasks": "true"}
    if task_ids is not None:
        params["ids[]"] = task_ids
    return params


class LabelStudioClient:
    """The calls diplonews makes to a Label Studio server, with errors that say what to do."""

    def __init__(self, url: str, api_key: str, *, timeout: float = 300) -> None:
        from label_studio_sdk import LabelStudio

        if not url or not api_key:
            raise AuthenticationError(f"set {URL_ENV} and {KEY_ENV} (or pass --url and --api-key)")
        if redacted(url) != url:
            # Credentials in the URL would end up in messages and in the pull state file.
            raise AuthenticationError(
                f"{redacted(url)}: the URL holds a user name or password; give only the address in {URL_ENV} "
                f"and the API token in {KEY_ENV}"
            )
        self.url = url.rstrip("/")
        with self._errors("connecting"):
            # Typed as Any: the SDK's generated request models reject the plain dicts its server accepts.
            self.sdk: Any = LabelStudio(base_url=self.url, api_key=api_key, timeout=timeout, max_retries=2)  # type: ignore[no-untyped-call]

    def close(self) -> None:
        """Close the HTTP connections."""
        self.sdk._client_wrapper.httpx_client.httpx_client.close()

    def __enter__(self) -> LabelStudioClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def _errors(self, doing: str) -> Iterator[None]:
        from label_studio_sdk.core.api_error import ApiError

        try:
            yield
        except ApiError as exc:
            raise self._from_status(doing, exc.status_code, exc.body) from exc
        except httpx.TransportError as exc:
            raise ServerUnreachableError(
                f"{self.url}: no answer while {doing} ({type(exc).__name__}: {exc}); is the server running? "
                "Start it with `diplonews labelstudio serve`"
            ) from exc

    def _from_status(self, doing: str, status: int | None, body: Any) -> Exception:
        detail = json.dumps(body, ensure_ascii=False)[:500] if not isinstance(body, str) else body[:500]
        message = f"{self.url}: {doing} failed with HTTP {status}: {detail}"
        if status in (401, 403):
            return AuthenticationError(f"{message}; check {KEY_ENV} (the admin's legacy token or a personal token)")
        if status is not None and status >= 500:
            return ServerFailedError(f"{message}; see the server's log")
        return RequestRejectedError(message)

    def _raw(self, doing: str, path: str, *, method: str = "GET", **kwargs: Any) -> Any:
        """A request the SDK has no method for, authenticated by the SDK's own client wrapper."""
        with self._errors(doing):
            response = self.sdk._client_wrapper.httpx_client.request(path, method=method, **kwargs)
        if response.status_code >= 400:
            try:
                body: Any = response.json()
            except ValueError:
                body = response.text
            raise self._from_status(doing, response.status_code, body)
        return response.json()

    def find_project(self, title: str) -> dict[str, Any] | None:
        """The project called ``title`` (the oldest if several), or None."""
        with self._errors("listing projects"):
            found = [p.model_dump() for p in self.sdk.projects.list() if p.title == title]
        return min(found, key=lambda p: p["id"]) if found else None

    def project(self, project_id: int) -> dict[str, Any]:
        """One project with its counters."""
        with self._errors(f"reading project {project_id}"):
            result: dict[str, Any] = self.sdk.projects.get(id=project_id).model_dump()
        return result

    def create_project(self, **fields: Any) -> int:
        """Create a project; returns its id."""
        with self._errors("creating the project"):
            project_id: int = self.sdk.projects.create(**fields).id
        return project_id

    def update_project(self, project_id: int, **fields: Any) -> None:
        """Change a project's settings."""
        with self._errors(f"updating project {project_id}"):
            self.sdk.projects.update(id=project_id, **fields)

    def tasks(
        self, project_id: int, *, updated_after: str | None = None, include: str = TASK_COLUMNS
    ) -> list[dict[str, Any]]:
        """Every task of a project without annotations (``include``: its columns), optionally only recently updated."""
        # Only the columns we use: the default columns make listing about four times slower.
        params: dict[str, Any] = {"project": project_id, "fields": "task_only", "page_size": PAGE_SIZE,
                                  "include": include}  # fmt: skip
        if updated_after:
            item = {"filter": "filter:tasks:updated_at", "operator": "greater", "type": "Datetime",
                    "value": updated_after}  # fmt: skip
            params["query"] = json.dumps({"filters": {"conjunction": "and", "items": [item]}})
        out: list[dict[str, Any]] = []
        page = 1
        while True:
            body = self._raw(f"listing tasks of project {project_id}", "api/tasks/", params={**params, "page": page})
            out += body.get("tasks", [])
            if not body.get("tasks") or len(out) >= body.get("total", 0):
                return out
            page += 1

    def import_tasks(self, project_id: int, items: list[dict[str, Any]]) -> list[int]:
        """Import tasks in one request, without retries; returns the new task ids."""
        with self._errors(f"importing {len(items)} tasks into project {project_id}"):
            response = self.sdk.projects.import_tasks(
                id=project_id, request=items, return_task_ids=True, request_options=NO_RETRY
            )
        ids: list[int] = (response.model_extra or {}).get("task_ids", [])
        return ids

    def import_predictions(self, project_id: int, items: list[dict[str, Any]]) -> None:
        """Attach predictions ``{task, model_version, result}`` to existing tasks."""
        with self._errors(f"importing {len(items)} predictions into project {project_id}"):
            self.sdk.projects.import_predictions(id=project_id, request=items, request_options=NO_RETRY)

    def export(self, project_id: int, task_ids: list[int] | None = None) -> list[dict[str, Any]]:
        """The full JSON export (never JSON_MIN) of every task, or only of ``task_ids``, parsed whole."""
        tasks: list[dict[str, Any]] = self._raw(
            f"exporting project {project_id}", f"api/projects/{project_id}/export",
            params=_export_params(task_ids), request_options={"timeout": EXPORT_TIMEOUT},
        )  # fmt: skip
        return tasks

    def export_tasks(self, project_id: int, task_ids: list[int] | None = None) -> Iterator[dict[str, Any]]:
        """The tasks of the full JSON export one by one, parsed as the bytes arrive.

        The export of 10,000 annotated tasks is about 800 MB of JSON; parsed whole it took 11 GB.
        """
        doing = f"exporting project {project_id}"
        path = f"api/projects/{project_id}/export"
        params, options = _export_params(task_ids), {"timeout": EXPORT_TIMEOUT}
        with (
            self._errors(doing),
            self.sdk._client_wrapper.httpx_client.stream(
                path, method="GET", params=params, request_options=options
            ) as response,
        ):
            if response.status_code >= 400:
                response.read()
                raise self._from_status(doing, response.status_code, response.text)
            try:
                yield from array_items(response.iter_bytes(STREAM_CHUNK))
            except ValueError as exc:
                raise ServerFailedError(f"{self.url}: {doing}: the export is not a JSON list ({exc})") from exc

    def users(self) -> dict[int, str]:
        """user id -> email of every user of the server."""
        with self._errors("listing users"):
            return {u.id: (u.email or "") for u in self.sdk.users.list()}

    def create_user(self, email: str, username: str) -> int:
        """Create a user account (no password: it is for annotations made on the user's behalf)."""
        with self._errors(f"creating user {username}"):
            user_id: int = self.sdk.users.create(email=email, username=username).id
        return user_id

    def create_annotation(
        self, task_id: int, result: list[dict[str, Any]], *, completed_by: int, was_cancelled: bool = False
    ) -> int:
        """Create one annotation on a task as the user ``completed_by``."""
        with self._errors(f"annotating task {task_id}"):
            created = self.sdk.annotations.create(
                id=task_id, result=result, completed_by=completed_by, was_cancelled=was_cancelled,
                request_options=NO_RETRY,
            )  # fmt: skip
        annotation_id: int = created.id
        return annotation_id

    def annotations(self, task_id: int) -> list[dict[str, Any]]:
        """The annotations of one task."""
        with self._errors(f"reading annotations of task {task_id}"):
            return [a.model_dump() for a in self.sdk.annotations.list(id=task_id)]

    def whoami(self) -> dict[str, Any]:
        """The account this client's token belongs to."""
        me: dict[str, Any] = self._raw("reading the current user", "api/current-user/whoami")
        return me

    def accounts(self) -> list[dict[str, Any]]:
        """Every account of the organisation: id, email, username, first_name, last_name..."""
        accounts: list[dict[str, Any]] = self._raw("listing users", "api/users/")
        return accounts

    def create_account(self, email: str, name: str) -> dict[str, Any]:
        """A new account (no password yet) in the organisation, its username and first name ``name``."""
        created: dict[str, Any] = self._raw(
            f"creating user {email}", "api/users/", method="POST",
            json={"email": email, "username": name, "first_name": name}, request_options=NO_RETRY,
        )  # fmt: skip
        return created

    def update_account(self, user_id: int, **fields: Any) -> None:
        """Change an account's profile fields (first_name, last_name)."""
        self._raw(f"updating user {user_id}", f"api/users/{user_id}/", method="PATCH", json=fields)

    def invite_path(self) -> str:
        """The organisation's sign-up invitation, as a path (/user/signup/?token=...)."""
        invite: dict[str, Any] = self._raw("reading the invitation link", "api/invite")
        return str(invite["invite_url"])

    def token_settings(self, **fields: bool) -> None:
        """The organisation's API token settings (api_tokens_enabled, legacy_api_tokens_enabled)."""
        self._raw("changing the API token settings", "api/jwt/settings", method="POST", json=fields)


def rotate_token_as(url: str, email: str, password: str) -> None:
    """Log in as ``email`` and replace its legacy API token by one nobody is told (as its owner could do).

    Label Studio Community has no call for an admin to revoke another account's token; its owner can.
    """
    where = f"{url}: logging in as {email} to replace its API token"
    try:
        with httpx.Client(base_url=url, timeout=60, follow_redirects=False) as session:
            session.get("/user/login/")
            csrf = session.cookies.get("csrftoken") or ""
            form = {"email": email, "password": password, "csrfmiddlewaretoken": csrf}
            login = session.post("/user/login/", data=form, headers={"Referer": f"{url}/user/login/"})
            if login.status_code != 302:
                raise AccountError(f"{where}: the login was refused (HTTP {login.status_code})")
            headers = {"X-CSRFToken": session.cookies.get("csrftoken") or csrf, "Referer": f"{url}/"}
            reset = session.post("/api/current-user/reset-token/", headers=headers)
            if reset.status_code >= 400:
                raise AccountError(f"{where}: HTTP {reset.status_code}")
    except httpx.TransportError as exc:
        raise ServerUnreachableError(f"{where}: no answer ({type(exc).__name__}: {exc})") from exc
