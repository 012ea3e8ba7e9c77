"""``diplonews build`` is all or nothing: it refuses bad gold, stays inside its output folder, and a crash
at any point leaves the previous release (or the new one) in place, never none."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from diplonews._io import remove_stale_staging
from diplonews.errors import AnnotationsInvalidError, ReleaseError
from diplonews.release.build import Sources, build, check_version


@pytest.mark.parametrize("version", ["1.0.0\n", "v1.0.0", "1.0", "01.0.0", "1.0.0-rc1", " 1.0.0"])
def test_a_version_that_is_not_exactly_x_y_z_is_refused(version: str) -> None:
    """Matched whole: `$` alone would accept "1.0.0\\n", which then names a folder and a tag."""
    with pytest.raises(ReleaseError, match=r"is not semantic X\.Y\.Z"):
        check_version(version)


# --- a build killed or failing at any point leaves the old release or the new one, and no staging for long ------

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "gold"
SOURCES = Sources(root=ROOT, annotations=FIXTURES / "annotations", agreement=FIXTURES / "agreement.json")
OLD = "an earlier build of v0.1.0\n"

# Run in a child Python: a build that dies (os._exit, as by SIGKILL: no cleanup runs) at one point.
_CHILD = """
import os, shutil, sys
from pathlib import Path
import diplonews._io as io
import diplonews.release.build as b

point, out = sys.argv[1], Path(sys.argv[2])
def die(*args, **kwargs):
    os._exit(9)
if point == "mid-build":  # Parquet files written, metadata not yet
    b._write_metadata = die
elif point == "after-moving-the-old-aside":  # the old release moved aside, the new one not yet renamed in
    rename = os.rename
    os.rename = lambda src, dst: die() if Path(src).name == "new" else rename(src, dst)
elif point == "before-removing-the-old":  # the new release in place, the old one still aside
    io._abandon = die
root = Path(sys.argv[3])
fixtures = root / "tests" / "fixtures" / "gold"
b.build("0.1.0", out, b.Sources(root=root, annotations=fixtures / "annotations", agreement=fixtures / "agreement.json"))
"""


def _old_release(out_root: Path) -> Path:
    """A stand-in for a release built before: a folder with one marker file."""
    old = out_root / "v0.1.0"
    old.mkdir(parents=True)
    (old / "marker.txt").write_text(OLD, encoding="utf-8")
    return old


def _killed_build(out_root: Path, point: str) -> None:
    done = subprocess.run([sys.executable, "-c", _CHILD, point, str(out_root), str(ROOT)], check=False)
    assert done.returncode == 9, f"the child build was not stopped at {point}"


def _staging(out_root: Path) -> list[str]:
    return sorted(p.name for p in out_root.glob(".staged-*"))


def _is_new_release(folder: Path) -> bool:
    return (folder / "manifest.json").is_file() and not (folder / "marker.txt").exists()


def test_a_build_killed_mid_way_keeps_the_old_release_and_the_next_build_removes_its_staging(tmp_path: Path) -> None:
    """Killed while writing: the old release is untouched; the next build removes the staging folder and says so."""
    out = tmp_path / "dist"
    old = _old_release(out)
    _killed_build(out, "mid-build")
    assert (old / "marker.txt").read_text(encoding="utf-8") == OLD
    [left] = _staging(out)
    assert list((out / left / "new").rglob("*.parquet")), "the child died before writing: the test tests nothing"
    logged: list[str] = []
    build("0.1.0", out, SOURCES, log=logged.append)
    assert f"{out / left}: removed; a build was killed before finishing" in logged
    assert _staging(out) == []
    assert _is_new_release(old)


def test_a_build_killed_mid_swap_leaves_the_old_release_aside_and_the_next_run_puts_it_back(tmp_path: Path) -> None:
    """Killed after moving the old release aside: the next run restores it before anything else."""
    out = tmp_path / "dist"
    old = _old_release(out)
    _killed_build(out, "after-moving-the-old-aside")
    assert not old.exists()
    [left] = _staging(out)
    assert (out / left / "old-v0.1.0" / "marker.txt").read_text(encoding="utf-8") == OLD
    done = remove_stale_staging(out)
    assert (done.restored, done.removed) == ([old], [out / left])
    assert (old / "marker.txt").read_text(encoding="utf-8") == OLD
    assert _staging(out) == []


def test_the_next_build_after_a_killed_swap_reports_the_restore_and_builds(tmp_path: Path) -> None:
    """build itself finishes the killed swap first (the old release back), then replaces it as usual."""
    out = tmp_path / "dist"
    _old_release(out)
    _killed_build(out, "after-moving-the-old-aside")
    logged: list[str] = []
    build("0.1.0", out, SOURCES, log=logged.append)
    assert f"{out / 'v0.1.0'}: put back; a build was killed while replacing it" in logged
    assert _is_new_release(out / "v0.1.0")
    assert _staging(out) == []


def test_a_build_killed_after_the_swap_leaves_the_new_release_and_the_old_is_removed_later(tmp_path: Path) -> None:
    """Killed after renaming the new release in: it stays; the next run removes the old one, restoring nothing."""
    out = tmp_path / "dist"
    _old_release(out)
    _killed_build(out, "before-removing-the-old")
    assert _is_new_release(out / "v0.1.0")
    [left] = _staging(out)
    done = remove_stale_staging(out)
    assert (done.restored, done.removed) == ([], [out / left])
    assert _is_new_release(out / "v0.1.0")
    assert sorted(p.name for p in out.iterdir()) == ["v0.1.0"]


def test_a_failed_rename_in_the_swap_puts_the_old_release_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An exception between moving the old release aside and renaming the new one in: the old one is back."""
    out = tmp_path / "dist"
    old = _old_release(out)
    rename = os.rename

    def failing(src: Any, dst: Any) -> None:
        if Path(src).name == "new":
            raise OSError(28, "No space left on device")
        rename(src, dst)

    monkeypatch.setattr(os, "rename", failing)
    with pytest.raises(OSError, match="No space left"):
        build("0.1.0", out, SOURCES)
    assert (old / "marker.txt").read_text(encoding="utf-8") == OLD
    assert sorted(p.name for p in out.iterdir()) == ["v0.1.0"]


