"""The key of the annotator pseudonyms: one location per annotation tree, never a second key made silently.

Pseudonyms (``u`` + a keyed hash of the email) stay the same only as long as the key does. The key therefore
lives in one place that does not depend on the directory a command runs from: ``.labelstudio/pseudonym.key``
in the project that holds the annotation folder (the nearest folder above it with ``schema/labels.json``),
unless ``DIPLONEWS_PSEUDONYM_KEY`` holds the key itself or ``--key-file`` names the file.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Mapping
from pathlib import Path

from diplonews._io import atomic_write_text
from diplonews.errors import InputError

KEY_ENV = "DIPLONEWS_PSEUDONYM_KEY"
KEY_FILE_ENV = "DIPLONEWS_PSEUDONYM_KEY_FILE"
KEY_FILE = Path(".labelstudio/pseudonym.key")
PROJECT_MARKER = Path("schema/labels.json")
# A short key makes the keyed hash guessable from a list of e-mail addresses.
MIN_KEY_CHARS = 16
# The ids ``pseudonym`` makes with the key (accounts outside the project's own a1, a2 ...).
KEYED_PSEUDONYM = re.compile(r"u[0-9a-f]{10}")
MAKE_KEY = "python -c 'import secrets; print(secrets.token_hex(32))'"


def find_project(start: Path) -> Path | None:
    """The nearest folder at or above ``start`` that holds ``schema/labels.json``; None if there is none."""
    here = start.resolve()
    for folder in (here, *here.parents):
        if (folder / PROJECT_MARKER).is_file():
            return folder
    return None


def default_key_file(annotations: Path) -> Path:
    """Where the key of the pseudonyms in ``annotations`` lives: the project's ``.labelstudio/pseudonym.key``.

    Outside any project it sits beside the annotation folder; either way it follows from the folder alone.
    """
    root = find_project(annotations)
    return (root if root is not None else annotations.resolve().parent) / KEY_FILE


def keyed_annotators(annotations: Path) -> list[str]:
    """The annotator folders of ``annotations`` whose names were made with a key (``u`` + 10 hex digits)."""
    if not annotations.is_dir():
        return []
    return sorted(p.name for p in annotations.iterdir() if p.is_dir() and KEYED_PSEUDONYM.fullmatch(p.name))


def _refuse_new_key(path: Path, annotations: Path, keyed: list[str]) -> InputError:
    return InputError(
        f"{path}: no pseudonym key there, but {annotations} already holds annotators pseudonymised with a key "
        f"({', '.join(keyed[:5])}); a new key would give the same people new ids. Restore the key file to {path} "
        f"(from your backup or the machine that pulled before), or set {KEY_ENV} to the key, or pass --key-file. "
        f"To start new pseudonyms on purpose, make the key yourself: {MAKE_KEY} > {path}"
    )


def pseudonym_key(path: Path, env: Mapping[str, str], annotations: Path | None = None) -> bytes:
    """The key: env DIPLONEWS_PSEUDONYM_KEY, else the key file, made once when ``annotations`` needs no old one."""
    if env.get(KEY_ENV):
        return _checked_key(env[KEY_ENV], f"env {KEY_ENV}")
    if not path.is_file():
        keyed = keyed_annotators(annotations) if annotations is not None else []
        if keyed:
            raise _refuse_new_key(path, annotations or path, keyed)
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, secrets.token_hex(32) + "\n")
        path.chmod(0o600)
    try:
        return _checked_key(path.read_text(encoding="utf-8"), str(path))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the pseudonym key ({exc}); restore it from your backup") from exc


def key_id(key: bytes) -> str:
    """A short public fingerprint of the key: tells two keys apart without revealing either."""
    return hmac.new(key, b"diplonews pseudonym key id", hashlib.sha256).hexdigest()[:12]


def _checked_key(raw: str, where: str) -> bytes:
    key = raw.strip()
    if len(key) < MIN_KEY_CHARS:
        raise InputError(
            f"{where}: the pseudonym key has {len(key)} characters; use at least {MIN_KEY_CHARS} "
            f"(e.g. the output of `{MAKE_KEY}`)"
        )
    return key.encode("utf-8")
