"""File helpers shared by every command: atomic writes, canonical JSON, hashing."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from diplonews.errors import InputError


def sha256_text(text: str) -> str:
    """Hex sha256 of the UTF-8 bytes of ``text``."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def dumps(obj: Any, *, indent: int | None = 2) -> str:
    """Canonical JSON: UTF-8 Arabic kept readable, stable separators, trailing newline."""
    return json.dumps(obj, ensure_ascii=False, indent=indent) + "\n"


def dumps_document(doc: dict[str, Any]) -> str:
    """``dumps`` of an annotated document, about ten times faster.

    The standard library falls back to its pure-Python encoder whenever ``indent`` is set; orjson writes
    the same bytes for JSON without floats (it spells exponents differently), and documents hold none.
    """
    return orjson.dumps(doc, option=orjson.OPT_INDENT_2).decode("utf-8") + "\n"


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that readers see the old file or the new one, never half of it."""
    make_folder(path.parent)
    _not_a_folder(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def make_folder(folder: Path) -> None:
    """``folder`` and its parents; InputError when a file is in the way or the folder cannot be made there."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        why = "a file is in the way" if isinstance(exc, FileExistsError | NotADirectoryError) else exc.strerror
        raise InputError(f"{folder}: cannot make this folder ({why}); pass an output path you can write") from exc


def _not_a_folder(path: Path) -> None:
    """InputError when a folder stands where the file ``path`` is to be written."""
    if path.is_dir():
        raise InputError(f"{path}: is a folder, where a file is to be written; move it away or pass another path")


class StagedWrites:
    """Many files written at once: all of them or none, with one disk sync instead of one per file.

    Files are staged in a hidden folder beside their targets; ``commit`` syncs the file system once, then
    renames each into place and syncs each target folder, so a crash leaves old files or new ones, never
    half of one. ``discard`` (or leaving the ``with`` block by an exception) removes what was staged.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self.removed_stale: list[Path] = []  # staging folders of killed runs, removed on the first add
        self._staging: Path | None = None
        self._planned: list[tuple[Path, Path]] = []

    def __enter__(self) -> StagedWrites:
        return self

    def __exit__(self, *exc: object) -> None:
        self.discard()

    def add(self, path: Path, text: str) -> None:
        """Stage ``text`` for ``path`` (under ``root``); nothing is visible until ``commit``."""
        if self._staging is None:
            make_folder(self.root)
            self.removed_stale = remove_stale_staging(self.root).removed
            self._staging = new_staging(self.root)
        staged = self._staging / f"{len(self._planned)}.tmp"
        staged.write_text(text, encoding="utf-8", newline="\n")
        self._planned.append((staged, path))

    def commit(self) -> list[Path]:
        """Move every staged file into place; returns the targets in the order they were added."""
        if not self._planned:
            self.discard()
            return []
        folders = {path.parent for _, path in self._planned}
        for folder in sorted(folders):  # every place is checked before the first file moves in
            make_folder(folder)
        for _, path in self._planned:
            _not_a_folder(path)
        # One sync of everything written: fsync per file cost a quarter of a 30,000-file pull.
        os.sync()
        for staged, path in self._planned:
            os.replace(staged, path)
        for folder in sorted(folders):
            _fsync_dir(folder)
        done = [path for _, path in self._planned]
        self._planned = []
        self.discard()
        return done

    def discard(self) -> None:
        """Remove whatever is still staged."""
        if self._staging is not None:
            shutil.rmtree(self._staging, ignore_errors=True)
            self._staging = None
        self._planned = []


class StagedFolder:
    """A folder rebuilt as a whole: written into ``path``, then swapped in for ``target`` by ``commit``.

    ``path`` sits in a staging folder beside ``target`` (same file system, so renames are atomic). The swap
    keeps the old folder until the new one is in place: old ``target`` -> ``staging/old-<target name>``,
    ``path`` -> ``target``, then the staging folder (old included) is removed. A crash at any point leaves the
    old folder or the new one: ``remove_stale_staging`` puts the old one back when the new one never arrived.
    ``discard`` (or leaving the ``with`` block by an exception) does the same for this run's own staging.
    """

    def __init__(self, target: Path) -> None:
        self.target = target
        make_folder(target.parent)
        self._staging: Path | None = new_staging(target.parent)
        self.path = self._staging / NEW
        self.path.mkdir()

    def __enter__(self) -> StagedFolder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.discard()

    def commit(self) -> None:
        """Swap ``path`` in for ``target``: after this returns, ``target`` is the new folder, durably."""
        if self._staging is None:
            raise RuntimeError("StagedFolder.commit after discard")
        os.sync()  # the new files reach the disk before any rename makes them the release
        if self.target.exists() or self.target.is_symlink():
            # The aside folder's own name says where it goes back: nothing else need survive a crash.
            os.rename(self.target, self._staging / (ASIDE_PREFIX + self.target.name))
        os.rename(self.path, self.target)
        _fsync_dir(self.target.parent)
        self.discard()

    def discard(self) -> None:
        """Remove the staging folder, after putting the old folder back if it was moved aside."""
        if self._staging is not None:
            _abandon(self._staging)
            self._staging = None


STAGING_PREFIX = ".staged-"
OWNER_FILE = "owner.pid"
NEW, ASIDE_PREFIX = "new", "old-"  # in a StagedFolder's staging: the folder being written, the old one during a swap


def new_staging(root: Path) -> Path:
    """A new private staging folder under ``root`` (which must exist), marked with this process's id."""
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=root))
    (staging / OWNER_FILE).write_text(str(os.getpid()), encoding="utf-8")
    return staging


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # a process of another user holds that id
    return True


