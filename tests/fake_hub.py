"""A fake Hugging Face Hub served over real HTTP on 127.0.0.1, for the real ``huggingface_hub`` and ``datasets``.

It answers the routes those clients call (read from huggingface_hub 2.4 and datasets 5.2): repos/create,
validate-yaml, refs, revision (repo info), tree, paths-info, commits, preupload, the LFS batch API with
``basic`` transfer (PUT to an upload href, then verify), commit (ndjson with ``parentCommit``), tag, and
``resolve/<revision>/<path>`` with HEAD and Range. Parquet files are LFS, other files regular, as the Hub's
default ``.gitattributes`` says. The Xet transfer runs in Rust against a storage service this fake does not
model, so clients under it must run with ``HF_HUB_DISABLE_XET=1`` (the LFS path).

Failures are injected per route (``fail``) to test what a client does when the Hub answers an error.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import yaml  # type: ignore[import-untyped]

GITATTRIBUTES = b"*.parquet filter=lfs diff=lfs merge=lfs -text\n"
DATE = "2026-01-01T00:00:00.000Z"
REPO = r"(?P<repo>[^/]+/[^/]+)"


@dataclass
class Reply:
    """One HTTP answer."""

    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


def reply(status: int, payload: Any, **headers: str) -> Reply:
    """A JSON answer."""
    return Reply(status, json.dumps(payload).encode(), {"Content-Type": "application/json", **headers})


def error(status: int, message: str, code: str | None = None) -> Reply:
    """An error as the Hub sends it: JSON ``error`` and, for not-found kinds, an ``X-Error-Code`` header."""
    return reply(status, {"error": message}, **({"X-Error-Code": code} if code else {}))


SIZE_CATEGORIES = {"n<1K", "1K<n<10K", "10K<n<100K", "100K<n<1M", "1M<n<10M", "10M<n<100M", "100M<n<1B", "n>1T"}
CREATORS = {"crowdsourced", "expert-generated", "found", "machine-generated", "no-annotation", "other"}
LICENSE_ID = re.compile(r"[a-z0-9][a-z0-9.-]*")


def card_problems(meta: Any) -> list[str]:
    """What the Hub's dataset card spec forbids: a custom licence without an id and a link, values outside the
    fixed vocabularies, configs without unique names or split files, dataset_info for an undeclared config."""
    if not isinstance(meta, dict):
        return ["the YAML metadata is not a mapping"]
    problems = []
    if meta.get("license") == "other":
        if not LICENSE_ID.fullmatch(str(meta.get("license_name", ""))):
            problems.append("license_name must be an id in lowercase letters, digits, '-' and '.' for license: other")
        if not meta.get("license_link"):
            problems.append("license_link is required for license: other")
    for key, allowed in (("size_categories", SIZE_CATEGORIES), ("annotations_creators", CREATORS)):
        problems += [f"{key}: {v!r} is not one of {sorted(allowed)}" for v in meta.get(key, []) if v not in allowed]
    return problems + _config_problems(meta)


def _config_problems(meta: dict[str, Any]) -> list[str]:
    configs = meta.get("configs", [])
    names = [c.get("config_name") for c in configs if isinstance(c, dict)]
    problems = [] if len(names) == len(configs) and len(set(names)) == len(names) else ["configs: names not unique"]
    if sum(bool(c.get("default")) for c in configs if isinstance(c, dict)) > 1:
        problems.append("configs: more than one default")
    for config in configs:
        files = config.get("data_files") if isinstance(config, dict) else None
        if not isinstance(files, str | list) or not all(
            isinstance(f, str) or {"split", "path"} <= set(f) for f in files
        ):
            problems.append(f"configs[{config}]: data_files must be paths or {{split, path}} entries")
    infos = meta.get("dataset_info", [])
    for info in infos if isinstance(infos, list) else [infos]:
        if info.get("config_name", "default") not in names:
            problems.append(f"dataset_info: config {info.get('config_name')!r} is not in configs")
    return problems


@dataclass
class Commit:
    """A commit: its files (path -> bytes), parent, and the summary and description it was sent with."""

    oid: str
    parent: str | None
    title: str
    message: str
    files: dict[str, bytes]


@dataclass
class Repo:
    """A dataset repository: commits in order, branches and tags (name -> commit oid)."""

    commits: dict[str, Commit] = field(default_factory=dict)
    branches: dict[str, str] = field(default_factory=dict)
    tags: dict[str, str] = field(default_factory=dict)


@dataclass
class Request:
    """One request the fake received."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    @property
    def json(self) -> Any:
        return json.loads(self.body)

    def __str__(self) -> str:
        return f"{self.method} {self.path}"


