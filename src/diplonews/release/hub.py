"""``diplonews publish``: upload a built release to the Hugging Face Hub in one commit and tag that commit.

What is uploaded is what ``manifest.json`` vouches for: the Parquet files it lists (each checked against its
sha256) and the metadata files every build writes beside them, read once and uploaded from memory, so a file
swapped after the check is never sent. The card's load snippet and croissant.json's URLs name the real repo.

The commit carries a digest of everything it uploads. When tagging fails after the commit, the next run finds
the commit by that digest and only tags it: a release never becomes two commits.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from diplonews.errors import PublishError

REPO_TYPE = "dataset"
# Files the Hub manages itself; a release never deletes them.
KEEP_ON_HUB = {".gitattributes"}
# What a build writes beside the Parquet files that manifest.json lists (see release.build._write_metadata).
METADATA_FILES = ("README.md", "croissant.json", "LICENSE", "CHANGELOG.md", "manifest.json")
# The line of the commit description that identifies a release's content (see _release_commit).
DIGEST_PREFIX = "diplonews-release-sha256: "
# The Hub's rule for a name: ASCII letters, digits, '-', '_', '.', starting and ending alphanumeric.
_NAME = r"[A-Za-z0-9](?:[A-Za-z0-9._-]{0,94}[A-Za-z0-9])?"
REPO_ID = re.compile(rf"{_NAME}/{_NAME}")


@dataclass(frozen=True)
class PublishResult:
    """What was (or, in a dry run, would be) done."""

    repo_id: str
    tag: str
    operations: list[str]
    commit: str | None
    not_uploaded: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Release:
    """The bytes to upload (path in the repo -> content) and the files of the folder left out."""

    version: str
    files: dict[str, bytes]
    not_uploaded: list[str]

    @property
    def tag(self) -> str:
        return f"v{self.version}"

    @property
    def digest(self) -> str:
        """sha256 over every uploaded path and its content's sha256: equal digests, equal releases."""
        lines = "".join(f"{p}\0{hashlib.sha256(b).hexdigest()}\n" for p, b in sorted(self.files.items()))
        return hashlib.sha256(lines.encode()).hexdigest()


def check_repo_id(repo_id: str) -> None:
    """PublishError unless ``repo_id`` is ORG/NAME as the Hub accepts it (checked before any request)."""
    if len(repo_id) > 96 or not REPO_ID.fullmatch(repo_id) or "--" in repo_id or ".." in repo_id:
        raise PublishError(
            f"--repo-id {repo_id!r} is not a Hub dataset id: write ORG/NAME with letters, digits, '-', '_' or '.', "
            "each part starting and ending with a letter or digit, no '--' or '..', at most 96 characters "
            "(e.g. my-org/diplonews)"
        )


def release_files(dist: Path) -> list[str]:
    """The files of a release that are uploaded: manifest.json's Parquet files and the metadata files, sorted."""
    manifest = _manifest(dist)
    return sorted({*manifest["files"], *METADATA_FILES})


def _manifest(dist: Path) -> dict[str, Any]:
    path = dist / "manifest.json"
    if not path.is_file() or path.is_symlink() or not (dist / "README.md").is_file():
        raise PublishError(f"{dist}: not a built release (no manifest.json or README.md); run `diplonews build`")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PublishError(f"{path}: not valid JSON ({exc}); run `diplonews build` again") from exc
    files = manifest.get("files") if isinstance(manifest, dict) else None
    if not isinstance(files, dict) or not all(isinstance(d, str) for d in files.values()):
        raise PublishError(f"{path}: no 'files' object of path -> sha256; run `diplonews build` again")
    checked: dict[str, Any] = manifest
    return checked


def release_version(dist: Path) -> str:
    """The version recorded in ``dist/manifest.json``; PublishError if it is not a built release."""
    version = _manifest(dist).get("version")
    if not isinstance(version, str) or dist.name != f"v{version}":
        raise PublishError(f"{dist}: folder name does not match manifest.json version {version!r}")
    return version


