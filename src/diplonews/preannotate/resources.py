"""The pre-annotator's data: the actor gazetteer and the cue lexicon shipped in ``diplonews/resources``."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from diplonews.errors import InputError
from diplonews.preannotate.match import AliasTable
from diplonews.preannotate.normalize import normalize

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

RESOURCE_FILES = ("gazetteer.json", "cues.json", "kb.jsonl")
# Modules of this package that do not take part in a prediction: every other module's code is part of the model
# version, so a new rules module counts without being listed.
NOT_MODEL_CODE = frozenset({"__init__.py", "cli.py", "evaluate.py", "kb_build.py", "outofcorpus.py", "report.py"})
MODEL_NAME = "gazetteer"
MODEL_RELEASE = "0.2.0"


@dataclass(frozen=True)
class Actor:
    """One gazetteer entry: a real-world entity with its type and (when sure) Wikidata QID."""

    key: str
    type: str
    qid: str | None
    role_hint: str | None


@dataclass(frozen=True)
class Cue:
    """One trigger cue: event type, mode and how its arguments are guessed."""

    type: str
    mode: str | None
    args: str


@dataclass(frozen=True)
class Lexicon:
    """Normalised alias tables ready for matching."""

    names: dict[str, tuple[Actor, str]]  # normalised alias -> (actor, level NAM|NOM)
    cues: dict[str, Cue]  # normalised trigger form -> cue
    title_words: frozenset[str]
    negators: frozenset[str]
    # Built once here (indexing ~2,000 aliases per call cost more than matching a sentence).
    name_table: AliasTable[tuple[Actor, str]]
    cue_table: AliasTable[Cue]
    verbs: frozenset[str]  # one-word cue forms: a name ends before them


def _read(name: str) -> tuple[bytes, dict[str, Any]]:
    path = resources.files("diplonews") / "resources" / name
    try:
        raw = path.read_bytes()
        return raw, json.loads(raw.decode("utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"diplonews/resources/{name}: cannot read the pre-annotation resource ({exc})") from exc


def _add_kb(names: dict[str, tuple[Actor, str]]) -> None:
    """KB labels as NAM aliases; the gazetteer's own entry wins, and a QID it has keeps its actor (one entity)."""
    from diplonews.preannotate.kb import kb_aliases

    by_qid = {actor.qid: actor for actor, _ in names.values() if actor.qid}
    for key, entry in kb_aliases().items():
        if key not in names:
            actor = by_qid.get(entry.qid) or Actor(entry.qid, entry.type, entry.qid, entry.role_hint)
            names[key] = (actor, "NAM")


def model_files() -> list[Traversable]:
    """The files a prediction depends on: the resource files, then the package's rule code by name."""
    code = resources.files("diplonews.preannotate")
    modules = sorted(
        (f for f in code.iterdir() if f.name.endswith(".py") and f.name not in NOT_MODEL_CODE), key=lambda f: f.name
    )
    return [resources.files("diplonews") / "resources" / name for name in RESOURCE_FILES] + modules


def model_version() -> str:
    """``gazetteer-<release>+<first 8 hex of sha256 over model_files()>``: changes whenever the data or the rules
    do, so predictions made by different rules never share a version in Label Studio. Line ends are read as
    ``\\n`` (a checkout that writes CRLF gives the same version)."""
    digest = hashlib.sha256()
    for file in model_files():
        digest.update(file.read_bytes().replace(b"\r\n", b"\n"))
    return f"{MODEL_NAME}-{MODEL_RELEASE}+{digest.hexdigest()[:8]}"


@cache
def gazetteer_aliases() -> frozenset[str]:
    """The normalised names the gazetteer lists itself (not the KB's generated spellings)."""
    _, gaz = _read("gazetteer.json")
    return frozenset(normalize(alias) for entry in gaz["entities"] for alias in entry.get("names", ()))


@cache
def lexicon() -> Lexicon:
    """Parse both resources once; an alias listed twice for different entities is an error."""
    _, gaz = _read("gazetteer.json")
    _, cue_data = _read("cues.json")
    names: dict[str, tuple[Actor, str]] = {}
    for entry in gaz["entities"]:
        actor = Actor(entry["key"], entry["type"], entry.get("qid"), entry.get("role_hint"))
        for level, field in (("NAM", "names"), ("NOM", "nominals")):
            for alias in entry.get(field, ()):
                key = normalize(alias)
                if key in names and names[key][0] != actor:
                    raise InputError(
                        f"diplonews/resources/gazetteer.json: alias {alias!r} belongs to both "
                        f"{names[key][0].key} and {actor.key}; keep it under one entry"
                    )
                names[key] = (actor, level)
    _add_kb(names)
    cues: dict[str, Cue] = {}
    for entry in cue_data["cues"]:
        cue = Cue(entry["type"], entry.get("mode"), entry["args"])
        for form in entry["forms"]:
            cues.setdefault(normalize(form), cue)
    return Lexicon(
        names=names,
        cues=cues,
        name_table=AliasTable(names),
        cue_table=AliasTable(cues),
        verbs=frozenset(k for k in cues if " " not in k),
        title_words=frozenset(normalize(w) for w in cue_data["title_words"]),
        negators=frozenset(normalize(w) for w in cue_data["negators"]),
    )