def is_lfs(path: str) -> bool:
    """What the default ``.gitattributes`` sends to LFS."""
    return path.endswith(".parquet")


def git_oid(data: bytes) -> str:
    """The git blob id of ``data`` (what the Hub reports for a regular file)."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class FakeHub:
    """Hub state and the routes; ``serve()`` puts it behind a real HTTP server."""

    def __init__(self) -> None:
        self.url = ""
        self.repos: dict[str, Repo] = {}
        self.requests: list[Request] = []
        self.lfs: dict[str, bytes] = {}  # sha256 -> content uploaded through the LFS API
        self.failures: list[tuple[str, re.Pattern[str], int]] = []
        self.validated: list[dict[str, Any]] = []  # the bodies sent to validate-yaml
        self.lock = threading.Lock()
        self.routes: list[tuple[str, re.Pattern[str], Callable[..., Reply]]] = [
            ("POST", re.compile(r"/api/repos/create"), self.create_repo),
            ("POST", re.compile(r"/api/validate-yaml"), self.validate_yaml),
            ("GET", re.compile(rf"/api/datasets/{REPO}/refs"), self.refs),
            ("GET", re.compile(rf"/api/datasets/{REPO}(?:/revision/(?P<rev>[^/]+))?"), self.info),
            ("GET", re.compile(rf"/api/datasets/{REPO}/tree/(?P<rev>[^/]+)(?:/(?P<path>.+))?"), self.tree),
            ("POST", re.compile(rf"/api/datasets/{REPO}/paths-info/(?P<rev>[^/]+)"), self.paths_info),
            ("GET", re.compile(rf"/api/datasets/{REPO}/commits/(?P<rev>[^/]+)"), self.commits),
            ("POST", re.compile(rf"/api/datasets/{REPO}/preupload/(?P<rev>[^/]+)"), self.preupload),
            ("POST", re.compile(rf"/datasets/{REPO}\.git/info/lfs/objects/batch"), self.lfs_batch),
            ("PUT", re.compile(r"/lfs-storage/(?P<oid>[0-9a-f]{64})"), self.lfs_put),
            ("POST", re.compile(rf"/datasets/{REPO}\.git/info/lfs/objects/verify"), self.lfs_verify),
            ("POST", re.compile(rf"/api/datasets/{REPO}/commit/(?P<rev>[^/]+)"), self.commit),
            ("POST", re.compile(rf"/api/datasets/{REPO}/tag/(?P<rev>[^/]+)"), self.tag),
            ("GET", re.compile(rf"/datasets/{REPO}/resolve/(?P<rev>[^/]+)/(?P<path>.+)"), self.resolve_file),
        ]

    # -- test helpers -------------------------------------------------------------------------------------

    def fail(self, method: str, path: str, status: int = 500) -> None:
        """The next ``method`` request whose path matches the regex ``path`` gets ``status`` (once)."""
        self.failures.append((method, re.compile(path), status))

    def uploaded_paths(self) -> set[str]:
        """Every path whose content reached the fake: regular files in commits and LFS files named there."""
        found: set[str] = set()
        for request in self.requests:
            if request.method == "POST" and "/commit/" in request.path:
                for line in request.body.decode().splitlines():
                    item = json.loads(line)
                    if item["key"] in ("file", "lfsFile"):
                        found.add(item["value"]["path"])
        return found

    def sent(self, method: str, pattern: str) -> list[Request]:
        """The requests of ``method`` whose path matches ``pattern``."""
        return [r for r in self.requests if r.method == method and re.fullmatch(pattern, r.path)]

    def push(self, repo_id: str, files: dict[str, bytes]) -> str:
        """Someone else's commit onto main: ``files`` added to what main holds."""
        state = self.repos[repo_id]
        with self.lock:
            merged = {**state.commits[state.branches["main"]].files, **files}
            return self._new_commit(state, merged, {"summary": "by hand"}, state.branches["main"])

    def files(self, repo_id: str, rev: str) -> dict[str, bytes]:
        """The files of ``repo_id`` at a branch, tag or commit."""
        commit = self._commit(self.repos[repo_id], rev)
        assert commit is not None, f"{repo_id} has no revision {rev}"
        return commit.files

    # -- dispatch ------------------------------------------------------------------------------------------

    def handle(self, request: Request) -> Reply:
        with self.lock:
            self.requests.append(request)
            method = "GET" if request.method == "HEAD" else request.method
            for i, (fail_method, pattern, status) in enumerate(self.failures):
                if fail_method == method and pattern.fullmatch(request.path):
                    del self.failures[i]
                    return error(status, "fake Hub: injected failure")
            for route_method, pattern, answer in self.routes:
                found = pattern.fullmatch(request.path)
                if route_method == method and found:
                    args = {k: unquote(v) for k, v in found.groupdict().items() if v is not None}
                    return self._checked(request, answer, args)
            return error(404, f"fake Hub: no route for {request.method} {request.path}")

    def _checked(self, request: Request, answer: Callable[..., Reply], args: dict[str, str]) -> Reply:
        """Writes need a token; a repository route needs the repository."""
        writes = request.method in ("POST", "PUT") and answer not in (self.paths_info, self.lfs_put)
        if writes and not request.headers.get("authorization", "").startswith("Bearer "):
            return error(401, "Invalid credentials in Authorization header")
        if "repo" in args:
            if args["repo"] not in self.repos:
                return error(404, "Repository not found", "RepoNotFound")
            return answer(request, self.repos[args["repo"]], **args)
        return answer(request, **args)

    def _commit(self, repo: Repo, rev: str) -> Commit | None:
        oid = repo.branches.get(rev) or repo.tags.get(rev) or rev
        return repo.commits.get(oid)

    def _new_commit(self, repo: Repo, files: dict[str, bytes], header: dict[str, Any], parent: str | None) -> str:
        seed = json.dumps([parent, header, sorted((p, sha256(b)) for p, b in files.items())])
        oid = hashlib.sha1(seed.encode()).hexdigest()
        repo.commits[oid] = Commit(oid, parent, header.get("summary", ""), header.get("description", ""), files)
        repo.branches["main"] = oid
        return oid

    # -- repository and metadata routes ------------------------------------------------------------------

    def create_repo(self, request: Request) -> Reply:
        body = request.json
        repo_id = f"{body['organization']}/{body['name']}" if body.get("organization") else body["name"]
        url = f"{self.url}/datasets/{repo_id}"
        if repo_id in self.repos:
            return reply(409, {"error": "You already created this dataset repo", "url": url})
        self.repos[repo_id] = repo = Repo()
        self._new_commit(repo, {".gitattributes": GITATTRIBUTES}, {"summary": "initial commit"}, None)
        return reply(200, {"url": url})

    def validate_yaml(self, request: Request) -> Reply:
        """The README check, with the dataset card rules of the Hub's card spec (see ``card_problems``)."""
        self.validated.append(request.json)
        head = re.match(r"^---\n(.*?)\n---\n", request.json["content"], re.S)
        try:
            meta = yaml.safe_load(head.group(1)) if head else None
        except yaml.YAMLError as exc:
            return reply(400, {"errors": [{"message": str(exc)}]})
        problems = card_problems(meta) if request.json.get("repoType") == "dataset" else ["repoType is not dataset"]
        if problems:
            return reply(400, {"errors": [{"message": m} for m in problems]})
        return reply(200, {"warnings": []})

    def refs(self, request: Request, state: Repo, repo: str) -> Reply:
        def ref(kind: str, name: str, oid: str) -> dict[str, str]:
            return {"name": name, "ref": f"refs/{kind}/{name}", "targetCommit": oid}

        return reply(
            200,
            {
                "branches": [ref("heads", n, o) for n, o in state.branches.items()],
                "tags": [ref("tags", n, o) for n, o in state.tags.items()],
                "converts": [],
                "pullRequests": [],
            },
        )

    def info(self, request: Request, state: Repo, repo: str, rev: str = "main") -> Reply:
        """Repository info at a revision: its commit sha, files and card data."""
        commit = self._commit(state, rev)
        if commit is None:
            return error(404, f"Invalid rev id: {rev}", "RevisionNotFound")
        head = re.match(r"^---\n(.*?)\n---\n", commit.files.get("README.md", b"").decode(), re.S)
        return reply(
            200,
            {
                "_id": hashlib.sha1(repo.encode()).hexdigest()[:24],
                "id": repo,
                "author": repo.split("/", maxsplit=1)[0],
                "sha": commit.oid,
                "lastModified": DATE,
                "createdAt": DATE,
                "private": False,
                "gated": False,
                "disabled": False,
                "tags": [],
                "downloads": 0,
                "likes": 0,
                "cardData": yaml.safe_load(head.group(1)) if head else None,
                "siblings": [{"rfilename": p} for p in sorted(commit.files)],
            },
        )

    def _entry(self, path: str, data: bytes) -> dict[str, Any]:
        """A file as tree and paths-info list it (LFS files with their sha256 and pointer size)."""
        entry: dict[str, Any] = {"type": "file", "path": path, "size": len(data), "oid": git_oid(data)}
        if is_lfs(path):
            entry["lfs"] = {"oid": sha256(data), "size": len(data), "pointerSize": 134}
        return entry

    def _folders(self, files: dict[str, bytes]) -> set[str]:
        return {"/".join(p.split("/")[:i]) for p in files for i in range(1, p.count("/") + 1)}

    def tree(self, request: Request, state: Repo, repo: str, rev: str, path: str = "") -> Reply:
        commit = self._commit(state, rev)
        if commit is None:
            return error(404, f"Invalid rev id: {rev}", "RevisionNotFound")
        recursive = request.query.get("recursive", ["false"])[0].lower() == "true"
        prefix = f"{path}/" if path else ""
        folders = self._folders(commit.files)
        if path and path not in folders:
            return error(404, f"{path} does not exist on {rev}", "EntryNotFound")

        def listed(p: str) -> bool:
            return p.startswith(prefix) and (recursive or "/" not in p[len(prefix) :])

        out: list[dict[str, Any]] = [
            {"type": "directory", "path": f, "oid": git_oid(f.encode()), "size": 0}
            for f in sorted(folders)
            if listed(f)
        ]
        out += [self._entry(p, b) for p, b in sorted(commit.files.items()) if listed(p)]
        return reply(200, out)

    def paths_info(self, request: Request, state: Repo, repo: str, rev: str) -> Reply:
        commit = self._commit(state, rev)
        if commit is None:
            return error(404, f"Invalid rev id: {rev}", "RevisionNotFound")
        form = parse_qs(request.body.decode())
        folders = self._folders(commit.files)
        out: list[dict[str, Any]] = []
        for path in form.get("paths", []):
            if path in commit.files:
                out.append(self._entry(path, commit.files[path]))
            elif path in folders:
                out.append({"type": "directory", "path": path, "oid": git_oid(path.encode()), "size": 0})
        return reply(200, out)

    def commits(self, request: Request, state: Repo, repo: str, rev: str) -> Reply:
        """The history of ``rev``, newest first."""
        commit, out = self._commit(state, rev), []
        while commit is not None:
            item = {"id": commit.oid, "title": commit.title, "message": commit.message, "date": DATE}
            out.append({**item, "authors": [{"user": "diplonews-test"}]})
            commit = state.commits.get(commit.parent) if commit.parent else None
        return reply(200, out) if out else error(404, f"Invalid rev id: {rev}", "RevisionNotFound")

    # -- upload routes -------------------------------------------------------------------------------------

    def preupload(self, request: Request, state: Repo, repo: str, rev: str) -> Reply:
        """Upload mode per file, and the oid of the file already at that path (the client skips unchanged ones)."""
        commit = self._commit(state, rev)
        existing = commit.files if commit else {}
        out = []
        for item in request.json["files"]:
            path = item["path"]
            old = existing.get(path)
            oid = None if old is None else sha256(old) if is_lfs(path) else git_oid(old)
            mode = "lfs" if is_lfs(path) else "regular"
            out.append({"path": path, "uploadMode": mode, "shouldIgnore": False, "oid": oid})
        return reply(200, {"files": out})

    def lfs_batch(self, request: Request, state: Repo, repo: str) -> Reply:
        """The LFS batch API, ``basic`` transfer: an upload href per object not stored yet, then verify."""
        body = request.json
        if body.get("operation") != "upload" or "basic" not in body.get("transfers", []):
            return error(422, "fake Hub: only basic LFS uploads")
        objects = []
        for obj in body["objects"]:
            entry: dict[str, Any] = {"oid": obj["oid"], "size": obj["size"], "authenticated": True}
            if obj["oid"] not in self.lfs:
                upload = {"href": f"{self.url}/lfs-storage/{obj['oid']}", "header": {}}
                verify = {"href": f"{self.url}/datasets/{repo}.git/info/lfs/objects/verify", "header": {}}
                entry["actions"] = {"upload": upload, "verify": verify}
            objects.append(entry)
        return reply(200, {"transfer": "basic", "objects": objects}, **{"Content-Type": "application/vnd.git-lfs+json"})

    def lfs_put(self, request: Request, oid: str) -> Reply:
        """The storage behind the upload href: keeps the content only if it has the announced sha256."""
        if sha256(request.body) != oid:
            return error(400, f"content does not match sha256 {oid}")
        self.lfs[oid] = request.body
        return Reply(200)

    def lfs_verify(self, request: Request, state: Repo, repo: str) -> Reply:
        body = request.json
        stored = self.lfs.get(body["oid"])
        if stored is None or len(stored) != body["size"]:
            return error(404, f"LFS object {body['oid']} not found", "EntryNotFound")
        return reply(200, {})

    def commit(self, request: Request, state: Repo, repo: str, rev: str) -> Reply:
        """An ndjson commit onto a branch; refused (412) when ``parentCommit`` is not the branch head."""
        if rev not in state.branches:
            return error(404, f"Invalid rev id: {rev}", "RevisionNotFound")
        head = state.branches[rev]
        lines = [json.loads(line) for line in request.body.decode().splitlines()]
        header: dict[str, Any] = next((item["value"] for item in lines if item["key"] == "header"), {})
        if header.get("parentCommit") not in (None, head):
            return error(412, "A commit has happened since. Please refresh and try again.")
        files = dict(state.commits[head].files)
        for item in lines:
            key, value = item["key"], item["value"]
            if key == "file":
                files[value["path"]] = base64.b64decode(value["content"])
            elif key == "lfsFile":
                if value["oid"] not in self.lfs:
                    return error(422, f"LFS object {value['oid']} of {value['path']} was never uploaded")
                files[value["path"]] = self.lfs[value["oid"]]
            elif key == "deletedFile":
                if files.pop(value["path"], None) is None:
                    return error(404, "A file with this name doesn't exist", "EntryNotFound")
            elif key != "header":
                return error(400, f"fake Hub: unsupported commit key {key}")
        oid = self._new_commit(state, files, header, head)
        return reply(200, {"commitUrl": f"{self.url}/datasets/{repo}/commit/{oid}", "commitOid": oid})

    def tag(self, request: Request, state: Repo, repo: str, rev: str) -> Reply:
        """Tag the commit the revision in the URL names; an existing tag is a conflict."""
        commit = self._commit(state, rev)
        if commit is None:
            return error(404, f"Invalid rev id: {rev}", "RevisionNotFound")
        tag = request.json["tag"]
        if tag in state.tags:
            return error(409, f"Tag {tag} already exists")
        state.tags[tag] = commit.oid
        return reply(200, {})

    # -- downloads -------------------------------------------------------------------------------------------

    def resolve_file(self, request: Request, state: Repo, repo: str, rev: str, path: str) -> Reply:
        """A file at a revision, with the headers hf_hub_download reads; HEAD and ``Range: bytes=a-b`` too."""
        commit = self._commit(state, rev)
        if commit is None:
            return error(404, f"Invalid rev id: {rev}", "RevisionNotFound")
        if path not in commit.files:
            return error(404, f"{path} does not exist on {rev}", "EntryNotFound")
        data = commit.files[path]
        headers = {"X-Repo-Commit": commit.oid, "Accept-Ranges": "bytes", "Content-Type": "application/octet-stream"}
        headers["ETag"] = f'"{sha256(data) if is_lfs(path) else git_oid(data)}"'
        if is_lfs(path):
            headers.update({"X-Linked-Etag": headers["ETag"], "X-Linked-Size": str(len(data))})
        wanted = re.fullmatch(r"bytes=(\d+)-(\d*)", request.headers.get("range", ""))
        if wanted:
            start = int(wanted.group(1))
            end = min(int(wanted.group(2) or len(data) - 1), len(data) - 1)
            headers["Content-Range"] = f"bytes {start}-{end}/{len(data)}"
            return Reply(206, data[start : end + 1], headers)
        return Reply(200, data, headers)


