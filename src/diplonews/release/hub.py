"""``diplonews publish``: upload a built release to the Hugging Face Hub in one commit and tag that commit."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from diplonews.errors import PublishError

REPO_TYPE = "dataset"
# Files the Hub manages itself; a release never deletes them.
KEEP_ON_HUB = {".gitattributes"}


@dataclass(frozen=True)
class PublishResult:
    """What was (or, in a dry run, would be) done."""

    repo_id: str
    tag: str
    operations: list[str]
    commit: str | None


def release_files(dist: Path) -> list[str]:
    """Every file of a built release, relative and sorted."""
    return sorted(p.relative_to(dist).as_posix() for p in dist.rglob("*") if p.is_file())


def release_version(dist: Path) -> str:
    """The version recorded in ``dist/manifest.json``; PublishError if it is not a built release."""
    manifest = dist / "manifest.json"
    if not manifest.is_file() or not (dist / "README.md").is_file():
        raise PublishError(f"{dist}: not a built release (no manifest.json or README.md); run `diplonews build`")
    version = json.loads(manifest.read_text(encoding="utf-8")).get("version")
    if not isinstance(version, str) or dist.name != f"v{version}":
        raise PublishError(f"{dist}: folder name does not match manifest.json version {version!r}")
    return version


def publish(
    dist: Path,
    repo_id: str,
    *,
    dry_run: bool = False,
    private: bool = False,
    log: Callable[[str], None] = lambda _: None,
) -> PublishResult:
    """Upload ``dist`` to ``repo_id`` as one commit (stale files deleted) and tag the returned commit ``vX.Y.Z``."""
    tag = f"v{release_version(dist)}"
    files = release_files(dist)
    if dry_run:
        ops = [f"create dataset repo {repo_id} if it does not exist", f"refuse if tag {tag} already exists"]
        ops += [f"add {path}" for path in files]
        ops += ["delete files on main that are not in this release", f"tag {tag} on the commit just made"]
        return PublishResult(repo_id, tag, ops, None)

    from huggingface_hub import CommitOperationAdd, CommitOperationDelete, HfApi, get_token
    from huggingface_hub.errors import HfHubHTTPError

    # huggingface_hub reads HF_TOKEN, then the login cache; the token itself is never shown.
    if not get_token():
        raise PublishError("no Hugging Face token: set HF_TOKEN or run `hf auth login`, then publish again")
    api = HfApi()
    try:
        api.create_repo(repo_id, repo_type=REPO_TYPE, exist_ok=True, private=private)
        refs = api.list_repo_refs(repo_id, repo_type=REPO_TYPE)
        if any(t.name == tag for t in refs.tags):
            raise PublishError(
                f"{repo_id}: tag {tag} already exists; a released version is never overwritten. "
                "Bump the version (see README 'Versions and releases'), add a CHANGELOG entry and build again."
            )
        existing = set(api.list_repo_files(repo_id, repo_type=REPO_TYPE))
        operations: list[Any] = [CommitOperationAdd(path_in_repo=p, path_or_fileobj=str(dist / p)) for p in files]
        stale = sorted(existing - set(files) - KEEP_ON_HUB)
        operations += [CommitOperationDelete(path_in_repo=p) for p in stale]
        log(f"uploading {len(files)} files to {repo_id} (deleting {len(stale)} stale)")
        info = api.create_commit(repo_id, operations=operations, commit_message=f"Release {tag}", repo_type=REPO_TYPE)
        # Tag the commit we made, not whatever main points at by now.
        api.create_tag(repo_id, tag=tag, revision=info.oid, tag_message=f"diplonews {tag}", repo_type=REPO_TYPE)
    except HfHubHTTPError as exc:
        raise PublishError(f"{repo_id}: the Hub refused the request: {exc}") from exc
    ops = [f"add {p}" for p in files] + [f"delete {p}" for p in stale] + [f"tag {tag} -> {info.oid}"]
    log(f"tagged {tag} on commit {info.oid}")
    return PublishResult(repo_id, tag, ops, info.oid)