def _read_listed(dist: Path, rel: str) -> bytes:
    """The bytes of one listed file; PublishError if the path leaves the folder or passes through a symlink."""
    path = dist / rel
    if Path(rel).is_absolute() or ".." in Path(rel).parts or not rel:
        raise PublishError(f"{dist / 'manifest.json'}: lists {rel!r}, a path outside the release; rebuild it")
    for part in [path, *path.parents]:
        if part == dist:
            break
        if part.is_symlink():
            target = part.resolve()
            where = "outside the release" if not target.is_relative_to(dist.resolve()) else "inside the release"
            raise PublishError(
                f"{part}: a symbolic link (to {target}, {where}); a build writes none. "
                "Replace it by running `diplonews build` again."
            )
    if not path.is_file():
        raise PublishError(f"{path}: listed in manifest.json but missing; run `diplonews build` again")
    return path.read_bytes()


def read_release(dist: Path, repo_id: str, endpoint: str) -> Release:
    """Every file to upload, checked and read once, with the card and croissant.json naming ``repo_id``."""
    from diplonews.release.card import card_for_repo
    from diplonews.release.croissant import croissant_for_repo

    version = release_version(dist)
    manifest = _manifest(dist)
    files: dict[str, bytes] = {}
    for rel in release_files(dist):
        data = _read_listed(dist, rel)
        want = manifest["files"].get(rel)
        if want is not None and hashlib.sha256(data).hexdigest() != want:
            raise PublishError(f"{dist / rel}: its sha256 differs from manifest.json; run `diplonews build` again")
        files[rel] = data
    tag = f"v{version}"
    files["README.md"] = card_for_repo(files["README.md"].decode("utf-8"), version, repo_id).encode("utf-8")
    base = f"{endpoint}/datasets/{repo_id}"
    files["croissant.json"] = croissant_for_repo(files["croissant.json"].decode("utf-8"), base, tag).encode("utf-8")
    present = {p.relative_to(dist).as_posix() for p in dist.rglob("*") if p.is_file() or p.is_symlink()}
    return Release(version, files, sorted(present - set(files)))


@contextmanager
def _hub_boundary(repo_id: str, endpoint: str, doing: str, then: str = "publish again") -> Iterator[None]:
    """Turn the client's errors (an HTTP error answer, no connection) into a PublishError: what failed, what next."""
    import httpx2
    from huggingface_hub.errors import HfHubHTTPError, OfflineModeIsEnabled

    try:
        yield
    except HfHubHTTPError as exc:
        raise PublishError(f"{repo_id}: the Hub at {endpoint} refused {doing} ({_answer(exc)}); {then}") from exc
    except (httpx2.TransportError, OfflineModeIsEnabled) as exc:
        raise PublishError(
            f"{repo_id}: cannot reach the Hub at {endpoint} while {doing} ({type(exc).__name__}: {exc}); "
            f"check the network, HF_ENDPOINT and HF_HUB_OFFLINE, then {then}"
        ) from exc
    except (RuntimeError, ValueError) as exc:
        # The client wraps some answers: an LFS upload failing in a worker thread (RuntimeError naming the file),
        # README.md metadata the Hub refuses (ValueError listing the Hub's messages).
        cause = exc.__cause__
        if not isinstance(cause, HfHubHTTPError | httpx2.TransportError):
            raise
        said = " ".join(line.strip() for line in str(exc).splitlines() if line.strip())
        why = _answer(cause) if isinstance(cause, HfHubHTTPError) else f"{type(cause).__name__}: {cause}"
        if isinstance(exc, ValueError):  # its text already lists the Hub's messages
            why = why.split(":")[0]
        raise PublishError(f"{repo_id}: {said} ({why}) while {doing}; {then}") from exc


def _answer(exc: Any) -> str:
    """``HTTP <status>: <the Hub's message>`` of an HfHubHTTPError."""
    status = exc.response.status_code if exc.response is not None else "?"
    return f"HTTP {status}: {exc.server_message or str(exc).splitlines()[0]}"


def _dry_run(release: Release, repo_id: str) -> PublishResult:
    ops = [f"create dataset repo {repo_id} if it does not exist", f"refuse if tag {release.tag} already exists"]
    ops += [f"add {path}" for path in release.files]
    ops += ["delete files on main that are not in this release", f"tag {release.tag} on the commit just made"]
    return PublishResult(repo_id, release.tag, ops, None, release.not_uploaded)