def test_a_failure_while_writing_leaves_the_old_release_and_no_staging(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A step failing inside the staging folder: nothing of the new build is left, the old one is untouched."""
    from diplonews.release import build as build_module

    def broken(*_args: Any) -> None:
        raise ReleaseError("the card cannot be rendered")

    out = tmp_path / "dist"
    old = _old_release(out)
    monkeypatch.setattr(build_module, "_write_metadata", broken)
    with pytest.raises(ReleaseError, match="the card cannot be rendered"):
        build("0.1.0", out, SOURCES)
    assert (old / "marker.txt").read_text(encoding="utf-8") == OLD
    assert sorted(p.name for p in out.iterdir()) == ["v0.1.0"]


def test_invalid_gold_leaves_the_old_release_untouched(tmp_path: Path) -> None:
    """A negative offset in one gold document: AnnotationsInvalidError naming it, and the old release stays."""
    annotations = tmp_path / "annotations"
    shutil.copytree(FIXTURES / "annotations", annotations)
    bad = sorted((annotations / "gold").glob("*.json"))[0]
    doc = json.loads(bad.read_text(encoding="utf-8"))
    doc["mentions"][0]["start"] = -1
    bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "dist"
    old = _old_release(out)
    sources = Sources(root=ROOT, annotations=annotations, agreement=FIXTURES / "agreement.json")
    with pytest.raises(AnnotationsInvalidError) as caught:
        build("0.1.0", out, sources)
    assert str(caught.value).startswith(f"{bad}::$.mentions[0].start: [L1 schema-invalid] -1 is less than the minimum")
    assert sorted(p.name for p in out.iterdir()) == ["v0.1.0"]
    assert sorted(p.name for p in old.iterdir()) == ["marker.txt"]


def test_check_dist_names_a_manifest_file_outside_the_release(tmp_path: Path) -> None:
    """A manifest listing ../x is a problem of the release (nothing outside the folder is read as part of it)."""
    from diplonews.release.checks import manifest_problems

    problems = manifest_problems(tmp_path, {"files": {"../x": "0" * 64, "documents/a.parquet": "1" * 64}})
    assert (
        f"manifest.json::$.files['../x']: names a file outside {tmp_path}; rebuild the release with `diplonews build`"
        in problems
    )
    assert not any("documents/a.parquet" in p for p in problems)
