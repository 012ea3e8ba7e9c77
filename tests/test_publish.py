"""Publishing through the real huggingface_hub client to a fake Hub served over HTTP on 127.0.0.1.

Only the Hub is replaced (tests/fake_hub.py); the client, its LFS upload path and ``datasets`` run as they
would against the real one, pointed at the fake through HF_ENDPOINT. The Xet transfer is switched off
(HF_HUB_DISABLE_XET): it talks to a storage service the fake does not model, and the LFS path it replaces
exercises the same preupload, upload and commit steps.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest.mock import ANY

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from diplonews.cli import main
from diplonews.errors import PublishError
from diplonews.release.build import Sources, build
from diplonews.release.card import PLACEHOLDER_REPO_ID
from diplonews.release.hub import DIGEST_PREFIX, METADATA_FILES, publish, release_files
from fake_hub import FakeHub, serve

# huggingface_hub's LFS upload passes the file to httpx2 as ``data=``, which httpx2 deprecates (the client's
# business, not ours; the Xet path used against the real Hub does not take this route).
pytestmark = pytest.mark.filterwarnings("ignore:Use 'content=<...>' to upload raw bytes:DeprecationWarning")
ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "gold"
TOKEN = "hf_test_token_never_printed"
REPO = "org/diplonews"
TAG_ROUTE = rf"/api/datasets/{REPO}/tag/[0-9a-f]{{40}}"
COMMIT_ROUTE = rf"/api/datasets/{REPO}/commit/main"


def _build(root: Path, version: str, changelog: str) -> Path:
    """A release built from the gold fixtures with its own CHANGELOG."""
    (root / f"CHANGELOG-{version}.md").write_text(changelog, encoding="utf-8")
    sources = Sources(
        root=ROOT,
        annotations=FIXTURES / "annotations",
        agreement=FIXTURES / "agreement.json",
        changelog=root / f"CHANGELOG-{version}.md",
    )
    return build(version, root / "dist", sources).out_dir


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """v0.1.0 and v0.2.0 built once; tests publish copies (``_copy``) when they add files to the folder."""
    root = tmp_path_factory.mktemp("built")
    first = _build(root, "0.1.0", "# Changelog\n\n## v0.1.0 — 2026-11-01\n\n- First.\n")
    second = _build(
        root, "0.2.0", "# Changelog\n\n## v0.2.0 — 2026-11-20\n\n- Second.\n\n## v0.1.0 — 2026-11-01\n\n- First.\n"
    )
    return {"0.1.0": first, "0.2.0": second}


def _copy(dist: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(dist, tmp_path / "copy" / dist.name, symlinks=True))


@pytest.fixture
def hub(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[FakeHub]:
    """A fresh fake Hub, the client pointed at it (here and in child Pythons), a token, throwaway caches."""
    from huggingface_hub import constants
    from huggingface_hub.utils.tqdm import are_progress_bars_disabled, disable_progress_bars, enable_progress_bars

    with serve() as fake:
        env = {
            "HF_ENDPOINT": fake.url,
            "HF_TOKEN": TOKEN,
            "HF_HUB_DISABLE_XET": "1",
            "HF_HUB_OFFLINE": "0",
            "HF_HOME": str(tmp_path / "hf-home"),
            "HF_DATASETS_CACHE": str(tmp_path / "datasets-cache"),
        }
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        # huggingface_hub read these at import; the running process needs them patched as well.
        monkeypatch.setattr(constants, "ENDPOINT", fake.url)
        monkeypatch.setattr(
            constants, "HUGGINGFACE_CO_URL_TEMPLATE", fake.url + "/{repo_id}/resolve/{revision}/{filename}"
        )
        monkeypatch.setattr(constants, "HF_HUB_DISABLE_XET", True)
        monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
        monkeypatch.setattr(constants, "HF_HUB_CACHE", str(tmp_path / "hub-cache"))
        monkeypatch.setattr(constants, "HF_HUB_DISABLE_IMPLICIT_TOKEN", False)
        # Progress bars go to stderr, which the CLI tests compare whole.
        bars_were_off = are_progress_bars_disabled()
        disable_progress_bars()
        try:
            yield fake
        finally:
            if not bars_were_off:
                enable_progress_bars()


def _commits(hub: FakeHub) -> list[str]:
    """The commits of the repo, oldest first (the first is the one creating the repo)."""
    return list(hub.repos[REPO].commits)


LOAD_EACH_CONFIG = """
import json, sys
from datasets import load_dataset
repo, revision, configs = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
out = {}
for config, splits in configs.items():
    loaded = load_dataset(repo, config, revision=revision)
    rows = {s: json.dumps(loaded[s].to_list(), sort_keys=True, default=str) for s in splits}
    out[config] = {"splits": sorted(loaded), "rows": rows}