def _release_commit(api: Any, repo_id: str, digest: str) -> str | None:
    """The commit on main already holding this exact release (an earlier run committed, then failed to tag)."""
    for commit in api.list_repo_commits(repo_id, repo_type=REPO_TYPE):
        if f"{DIGEST_PREFIX}{digest}" in f"{commit.title}\n{commit.message}".splitlines():
            return str(commit.commit_id)
    return None


def _commit(api: Any, release: Release, repo_id: str, head: str, log: Callable[[str], None]) -> tuple[str, list[str]]:
    """One commit on main, made only if main is still ``head``: the release's files, stale files deleted."""
    from huggingface_hub import CommitOperationAdd, CommitOperationDelete

    existing = set(api.list_repo_files(repo_id, repo_type=REPO_TYPE, revision=head))
    stale = sorted(existing - set(release.files) - KEEP_ON_HUB)
    operations: list[Any] = [CommitOperationAdd(path_in_repo=p, path_or_fileobj=b) for p, b in release.files.items()]
    operations += [CommitOperationDelete(path_in_repo=p) for p in stale]
    log(f"uploading {len(release.files)} files to {repo_id} (deleting {len(stale)} stale)")
    info = api.create_commit(
        repo_id,
        operations=operations,
        commit_message=f"Release {release.tag}",
        commit_description=f"{DIGEST_PREFIX}{release.digest}",
        repo_type=REPO_TYPE,
        parent_commit=head,
    )
    return str(info.oid), [f"delete {p}" for p in stale]


def publish(
    dist: Path,
    repo_id: str,
    *,
    dry_run: bool = False,
    private: bool = False,
    log: Callable[[str], None] = lambda _: None,
) -> PublishResult:
    """Upload ``dist`` to ``repo_id`` as one commit (stale files deleted) and tag the returned commit ``vX.Y.Z``."""
    from huggingface_hub import HfApi, constants, get_token

    check_repo_id(repo_id)
    release = read_release(dist, repo_id, constants.ENDPOINT)
    if dry_run:
        return _dry_run(release, repo_id)
    # huggingface_hub reads HF_TOKEN, then the login cache; the token itself is never shown.
    if not get_token():
        raise PublishError("no Hugging Face token: set HF_TOKEN or run `hf auth login`, then publish again")
    api = HfApi()
    with _hub_boundary(repo_id, api.endpoint, "creating or reading the repository"):
        api.create_repo(repo_id, repo_type=REPO_TYPE, exist_ok=True, private=private)
        refs = api.list_repo_refs(repo_id, repo_type=REPO_TYPE)
        if any(t.name == release.tag for t in refs.tags):
            raise PublishError(
                f"{repo_id}: tag {release.tag} already exists; a released version is never overwritten. "
                "Bump the version (see README 'Versions and releases'), add a CHANGELOG entry and build again."
            )
        head = next((b.target_commit for b in refs.branches if b.name == constants.DEFAULT_REVISION), None)
        if head is None:
            raise PublishError(f"{repo_id}: has no {constants.DEFAULT_REVISION} branch to publish onto; create it")
        found = _release_commit(api, repo_id, release.digest)
    ops = [f"add {p}" for p in release.files]
    if found:
        log(f"commit {found} already holds this release (an earlier run did not tag it): tagging it")
        commit, ops = found, []
    else:
        with _hub_boundary(repo_id, api.endpoint, f"the commit of {release.tag} (nothing was committed)"):
            commit, deletes = _commit(api, release, repo_id, head, log)
        ops += deletes
    retag = "the release is committed but not tagged; run the same publish again: it tags that commit, nothing more"
    with _hub_boundary(repo_id, api.endpoint, f"tagging commit {commit} as {release.tag}", retag):
        # Tag the commit we made, not whatever main points at by now.
        api.create_tag(
            repo_id, tag=release.tag, revision=commit, tag_message=f"diplonews {release.tag}", repo_type=REPO_TYPE
        )
    log(f"tagged {release.tag} on commit {commit}")
    return PublishResult(repo_id, release.tag, [*ops, f"tag {release.tag} -> {commit}"], commit, release.not_uploaded)