def _read_body(handler: BaseHTTPRequestHandler) -> bytes:
    """The request body, sized by Content-Length or sent chunked."""
    if handler.headers.get("Transfer-Encoding", "").lower() == "chunked":
        body = b""
        while True:
            size = int(handler.rfile.readline().split(b";")[0].strip(), 16)
            if size == 0:
                handler.rfile.readline()
                return body
            body += handler.rfile.read(size)
            handler.rfile.readline()
    return handler.rfile.read(int(handler.headers.get("Content-Length") or 0))


def _handler(hub: FakeHub) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _serve(self) -> None:
            parts = urlsplit(self.path)
            headers = {k.lower(): v for k, v in self.headers.items()}
            request = Request(self.command, parts.path, parse_qs(parts.query), headers, _read_body(self))
            answer = hub.handle(request)
            self.send_response(answer.status)
            for name, value in answer.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(answer.body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(answer.body)

        do_GET = do_HEAD = do_POST = do_PUT = _serve  # noqa: N815 - the names http.server calls

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet: the requests are in ``hub.requests``."""

    return Handler


@contextmanager
def serve() -> Iterator[FakeHub]:
    """A FakeHub listening on a free port of 127.0.0.1 (``hub.url``) until the block ends."""
    hub = FakeHub()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(hub))
    server.daemon_threads = True
    hub.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield hub
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