@dataclass
class StaleStaging:
    """What ``remove_stale_staging`` did: staging folders removed, folders put back from an interrupted swap."""

    removed: list[Path] = field(default_factory=list)
    restored: list[Path] = field(default_factory=list)

    def notes(self, what: str) -> list[str]:
        """One line per folder, for a command to report (``what``: the kind of run that was killed)."""
        return [
            *(f"{path}: put back; a {what} was killed while replacing it" for path in self.restored),
            *(f"{path}: removed; a {what} was killed before finishing" for path in self.removed),
        ]


def remove_stale_staging(root: Path) -> StaleStaging:
    """Remove the staging folders under ``root`` left by runs that were killed (their process is gone).

    A StagedFolder's swap cut short is finished first: the old folder goes back unless the new one is in place.
    """
    done = StaleStaging()
    for folder in sorted(root.glob(STAGING_PREFIX + "*")):
        try:
            owner = int((folder / OWNER_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            owner = 0  # a folder from before owners were recorded, or cut short while being made
        if folder.is_dir() and not (owner and _alive(owner)):
            restored = _abandon(folder)
            if restored is not None:
                done.restored.append(restored)
            done.removed.append(folder)
    return done


def _abandon(staging: Path) -> Path | None:
    """Remove a staging folder; a folder a StagedFolder swap moved aside into it goes back first if its place is
    still empty (the new folder never arrived). Returns that place, if it did."""
    restored = None
    for aside in staging.glob(ASIDE_PREFIX + "*"):
        target = staging.parent / aside.name.removeprefix(ASIDE_PREFIX)
        if not (target.exists() or target.is_symlink()):
            os.rename(aside, target)
            restored = target
    shutil.rmtree(staging, ignore_errors=True)
    return restored


def _fsync_dir(folder: Path) -> None:
    """Make the renames in ``folder`` durable."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_jsonl(path: Path, records: Iterable[dict[str, Any]]) -> None:
    """Atomically write one compact JSON object per line."""
    atomic_write_text(path, "".join(dumps(r, indent=None) for r in records))


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """Yield the objects of a JSONL file; a broken line raises InputError naming file and line."""
    return (obj for _, obj in numbered_jsonl(path))


def numbered_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number in the file, object) for each non-blank line of a JSONL file; InputError naming file and line."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot open: {exc.strerror}; pass the path of a JSONL file") from exc
    with handle:
        for lineno, raw in enumerate(handle, 1):
            try:
                line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{path}:{lineno}: not UTF-8 text (byte {exc.start} of the line is {raw[exc.start]:#04x}); "
                    "re-save the file as UTF-8"
                ) from exc
            obj = jsonl_object(line, path, lineno)
            if obj is not None:
                yield lineno, obj


def jsonl_object(line: str, path: Path, lineno: int) -> dict[str, Any] | None:
    """The object on one line of a JSONL file, None for a blank line; InputError naming file and line."""
    if not line.strip():
        return None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}:{lineno}: not valid JSON ({exc.msg}); fix or remove that line") from exc
    except RecursionError as exc:
        raise InputError(f"{path}:{lineno}: JSON nested too deeply to be a record; fix or remove that line") from exc
    if not isinstance(obj, dict):
        raise InputError(f"{path}:{lineno}: expected a JSON object per line, found {type(obj).__name__}")
    if "\\u" in line:  # the only way a lone surrogate gets in: UTF-8 decoding refuses encoded ones
        refuse_lone_surrogates(obj, f"{path}:{lineno}")
    return obj


def refuse_lone_surrogates(obj: Any, where: str) -> None:
    """InputError at ``where`` if ``obj`` holds a string with a lone surrogate (parsed from a ``\\ud800`` escape).

    That is valid JSON syntax but no text: it is refused where the file is named, rather than when something
    downstream tries to write it out.
    """
    try:
        json.dumps(obj, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError(
            f"{where}: holds a lone surrogate escape ({exc.object[exc.start]!r}), which is not text; "
            "fix the \\u escape or write the character itself"
        ) from exc


def contained(root: Path, relative: str | Path) -> Path:
    """``root / relative``, refused with InputError unless it resolves to a place inside ``root``.

    Writers build paths from ids read out of files (a doc_id, an annotator); this keeps a hostile or
    broken id such as ``../x`` or ``/etc/x`` from writing outside the folder the user named.
    """
    base = root.resolve()
    target = (root / relative).resolve()
    if target == base or base not in target.parents:
        raise InputError(f"{root / relative}: resolves outside {root}; ids used in file names must be plain names")
    return root / relative


def read_json_fast(path: Path) -> Any:
    """``read_json`` by orjson, about three times faster, for corpora of many annotation files.

    orjson refuses NaN, Infinity and lone surrogates, and reads an integer beyond 64 bits as a float where
    the standard parser keeps an int (no valid document holds one). A refused, unreadable or broken file
    goes to ``read_json``, which parses it as before or raises its usual error.
    """
    try:
        with path.open("rb") as handle:
            return orjson.loads(handle.read())
    except (OSError, orjson.JSONDecodeError):
        return read_json(path)


def open_hint(exc: OSError) -> str:
    """How to fix a file that cannot be opened, by the reason it cannot."""
    if isinstance(exc, FileNotFoundError):
        return "check the path"
    if isinstance(exc, IsADirectoryError):
        return "pass the file, not a folder"
    if isinstance(exc, PermissionError):
        return "make it readable for this user"
    return "check the file"


def read_text(path: Path) -> str:
    """A UTF-8 text file; InputError naming it when it cannot be opened (missing, a folder) or is not UTF-8."""
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot open: {exc.strerror}; {open_hint(exc)}") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (byte {exc.start}); re-save the file as UTF-8") from exc


def read_json(path: Path) -> Any:
    """Parse one JSON file; errors name the file, line and column; a lone surrogate escape is refused."""
    text = read_text(path)
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}:{exc.lineno}:{exc.colno}: not valid JSON ({exc.msg})") from exc
    except RecursionError as exc:
        raise InputError(f"{path}: JSON nested too deeply to be an annotation file") from exc
    refuse_lone_surrogates(obj, str(path))
    return obj