print(json.dumps(out))
"""


def _load_through_hub(dist: Path, revision: str) -> dict[str, Any]:
    """Every config of ``dist`` loaded by ``datasets`` in a fresh Python from the Hub at ``revision``."""
    manifest = json.loads((dist / "manifest.json").read_text(encoding="utf-8"))
    configs = {c: [s for s, n in rows.items() if n] for c, rows in manifest["rows"].items()}
    configs = {c: splits for c, splits in configs.items() if splits}
    done = subprocess.run(
        [sys.executable, "-c", LOAD_EACH_CONFIG, REPO, revision, json.dumps(configs)],
        capture_output=True,
        text=True,
        check=False,
        env=os.environ.copy(),
    )
    assert done.returncode == 0, done.stderr[-3000:]
    loaded: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    assert set(loaded) == set(configs)
    return loaded


def test_each_config_loads_through_the_hub_at_the_tag_from_one_commit(
    hub: FakeHub, built: dict[str, Path], tmp_path: Path
) -> None:
    """One commit made on the head it read, LFS for Parquet, strays left out; every config loads at the tag."""
    dist = _copy(built["0.1.0"], tmp_path)
    (dist / ".env").write_text("HF_TOKEN=secret\n", encoding="utf-8")
    (dist / ".git").mkdir()
    (dist / ".git" / "config").write_text("[remote]\n", encoding="utf-8")
    (dist / "notes.txt").write_text("draft", encoding="utf-8")
    (dist / "outside").symlink_to(tmp_path)
    result = publish(dist, REPO)

    assert len(_commits(hub)) == 2  # the repo's creation, then the release
    assert hub.repos[REPO].tags == {"v0.1.0": result.commit} == {"v0.1.0": _commits(hub)[1]}
    [sent] = hub.sent("POST", COMMIT_ROUTE)
    header = json.loads(sent.body.decode().splitlines()[0])["value"]
    assert header["parentCommit"] == _commits(hub)[0]
    assert re.fullmatch(re.escape(DIGEST_PREFIX) + "[0-9a-f]{64}", header["description"])
    manifest = json.loads((dist / "manifest.json").read_text(encoding="utf-8"))
    assert hub.uploaded_paths() == set(manifest["files"]) | set(METADATA_FILES) == set(release_files(dist))
    assert len(hub.sent("PUT", r"/lfs-storage/[0-9a-f]{64}")) == len(manifest["files"])  # every Parquet via LFS
    assert result.not_uploaded == [".env", ".git/config", "notes.txt", "outside"]
    on_hub = hub.files(REPO, "v0.1.0")
    for rel in manifest["files"]:
        assert on_hub[rel] == (dist / rel).read_bytes()

    loaded = _load_through_hub(dist, "v0.1.0")
    for config, got in loaded.items():
        assert got["splits"] == sorted(got["rows"])  # the splits the card declares, no more
        for split, rows in got["rows"].items():
            local = pq.read_table(dist / config / f"{split}-00000-of-00001.parquet").to_pylist()
            assert rows == json.dumps(local, sort_keys=True, default=str), f"{config}/{split}"


def test_the_uploaded_card_and_croissant_name_the_repo(hub: FakeHub, built: dict[str, Path], tmp_path: Path) -> None:
    """The card's load snippet says the real repo id, croissant.json has absolute URLs at the tag and validates."""
    dist = built["0.1.0"]
    publish(dist, REPO)
    card = hub.files(REPO, "v0.1.0")["README.md"].decode("utf-8")
    local = (dist / "README.md").read_text(encoding="utf-8")
    assert f'load_dataset("{PLACEHOLDER_REPO_ID}", "documents", revision="v0.1.0")' in local
    assert card == local.replace(PLACEHOLDER_REPO_ID, REPO)
    croissant = json.loads(hub.files(REPO, "v0.1.0")["croissant.json"])
    assert croissant["url"] == f"{hub.url}/datasets/{REPO}"
    urls = sorted(d["contentUrl"] for d in croissant["distribution"] if d["@type"] == "cr:FileObject")
    manifest = json.loads((dist / "manifest.json").read_text(encoding="utf-8"))
    assert urls == [f"{hub.url}/datasets/{REPO}/resolve/v0.1.0/{p}" for p in sorted(manifest["files"])]
    (tmp_path / "croissant.json").write_bytes(hub.files(REPO, "v0.1.0")["croissant.json"])
    exe = Path(sys.executable).with_name("mlcroissant")
    done = subprocess.run(
        [str(exe), "validate", "--jsonld", str(tmp_path / "croissant.json")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_a_failed_tag_is_recovered_by_running_publish_again_without_a_second_commit(
    hub: FakeHub, built: dict[str, Path]
) -> None:
    """Tagging answers HTTP 500 after the commit: a clear error; the rerun finds the commit and only tags it."""
    dist = built["0.1.0"]
    hub.fail("POST", TAG_ROUTE, 500)
    with pytest.raises(PublishError) as failed:
        publish(dist, REPO)
    commit = _commits(hub)[1]
    assert str(failed.value) == (
        f"{REPO}: the Hub at {hub.url} refused tagging commit {commit} as v0.1.0 (HTTP 500: fake Hub: injected "
        "failure); the release is committed but not tagged; run the same publish again: it tags that commit, "
        "nothing more"
    )
    assert hub.repos[REPO].tags == {}
    theirs = hub.push(REPO, {"theirs.txt": b"committed before the rerun"})  # main moves on meanwhile
    uploads = len(hub.sent("POST", rf"/api/datasets/{REPO}/preupload/main"))
    log: list[str] = []
    again = publish(dist, REPO, log=log.append)
    assert again.commit == commit
    assert log == [f"commit {commit} already holds this release (an earlier run did not tag it): tagging it", ANY]
    assert _commits(hub) == [_commits(hub)[0], commit, theirs]  # no second release commit; theirs untouched
    assert len(hub.sent("POST", rf"/api/datasets/{REPO}/preupload/main")) == uploads  # nothing uploaded again
    assert hub.repos[REPO].tags == {"v0.1.0": commit}
    assert hub.files(REPO, "main")["theirs.txt"] == b"committed before the rerun"


def test_a_commit_made_meanwhile_on_main_is_never_overwritten(
    hub: FakeHub, built: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Someone commits between publish reading main and committing: the Hub refuses (parent_commit), nothing lands."""
    import diplonews.release.hub as hub_module

    real = hub_module._release_commit

    def someone_commits_meanwhile(api: object, repo_id: str, digest: str) -> str | None:
        hub.push(REPO, {"theirs.txt": b"their change"})
        return real(api, repo_id, digest)

    monkeypatch.setattr(hub_module, "_release_commit", someone_commits_meanwhile)
    with pytest.raises(PublishError, match=r"refused the commit of v0.1.0 \(nothing was committed\) \(HTTP 412: "):
        publish(built["0.1.0"], REPO)
    assert hub.files(REPO, "main") == {".gitattributes": hub.files(REPO, _commits(hub)[0])[".gitattributes"]} | {
        "theirs.txt": b"their change"
    }
    assert hub.repos[REPO].tags == {}


def test_publishing_two_versions_keeps_both_tags_with_their_own_files(
    hub: FakeHub, built: dict[str, Path], tmp_path: Path
) -> None:
    """v0.1.0 then v0.2.0: both tags exist, each holds its release; a file on main outside the release is deleted."""
    from huggingface_hub import hf_hub_download

    first, second = built["0.1.0"], built["0.2.0"]
    result1 = publish(first, REPO)
    hub.push(REPO, {"stale.txt": b"left by hand"})
    result2 = publish(second, REPO)
    assert hub.repos[REPO].tags == {"v0.1.0": result1.commit, "v0.2.0": result2.commit}
    assert "delete stale.txt" in result2.operations
    for dist, tag in ((first, "v0.1.0"), (second, "v0.2.0")):
        files = hub.files(REPO, tag)
        assert sorted(files) == sorted([".gitattributes", *release_files(dist)])
        assert files["manifest.json"] == (dist / "manifest.json").read_bytes()
    readme = hf_hub_download(REPO, "README.md", repo_type="dataset", revision="v0.1.0", cache_dir=tmp_path / "dl")
    assert Path(readme).read_bytes() == hub.files(REPO, "v0.1.0")["README.md"]
    # The tag is made on the returned commit, not on whatever main is; every write carries the token.
    assert [r.path.rsplit("/", 1)[1] for r in hub.sent("POST", TAG_ROUTE)] == [result1.commit, result2.commit]
    writes = [r for r in hub.requests if r.method == "POST" and "lfs-storage" not in r.path]
    assert {r.headers.get("authorization") for r in writes} == {f"Bearer {TOKEN}"}


def test_the_card_passes_the_hubs_metadata_rules_and_a_card_it_refuses_is_not_committed(
    hub: FakeHub, built: dict[str, Path], tmp_path: Path
) -> None:
    """The built card's YAML passes the Hub's card rules; a card breaking one is refused before any upload."""
    publish(built["0.1.0"], REPO)
    assert [v["repoType"] for v in hub.validated] == ["dataset"]
    dist = _copy(built["0.2.0"], tmp_path)
    card = (dist / "README.md").read_text(encoding="utf-8")
    assert "license_name: cc-by-4.0-annotations-publisher-owned-texts\n" in card
    (dist / "README.md").write_text(card.replace("license_name: cc-by", "license_name: CC-BY"), encoding="utf-8")
    with pytest.raises(PublishError) as refused:
        publish(dist, REPO)
    assert str(refused.value) == (
        f"{REPO}: Invalid metadata in README.md. - license_name must be an id in lowercase letters, digits, '-' and "
        "'.' for license: other (HTTP 400) while the commit of v0.2.0 (nothing was committed); publish again"
    )
    assert len(_commits(hub)) == 2
    assert len(hub.sent("POST", COMMIT_ROUTE)) == 1
    assert len(hub.sent("POST", rf"/api/datasets/{REPO}/preupload/main")) == 1  # v0.1.0's only


def test_a_refused_lfs_upload_commits_nothing(hub: FakeHub, built: dict[str, Path]) -> None:
    """The storage refuses one Parquet upload (HTTP 403, not retried): a clear error, no commit, no tag."""
    hub.fail("PUT", r"/lfs-storage/[0-9a-f]{64}", 403)
    with pytest.raises(PublishError) as refused:
        publish(built["0.1.0"], REPO)
    assert re.fullmatch(
        rf"{REPO}: Error while uploading '[a-z_]+/[a-z]+-00000-of-00001\.parquet' to the Hub\. \(HTTP 403: fake Hub: "
        r"injected failure\) while the commit of v0\.1\.0 \(nothing was committed\); publish again",
        str(refused.value),
    ), str(refused.value)
    assert len(_commits(hub)) == 1
    assert hub.sent("POST", COMMIT_ROUTE) == []
    assert hub.repos[REPO].tags == {}


def test_an_existing_tag_is_never_overwritten(hub: FakeHub, built: dict[str, Path]) -> None:
    """Publishing v0.1.0 twice fails before any upload, and the tag still points at the first commit."""
    first = publish(built["0.1.0"], REPO)
    with pytest.raises(PublishError, match=rf"{REPO}: tag v0.1.0 already exists"):
        publish(built["0.1.0"], REPO)
    assert len(_commits(hub)) == 2
    assert len(hub.sent("POST", COMMIT_ROUTE)) == 1
    assert hub.repos[REPO].tags == {"v0.1.0": first.commit}


def test_a_listed_file_that_is_a_symlink_out_of_the_release_is_refused(
    hub: FakeHub, built: dict[str, Path], tmp_path: Path
) -> None:
    """A Parquet file replaced by a link to a copy outside (same bytes, same sha256) is refused; no request."""
    dist = _copy(built["0.1.0"], tmp_path)
    rel = "documents/train-00000-of-00001.parquet"
    outside = tmp_path / "elsewhere.parquet"
    shutil.move(dist / rel, outside)
    (dist / rel).symlink_to(outside)
    with pytest.raises(PublishError) as refused:
        publish(dist, REPO)
    assert str(refused.value) == (
        f"{dist / rel}: a symbolic link (to {outside}, outside the release); a build writes none. "
        "Replace it by running `diplonews build` again."
    )
    assert hub.requests == []


def test_a_build_writes_only_what_publish_uploads(built: dict[str, Path]) -> None:
    """The release folder is exactly manifest.json's files and the metadata files: publish leaves nothing out."""
    for dist in built.values():
        present = sorted(p.relative_to(dist).as_posix() for p in dist.rglob("*") if p.is_file())
        assert present == release_files(dist)


def _stderr(args: list[str]) -> tuple[int, str]:
    result = CliRunner().invoke(main, args)
    return result.exit_code, result.stderr


@pytest.fixture
def checks_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    """check-dist's offline load (tested elsewhere) answers 'no problem' so these tests reach the Hub quickly."""
    monkeypatch.setattr("diplonews.release.checks.check_dist", lambda dist, splits=None: [])


@pytest.mark.parametrize("repo_id", ["diplonews", "org/", "org/dip news", "org//x", "org/x--y", "-org/x", "a/b/c"])
def test_cli_refuses_an_invalid_repo_id_before_any_work(hub: FakeHub, built: dict[str, Path], repo_id: str) -> None:
    """A repo id the Hub would refuse: a clear error, PublishError's exit code, no check and no request."""
    code, stderr = _stderr(["publish", str(built["0.1.0"]), "--repo-id", repo_id])
    assert (code, stderr) == (
        PublishError.exit_code,
        f"Error: --repo-id {repo_id!r} is not a Hub dataset id: write ORG/NAME with letters, digits, '-', '_' or "
        "'.', each part starting and ending with a letter or digit, no '--' or '..', at most 96 characters "
        "(e.g. my-org/diplonews)\n",
    )
    assert hub.requests == []


@pytest.mark.usefixtures("checks_pass")
def test_cli_says_when_the_hub_cannot_be_reached(
    hub: FakeHub, built: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Connection refused (nothing listens on the port): one line naming the endpoint, nothing created."""
    from huggingface_hub import constants

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{sock.getsockname()[1]}"  # bound, never listening: connections are refused
        monkeypatch.setattr(constants, "ENDPOINT", closed)
        code, stderr = _stderr(["publish", str(built["0.1.0"]), "--repo-id", REPO])
    assert (code, stderr) == (
        PublishError.exit_code,
        f"Error: {REPO}: cannot reach the Hub at {closed} while creating or reading the repository "
        "(ConnectError: [Errno 111] Connection refused); check the network, HF_ENDPOINT and HF_HUB_OFFLINE, "
        "then publish again\n",
    )


@pytest.mark.parametrize(
    ("route", "doing"),
    [
        (r"/api/repos/create", "creating or reading the repository"),
        (COMMIT_ROUTE, "the commit of v0.1.0 (nothing was committed)"),
    ],
)
@pytest.mark.usefixtures("checks_pass")
def test_cli_says_when_the_hub_answers_an_error(hub: FakeHub, built: dict[str, Path], route: str, doing: str) -> None:
    """HTTP 500 when creating the repo or committing: one line, no commit and no tag."""
    hub.fail("POST", route, 500)
    code, stderr = _stderr(["publish", str(built["0.1.0"]), "--repo-id", REPO])
    assert (code, stderr) == (
        PublishError.exit_code,
        f"Error: {REPO}: the Hub at {hub.url} refused {doing} (HTTP 500: fake Hub: injected failure); publish again\n",
    )
    repo = hub.repos.get(REPO)
    assert repo is None or (len(repo.commits) == 1 and not repo.tags)  # at most the repo, created empty


def test_cli_publish_prints_the_tag_but_never_the_token(hub: FakeHub, built: dict[str, Path], tmp_path: Path) -> None:
    """`diplonews publish` (with its offline checks) reports the tag, commit and load line; never the token."""
    dist = _copy(built["0.1.0"], tmp_path)
    (dist / ".env").write_text(f"HF_TOKEN={TOKEN}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["publish", str(dist), "--repo-id", REPO])
    assert result.exit_code == 0, result.output
    commit = hub.repos[REPO].tags["v0.1.0"]
    assert f"published {REPO}@v0.1.0 (commit {commit})\n" in result.stdout
    assert f'load it with: load_dataset("{REPO}", "documents", revision="v0.1.0")\n' in result.stdout
    assert result.stderr == "warning: not uploaded (not listed in manifest.json): .env\n"
    assert TOKEN not in result.output


def test_cli_refuses_to_publish_a_release_that_fails_its_checks(
    hub: FakeHub, built: dict[str, Path], tmp_path: Path
) -> None:
    """A card whose YAML label order was edited by hand is not uploaded: no request reaches the Hub."""
    dist = _copy(built["0.1.0"], tmp_path)
    card = (dist / "README.md").read_text(encoding="utf-8")
    (dist / "README.md").write_text(card.replace("'0': FAVOR", "'0': XFAVOR"), encoding="utf-8")
    result = CliRunner().invoke(main, ["publish", str(dist), "--repo-id", REPO])
    assert result.exit_code == 1  # a check ran and found problems
    assert "problem(s), listed above; not publishing" in result.output
    assert hub.requests == []


@pytest.mark.usefixtures("checks_pass")
def test_dry_run_lists_operations_without_contacting_the_hub(hub: FakeHub, built: dict[str, Path]) -> None:
    """--dry-run prints every file it would add and the tag, and sends no request."""
    result = CliRunner().invoke(main, ["publish", str(built["0.1.0"]), "--repo-id", REPO, "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "  add documents/train-00000-of-00001.parquet\n" in result.output
    assert "  add README.md\n" in result.output
    assert "  tag v0.1.0 on the commit just made\n" in result.output
    assert hub.requests == []


def test_publish_without_a_token_says_how_to_get_one(
    hub: FakeHub, built: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No HF_TOKEN and no login cache: an error naming both ways to log in, and no request."""
    monkeypatch.delenv("HF_TOKEN")
    from huggingface_hub import constants

    monkeypatch.setattr(constants, "HF_TOKEN_PATH", str(tmp_path / "empty-home" / "token"))
    monkeypatch.setattr(constants, "HF_STORED_TOKENS_PATH", str(tmp_path / "empty-home" / "stored_tokens"))
    with pytest.raises(PublishError, match=r"set HF_TOKEN or run `hf auth login`"):
        publish(built["0.1.0"], REPO)
    assert hub.requests == []
