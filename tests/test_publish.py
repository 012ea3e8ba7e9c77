"""Publishing through the real huggingface_hub client, with an in-memory Hub behind httpx2.MockTransport.

Only the HTTP layer is replaced: ``huggingface_hub.set_client_factory`` gives the client an
``httpx2.Client`` whose transport answers the endpoints the client calls (read from huggingface_hub
2.4's source: repos/create, refs, tree, preupload, commit, tag, resolve). The fake answers
``uploadMode: regular`` so file contents travel inside the commit request; the Xet transfer used for
LFS-mode files runs in Rust outside httpx2 and cannot be stood in for here.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx2
import pytest
from click.testing import CliRunner

from diplonews.cli import main
from diplonews.errors import PublishError
from diplonews.release.build import Sources, build
from diplonews.release.hub import publish, release_files

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "gold"
TOKEN = "hf_test_token_never_printed"


def _origin(request: httpx2.Request) -> str:
    """Scheme and host the client called (the Hub endpoint it is configured with)."""
    return f"{request.url.scheme}://{request.url.host}"


@dataclass
class FakeRepo:
    """A dataset repository: commits (oid -> files), branches and tags."""

    commits: dict[str, dict[str, bytes]] = field(default_factory=dict)
    branches: dict[str, str] = field(default_factory=dict)
    tags: dict[str, str] = field(default_factory=dict)


class FakeHub:
    """The Hub endpoints huggingface_hub calls to create a repo, commit files, tag and download."""

    def __init__(self) -> None:
        self.repos: dict[str, FakeRepo] = {}
        self.calls: list[str] = []
        self.auth: set[str] = set()
        self.validated_yaml: list[dict[str, Any]] = []

    def commit(self, repo: FakeRepo, files: dict[str, bytes]) -> str:
        oid = hashlib.sha1(json.dumps(sorted((p, hashlib.sha256(b).hexdigest()) for p, b in files.items())).encode())
        oid.update(str(len(repo.commits)).encode())
        repo.commits[oid.hexdigest()] = files
        repo.branches["main"] = oid.hexdigest()
        return oid.hexdigest()

    def resolve(self, repo: FakeRepo, rev: str) -> dict[str, bytes] | None:
        oid = repo.branches.get(rev) or repo.tags.get(rev) or (rev if rev in repo.commits else None)
        return repo.commits.get(oid) if oid else None

    def handler(self, request: httpx2.Request) -> httpx2.Response:
        path = request.url.path
        self.calls.append(f"{request.method} {path} auth={bool(request.headers.get('authorization'))}")
        self.auth.add(request.headers.get("authorization", ""))
        if request.method == "POST" and path == "/api/repos/create":
            body = json.loads(request.content)
            repo_id = f"{body['organization']}/{body['name']}" if body.get("organization") else body["name"]
            if repo_id in self.repos:
                return httpx2.Response(
                    409,
                    json={
                        "error": "You already created this dataset repo",
                        "url": f"{_origin(request)}/datasets/{repo_id}",
                    },
                )
            self.repos[repo_id] = FakeRepo()
            self.commit(self.repos[repo_id], {".gitattributes": b"*.parquet filter=lfs diff=lfs merge=lfs -text\n"})
            return httpx2.Response(200, json={"url": f"{_origin(request)}/datasets/{repo_id}"})
        if request.method == "POST" and path == "/api/validate-yaml":
            return self._validate_yaml(json.loads(request.content)["content"])
        found = re.match(r"^/api/datasets/([^/]+/[^/]+)/(refs|tree|preupload|commit|tag)(?:/([^/]+))?(/.*)?$", path)
        if found:
            repo_id, action, rev, _rest = found.groups()
            repo = self.repos.get(repo_id)
            if repo is None:
                return httpx2.Response(404, json={"error": "Repository not found"})
            return self._api(request, repo, repo_id, action, rev or "main")
        found = re.match(r"^/datasets/([^/]+/[^/]+)/resolve/([^/]+)/(.+)$", path)
        if found and found.group(1) in self.repos:
            files = self.resolve(self.repos[found.group(1)], found.group(2))
            if files is None or found.group(3) not in files:
                return httpx2.Response(404, headers={"x-error-code": "EntryNotFound"})
            data = files[found.group(3)]
            repo = self.repos[found.group(1)]
            commit = next(o for o, f in repo.commits.items() if f is files)
            headers = {"x-repo-commit": commit, "etag": f'"{hashlib.sha256(data).hexdigest()}"'}
            headers["content-length"] = str(len(data))
            return httpx2.Response(200, headers=headers, content=b"" if request.method == "HEAD" else data)
        return httpx2.Response(404, json={"error": f"fake Hub: no route for {request.method} {path}"})

    def _validate_yaml(self, content: str) -> httpx2.Response:
        """The README metadata check: front matter must parse as YAML and declare configs."""
        import yaml  # type: ignore[import-untyped]

        head = re.match(r"^---\n(.*?)\n---\n", content, re.S)
        try:
            meta = yaml.safe_load(head.group(1)) if head else None
        except yaml.YAMLError as exc:
            return httpx2.Response(400, json={"errors": [{"message": str(exc)}]})
        if not isinstance(meta, dict) or "configs" not in meta:
            return httpx2.Response(400, json={"errors": [{"message": "no configs in the YAML metadata"}]})
        self.validated_yaml.append(meta)
        return httpx2.Response(200, json={"warnings": []})

    def _api(self, request: httpx2.Request, repo: FakeRepo, repo_id: str, action: str, rev: str) -> httpx2.Response:
        if action == "refs":

            def ref(kind: str, name: str, oid: str) -> dict[str, str]:
                return {"name": name, "ref": f"refs/{kind}/{name}", "targetCommit": oid}

            return httpx2.Response(
                200,
                json={
                    "branches": [ref("heads", n, o) for n, o in repo.branches.items()],
                    "tags": [ref("tags", n, o) for n, o in repo.tags.items()],
                    "converts": [],
                    "pullRequests": [],
                },
            )
        files = self.resolve(repo, rev)
        if files is None:
            return httpx2.Response(404, json={"error": f"Invalid rev id: {rev}"})
        if action == "tree":
            return httpx2.Response(
                200,
                json=[
                    {"type": "file", "path": p, "size": len(b), "oid": hashlib.sha1(b).hexdigest()}
                    for p, b in sorted(files.items())
                ],
            )
        if action == "preupload":
            wanted = json.loads(request.content)["files"]
            return httpx2.Response(
                200,
                json={"files": [{"path": f["path"], "uploadMode": "regular", "shouldIgnore": False} for f in wanted]},
            )
        if action == "commit":
            new = dict(files)
            for line in request.content.decode().splitlines():
                item = json.loads(line)
                if item["key"] == "file":
                    new[item["value"]["path"]] = base64.b64decode(item["value"]["content"])
                elif item["key"] == "deletedFile":
                    new.pop(item["value"]["path"], None)
                elif item["key"] != "header":
                    return httpx2.Response(400, json={"error": f"fake Hub: unsupported {item['key']}"})
            oid = self.commit(repo, new)
            return httpx2.Response(
                200, json={"commitUrl": f"{_origin(request)}/datasets/{repo_id}/commit/{oid}", "commitOid": oid}
            )
        # tag: the revision in the URL is what gets tagged
        tag = json.loads(request.content)["tag"]
        if tag in repo.tags:
            return httpx2.Response(409, json={"error": f"Tag {tag} already exists"})
        repo.tags[tag] = next(o for o, f in repo.commits.items() if f is files)
        return httpx2.Response(200, json={})


@pytest.fixture
def hub(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[FakeHub]:
    """A fresh in-memory Hub wired under the real client, a token in HF_TOKEN, and a throwaway HF_HOME."""
    import huggingface_hub
    from huggingface_hub import constants

    fake = FakeHub()
    monkeypatch.setenv("HF_TOKEN", TOKEN)
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(tmp_path / "hub-cache"))
    monkeypatch.setattr(constants, "HF_HUB_DISABLE_IMPLICIT_TOKEN", False)
    huggingface_hub.set_client_factory(lambda: httpx2.Client(transport=httpx2.MockTransport(fake.handler)))
    yield fake
    huggingface_hub.set_client_factory(huggingface_hub.utils._http.default_client_factory)


def _build(tmp_path: Path, version: str, changelog: str) -> Path:
    """A release built from the gold fixtures with its own CHANGELOG."""
    (tmp_path / f"CHANGELOG-{version}.md").write_text(changelog, encoding="utf-8")
    sources = Sources(
        root=ROOT,
        annotations=FIXTURES / "annotations",
        agreement=FIXTURES / "agreement.json",
        changelog=tmp_path / f"CHANGELOG-{version}.md",
    )
    return build(version, tmp_path / "dist", sources).out_dir


def test_publishing_two_versions_keeps_both_tags_with_their_own_files(hub: FakeHub, tmp_path: Path) -> None:
    """v0.1.0 then v0.2.0: both tags exist, each revision holds exactly its build (a file gone in v0.2.0 is deleted)."""
    from huggingface_hub import HfApi, hf_hub_download

    first = _build(tmp_path, "0.1.0", "# Changelog\n\n## v0.1.0\n\n- First.\n")
    (first / "only-in-0.1.0.txt").write_text("dropped later", encoding="utf-8")
    built_first = {p: (first / p).read_bytes() for p in release_files(first)}
    result1 = publish(first, "org/diplonews")
    second = _build(tmp_path, "0.2.0", "# Changelog\n\n## v0.2.0\n\n- Second.\n\n## v0.1.0\n\n- First.\n")
    built_second = {p: (second / p).read_bytes() for p in release_files(second)}
    result2 = publish(second, "org/diplonews")

    refs = HfApi().list_repo_refs("org/diplonews", repo_type="dataset")
    assert {t.name: t.target_commit for t in refs.tags} == {"v0.1.0": result1.commit, "v0.2.0": result2.commit}
    repo = hub.repos["org/diplonews"]
    gitattributes = {".gitattributes": b"*.parquet filter=lfs diff=lfs merge=lfs -text\n"}
    assert hub.resolve(repo, "v0.1.0") == {**gitattributes, **built_first}
    assert hub.resolve(repo, "v0.2.0") == {**gitattributes, **built_second}
    assert "only-in-0.1.0.txt" not in built_second
    assert built_first["README.md"] != built_second["README.md"]
    readme = hf_hub_download(
        "org/diplonews", "README.md", repo_type="dataset", revision="v0.1.0", cache_dir=tmp_path / "dl"
    )
    assert Path(readme).read_bytes() == built_first["README.md"]
    # The tag is made on the returned commit, not on whatever main is; every write carries the token.
    assert f"POST /api/datasets/org/diplonews/tag/{result1.commit} auth=True" in hub.calls
    assert f"POST /api/datasets/org/diplonews/tag/{result2.commit} auth=True" in hub.calls
    assert all(c.endswith("auth=True") for c in hub.calls if c.startswith("POST"))
    assert hub.auth - {""} == {f"Bearer {TOKEN}"}
    assert [sorted(m["configs"][0]) for m in hub.validated_yaml] == [["config_name", "data_files", "default"]] * 2


def test_an_existing_tag_is_never_overwritten(hub: FakeHub, tmp_path: Path) -> None:
    """Publishing v0.1.0 twice fails before any upload, and the tag still points at the first commit."""
    dist = _build(tmp_path, "0.1.0", "# Changelog\n\n## v0.1.0\n\n- First.\n")
    first = publish(dist, "org/diplonews")
    commits = len(hub.repos["org/diplonews"].commits)
    with pytest.raises(PublishError, match=r"org/diplonews: tag v0.1.0 already exists"):
        publish(dist, "org/diplonews")
    assert len(hub.repos["org/diplonews"].commits) == commits
    assert hub.repos["org/diplonews"].tags == {"v0.1.0": first.commit}


def test_cli_publish_prints_the_tag_but_never_the_token(hub: FakeHub, tmp_path: Path) -> None:
    """`diplonews publish` reports the tag and commit; the token appears in no output."""
    dist = _build(tmp_path, "0.1.0", "# Changelog\n\n## v0.1.0\n\n- First.\n")
    result = CliRunner().invoke(main, ["publish", str(dist), "--repo-id", "org/diplonews"])
    assert result.exit_code == 0, result.output
    commit = hub.repos["org/diplonews"].tags["v0.1.0"]
    assert f"published org/diplonews@v0.1.0 (commit {commit})" in result.output
    assert TOKEN not in result.output


def test_cli_refuses_to_publish_a_release_that_fails_its_checks(hub: FakeHub, tmp_path: Path) -> None:
    """A card whose YAML label order was edited by hand is not uploaded: no request reaches the Hub."""
    dist = _build(tmp_path, "0.1.0", "# Changelog\n\n## v0.1.0\n\n- First.\n")
    card = (dist / "README.md").read_text(encoding="utf-8")
    (dist / "README.md").write_text(card.replace("'0': FAVOR", "'0': XFAVOR"), encoding="utf-8")
    result = CliRunner().invoke(main, ["publish", str(dist), "--repo-id", "org/diplonews"])
    assert result.exit_code == 1
    assert "problem(s), listed above; not publishing" in result.output
    assert hub.calls == []


def test_dry_run_lists_operations_without_contacting_the_hub(hub: FakeHub, tmp_path: Path) -> None:
    """--dry-run prints every file it would add and the tag, and sends no request."""
    dist = _build(tmp_path, "0.1.0", "# Changelog\n\n## v0.1.0\n\n- First.\n")
    result = CliRunner().invoke(main, ["publish", str(dist), "--repo-id", "org/diplonews", "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "  add documents/train-00000-of-00001.parquet\n" in result.output
    assert "  add README.md\n" in result.output
    assert "  tag v0.1.0 on the commit just made\n" in result.output
    assert hub.calls == []


def test_publish_without_a_token_says_how_to_get_one(
    hub: FakeHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No HF_TOKEN and no login cache: an error naming both ways to log in, and no request."""
    monkeypatch.delenv("HF_TOKEN")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "empty-home"))
    from huggingface_hub import constants

    monkeypatch.setattr(constants, "HF_TOKEN_PATH", str(tmp_path / "empty-home" / "token"))
    monkeypatch.setattr(constants, "HF_STORED_TOKENS_PATH", str(tmp_path / "empty-home" / "stored_tokens"))
    dist = _build(tmp_path, "0.1.0", "# Changelog\n\n## v0.1.0\n\n- First.\n")
    with pytest.raises(PublishError, match=r"set HF_TOKEN or run `hf auth login`"):
        publish(dist, "org/diplonews")
    assert hub.calls == []
