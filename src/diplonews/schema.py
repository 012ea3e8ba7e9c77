"""The label inventory (``schema/labels.json``) and the JSON Schemas generated from it."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from typing import Any, TypeGuard

from diplonews.errors import SchemaError

# A source checkout (or editable install) reads the top-level schema/ folder; a wheel ships a copy
# as diplonews/_schema (see pyproject's force-include), so both read the same file.
_CHECKOUT_SCHEMA = Path(__file__).resolve().parents[2] / "schema"

ARTICLE_SCHEMA_FILE = "article.schema.json"
DOCUMENT_SCHEMA_FILE = "document.schema.json"
QID_PATTERN = r"^(Q[1-9][0-9]*|NIL[0-9]+)$"
AUTHOR = "AUTHOR"
ID_PATTERNS = {"entity": r"^E[0-9]+$", "mention": r"^M[0-9]+$", "event": r"^V[0-9]+$", "stance": r"^S[0-9]+$"}
DOC_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"
# A doc_id becomes a file name (annotations/<annotator>/<doc_id>.json): keep it well inside name limits.
MAX_DOC_ID = 200
_DOC_ID = re.compile(DOC_ID_PATTERN)


def is_doc_id(value: object) -> TypeGuard[str]:
    """Whether ``value`` is a usable document id: the whole string matches DOC_ID_PATTERN, within MAX_DOC_ID."""
    return isinstance(value, str) and len(value) <= MAX_DOC_ID and _DOC_ID.fullmatch(value) is not None


ANNOTATOR_PATTERN = r"^[a-z][a-z0-9_-]*$"
# Folder names in an annotation tree that belong to adjudication, never to an annotator.
RESERVED_ANNOTATORS = frozenset({"gold"})
# The fields of an article record, in the order ingest writes them.
ARTICLE_FIELDS = (
    "doc_id",
    "title",
    "published",
    "outlet",
    "agency",
    "url",
    "language",
    "source_file",
    "source_lines",
    "normalization",
    "offset_unit",
    "text",
    "text_sha256",
)


# Set once by the command line's main() (``--schema-dir`` / DIPLONEWS_SCHEMA_DIR), e.g. to try a changed
# inventory in a copy of the checkout; None means the checkout's or the wheel's own schema/.
_SCHEMA_DIR_OVERRIDE: Path | None = None


def use_schema_dir(path: Path | None) -> None:
    """Read the inventory and the generated files from ``path`` (its parent is the project root)."""
    global _SCHEMA_DIR_OVERRIDE  # noqa: PLW0603 - the one configuration switch, set once by main()
    _SCHEMA_DIR_OVERRIDE = path.resolve() if path else None
    load_inventory.cache_clear()
    load_json_schema.cache_clear()


def schema_dir() -> Path:
    """The folder holding ``labels.json`` and the generated JSON Schemas."""
    if _SCHEMA_DIR_OVERRIDE is not None:
        return _SCHEMA_DIR_OVERRIDE
    if (_CHECKOUT_SCHEMA / "labels.json").is_file():
        return _CHECKOUT_SCHEMA
    return Path(str(resources.files("diplonews") / "_schema"))


@dataclass(frozen=True)
class Label:
    """One value of a closed inventory, with its English gloss and Arabic cue words."""

    name: str
    gloss: str
    cues_ar: tuple[str, ...] = ()
    color: str | None = None
    hotkey: str | None = None
    # The value a tool fills in when an annotator leaves the field unset (one per inventory that has one).
    default: bool = False
    # Label-dependent behaviour, declared in labels.json rather than typed into the code:
    # proper_name (a mention level that names its entity: the entity's display name, NER names),
    # needs_antecedent (a level whose entity must also be mentioned at another level: pronouns),
    # entity_types (the entity types a mention role applies to).
    proper_name: bool = False
    needs_antecedent: bool = False
    entity_types: tuple[str, ...] = ()


@dataclass(frozen=True)
class EntityType(Label):
    """An entity type; ``linkable`` types take a Wikidata QID; ``holds_stance`` types may hold a stance."""

    linkable: bool = True
    holds_stance: bool = False


@dataclass(frozen=True)
class Role(Label):
    """An argument role and the entity types that may fill it."""

    fillers: tuple[str, ...] = ()


@dataclass(frozen=True)
class EventType(Label):
    """An event type with its modes, allowed roles and required role sets (any one suffices)."""

    modes: tuple[Label, ...] = ()
    roles: tuple[str, ...] = ()
    required_any_of: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Inventory:
    """Every closed label set of the project, in the order that fixes ClassLabel ids.

    The derived sets (``proper_name_levels`` and the like) are made once per inventory: the release and the
    validator read them once per mention.
    """

    version: str
    entity_types: tuple[EntityType, ...]
    mention_levels: tuple[Label, ...]
    mention_roles: tuple[Label, ...]
    proclitics: tuple[Label, ...]
    roles: tuple[Role, ...]
    event_types: tuple[EventType, ...]
    polarity: tuple[Label, ...]
    realis: tuple[Label, ...]
    stance_labels: tuple[Label, ...]
    propositions: tuple[Label, ...]
    _by_event: dict[str, EventType] = field(default_factory=dict, compare=False, repr=False)

    def names(self, kind: str) -> list[str]:
        """The names of one inventory, e.g. ``names("entity_types")``."""
        return [item.name for item in getattr(self, kind)]

    def event(self, name: str) -> EventType:
        """The event type called ``name``; KeyError if there is none."""
        if not self._by_event:
            self._by_event.update({e.name: e for e in self.event_types})
        return self._by_event[name]

    @property
    def all_modes(self) -> list[str]:
        """Every mode name of every event type, first occurrence first."""
        seen: dict[str, None] = {}
        for event in self.event_types:
            for mode in event.modes:
                seen.setdefault(mode.name, None)
        return list(seen)

    def role(self, name: str) -> Role:
        """The role called ``name``."""
        return next(r for r in self.roles if r.name == name)

    def default(self, kind: str) -> str:
        """The default value of one inventory (``default: true`` in labels.json), e.g. ``default("realis")``."""
        labels: tuple[Label, ...] = getattr(self, kind)
        return next(item.name for item in labels if item.default)

    @property
    def defaults(self) -> dict[str, str]:
        """Field name -> default value for the mention and event fields a tool may leave unset."""
        return {"level": self.default("mention_levels"), **{k: self.default(k) for k in ("polarity", "realis")}}

    @cached_property
    def proper_name_levels(self) -> frozenset[str]:
        """Mention levels that name their entity (``proper_name: true``)."""
        return frozenset(x.name for x in self.mention_levels if x.proper_name)

    @cached_property
    def antecedent_levels(self) -> frozenset[str]:
        """Mention levels whose entity must also be mentioned at another level (``needs_antecedent: true``)."""
        return frozenset(x.name for x in self.mention_levels if x.needs_antecedent)

    @cached_property
    def linkable_types(self) -> frozenset[str]:
        """Entity types that take a Wikidata QID (``linkable``, true unless labels.json says false)."""
        return frozenset(e.name for e in self.entity_types if e.linkable)

    @cached_property
    def stance_holder_types(self) -> tuple[str, ...]:
        """Entity types that may hold a stance (``holds_stance: true``), in inventory order."""
        return tuple(e.name for e in self.entity_types if e.holds_stance)

    def mention_role_types(self) -> dict[str, frozenset[str]]:
        """Mention role -> the entity types it applies to."""
        return {r.name: frozenset(r.entity_types) for r in self.mention_roles}

    @cached_property
    def role_bearing_types(self) -> frozenset[str]:
        """Entity types that some mention role applies to."""
        return frozenset(t for r in self.mention_roles for t in r.entity_types)


def _label(raw: dict[str, Any], cls: type[Label] = Label, **extra: Any) -> Any:
    name = raw.get("name", raw.get("id"))
    if not isinstance(name, str) or not name:
        raise SchemaError(f"schema/labels.json: an entry has no name: {raw!r}")
    return cls(
        name=name,
        gloss=raw.get("gloss", ""),
        cues_ar=tuple(raw.get("cues_ar", ())),
        color=raw.get("color"),
        hotkey=raw.get("hotkey"),
        default=bool(raw.get("default", False)),
        proper_name=bool(raw.get("proper_name", False)),
        needs_antecedent=bool(raw.get("needs_antecedent", False)),
        entity_types=tuple(raw.get("entity_types", ())),
        **extra,
    )


def parse_inventory(raw: dict[str, Any]) -> Inventory:
    """Build an Inventory from the parsed ``labels.json`` and check it is self-consistent."""
    try:
        inv = Inventory(
            version=raw["version"],
            entity_types=tuple(
                _label(e, EntityType, linkable=bool(e.get("linkable", True)), holds_stance=bool(e.get("holds_stance")))
                for e in raw["entity_types"]
            ),
            mention_levels=tuple(_label(x) for x in raw["mention_levels"]),
            mention_roles=tuple(_label(x) for x in raw["mention_roles"]),
            proclitics=tuple(_label(x) for x in raw["proclitics"]),
            roles=tuple(_label(r, Role, fillers=tuple(r["fillers"])) for r in raw["roles"]),
            event_types=tuple(
                _label(
                    e,
                    EventType,
                    modes=tuple(_label(m) for m in e["modes"]),
                    roles=tuple(e["roles"]),
                    required_any_of=tuple(tuple(group) for group in e["required_any_of"]),
                )
                for e in raw["event_types"]
            ),
            polarity=tuple(_label(x) for x in raw["polarity"]),
            realis=tuple(_label(x) for x in raw["realis"]),
            stance_labels=tuple(_label(x) for x in raw["stance_labels"]),
            propositions=tuple(_label(x) for x in raw["propositions"]),
        )
    except KeyError as exc:
        raise SchemaError(f"schema/labels.json: missing key {exc}; see docs/guidelines.md for the layout") from exc
    _check_inventory(inv)
    return inv


def _check_inventory(inv: Inventory) -> None:
    entity_names = set(inv.names("entity_types"))
    role_names = set(inv.names("roles"))
    for kind in ("entity_types", "roles", "event_types", "stance_labels", "propositions", "proclitics"):
        names = inv.names(kind)
        if len(names) != len(set(names)):
            raise SchemaError(f"schema/labels.json::$.{kind}: duplicate names; each label must appear once")
    for role in inv.roles:
        unknown = set(role.fillers) - entity_names
        if unknown:
            raise SchemaError(f"schema/labels.json: role {role.name} allows unknown entity types {sorted(unknown)}")
    for event in inv.event_types:
        used = set(event.roles) | {r for group in event.required_any_of for r in group}
        if used - role_names:
            raise SchemaError(f"schema/labels.json: event {event.name} names unknown roles {sorted(used - role_names)}")
        if any(set(group) - set(event.roles) for group in event.required_any_of):
            raise SchemaError(f"schema/labels.json: event {event.name} requires a role it does not allow")
    for kind in ("mention_levels", "polarity", "realis"):
        if sum(item.default for item in getattr(inv, kind)) != 1:
            raise SchemaError(f'schema/labels.json::$.{kind}: mark exactly one value "default": true')
    if not inv.proper_name_levels:
        raise SchemaError('schema/labels.json::$.mention_levels: mark the level of proper names "proper_name": true')
    if not inv.stance_holder_types:
        raise SchemaError('schema/labels.json::$.entity_types: mark the types that hold stances "holds_stance": true')
    for m_role in inv.mention_roles:
        if not m_role.entity_types or set(m_role.entity_types) - entity_names:
            raise SchemaError(
                f'schema/labels.json::$.mention_roles: {m_role.name} needs "entity_types" naming known entity types'
            )
    if any(not p.name.startswith("P:") for p in inv.propositions):
        raise SchemaError("schema/labels.json::$.propositions: every proposition id starts with 'P:'")


@cache
def load_inventory(path: Path | None = None) -> Inventory:
    """Read and check the label inventory (cached; pass ``path`` to read another file)."""
    path = path or schema_dir() / "labels.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise SchemaError(f"{path}: cannot read the label inventory: {exc}") from exc
    return parse_inventory(raw)


def _span(extra: dict[str, Any] | None = None, required: tuple[str, ...] = ("start", "end", "text")) -> dict[str, Any]:
    props: dict[str, Any] = {
        "start": {"type": "integer", "minimum": 0, "description": "code point offset of the first character"},
        "end": {"type": "integer", "minimum": 1, "description": "code point offset after the last character"},
        "text": {"type": "string", "minLength": 1, "description": "text[start:end] of the frozen text"},
    }
    props.update(extra or {})
    return {"type": "object", "properties": props, "required": list(required), "additionalProperties": False}


def article_schema(inv: Inventory) -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of one record of ``corpus/articles.jsonl``."""
    nullable_str = {"type": ["string", "null"]}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://diplonews.invalid/schema/article.schema.json",
        "title": "diplonews article record",
        "description": f"Generated from schema/labels.json version {inv.version}; do not edit by hand.",
        "type": "object",
        "properties": {
            "doc_id": {"type": "string", "pattern": DOC_ID_PATTERN},
            "title": nullable_str,
            "published": {
                "type": ["string", "null"],
                "pattern": r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)?)?$",
                "description": "ISO-8601 at the precision the page states; null when it states none",
            },
            "outlet": nullable_str,
            "agency": nullable_str,
            "url": nullable_str,
            "language": {"const": "ar"},
            "source_file": {"type": "string"},
            "source_lines": {
                "type": "array",
                "items": {"type": "integer", "minimum": 1},
                "minItems": 2,
                "maxItems": 2,
            },
            "normalization": {"const": "NFC"},
            "offset_unit": {"const": "codepoint"},
            "text": {"type": "string", "minLength": 1},
            "text_sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
        },
        "required": list(ARTICLE_FIELDS),
        "additionalProperties": False,
    }


# The mention fields whose absence `labelstudio pull` records in a mention's ``unset`` (it fills them by default).
UNSET_FIELDS = ("entity", "level")
_COUNT = {"type": "integer", "minimum": 0}
# Written by `labelstudio pull` when an annotation started from pre-annotations (agreement reports it).
PREANNOTATION_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "the annotation started from a pre-annotation: span items it predicted, and of them how many "
    "the annotator kept unchanged and how many they changed (the rest were deleted)",
    "properties": {"model_version": {"type": "string"}, "predicted": _COUNT, "kept": _COUNT, "changed": _COUNT},
    "required": ["kept", "changed"],
    "additionalProperties": False,
}


def _object(properties: dict[str, Any], required: list[str]) -> dict[str, Any]:
    return {"type": "object", "properties": properties, "required": required, "additionalProperties": False}


_ENTITY_REF = {"type": "string", "pattern": ID_PATTERNS["entity"]}


def _layer_schemas(inv: Inventory) -> dict[str, dict[str, Any]]:
    """The item schema of each layer of a document: entities, mentions, events, stances."""
    enum = inv.names
    mention = _span(
        {
            "id": {"type": "string", "pattern": ID_PATTERNS["mention"]},
            "entity": _ENTITY_REF,
            "level": {"enum": enum("mention_levels")},
            "role": {"enum": enum("mention_roles")},
            "proclitic": {"enum": enum("proclitics")},
            # Written by `labelstudio pull`: the entity id or level was left unset, so a default stands in for it.
            "unset": {
                "type": "array",
                "items": {"enum": list(UNSET_FIELDS)},
                "minItems": 1,
                "uniqueItems": True,
                "description": "fields left unset in Label Studio; the pull filled them by default",
            },
        },
        required=("id", "entity", "start", "end", "text", "level"),
    )
    argument = _object(
        {"role": {"enum": enum("roles")}, "ref": {"type": "string", "pattern": ID_PATTERNS["mention"]}}, ["role", "ref"]
    )
    event = _object(
        {
            "id": {"type": "string", "pattern": ID_PATTERNS["event"]},
            "type": {"enum": enum("event_types")},
            "mode": {"enum": inv.all_modes},
            "trigger": _span(),
            "arguments": {"type": "array", "items": argument},
            "polarity": {"enum": enum("polarity")},
            "realis": {"enum": enum("realis")},
            "proposition": {"enum": enum("propositions")},
        },
        ["id", "type", "trigger", "arguments", "polarity", "realis"],
    )
    stance = _object(
        {
            "id": {"type": "string", "pattern": ID_PATTERNS["stance"]},
            "holder": {"anyOf": [_ENTITY_REF, {"const": AUTHOR}]},
            "target": {"anyOf": [_ENTITY_REF, {"enum": enum("propositions")}]},
            "label": {"enum": enum("stance_labels")},
            "evidence": _span(),
        },
        ["id", "holder", "target", "label", "evidence"],
    )
    entity = _object(
        {
            "id": {"type": "string", "pattern": ID_PATTERNS["entity"]},
            "type": {"enum": enum("entity_types")},
            "kb": {"type": "string", "pattern": QID_PATTERN},
        },
        ["id", "type"],
    )
    return {"entities": entity, "mentions": mention, "events": event, "stances": stance}


def document_schema(inv: Inventory) -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of one annotated document ``annotations/<annotator>/<doc_id>.json``."""
    properties: dict[str, Any] = {
        "doc_id": {"type": "string", "pattern": DOC_ID_PATTERN},
        "annotator": {"type": "string", "pattern": ANNOTATOR_PATTERN},
        "schema_version": {"const": inv.version},
        "status": {"enum": ["complete", "skipped"]},
        "text_sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
        "text": {"type": "string", "minLength": 1},
    }
    properties.update({layer: {"type": "array", "items": item} for layer, item in _layer_schemas(inv).items()})
    required = list(properties)
    properties["preannotation"] = PREANNOTATION_SCHEMA
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://diplonews.invalid/schema/document.schema.json",
        "title": "diplonews annotated document",
        "description": f"Generated from schema/labels.json version {inv.version}; do not edit by hand.",
        **_object(properties, required),
    }


def generated_files(inv: Inventory) -> dict[str, str]:
    """Every file under ``schema/`` generated from the inventory, name -> exact content."""

    def dump(obj: dict[str, Any]) -> str:
        return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"

    return {ARTICLE_SCHEMA_FILE: dump(article_schema(inv)), DOCUMENT_SCHEMA_FILE: dump(document_schema(inv))}


@cache
def load_json_schema(name: str) -> dict[str, Any]:
    """A generated JSON Schema, as committed under ``schema/``."""
    result: dict[str, Any] = json.loads((schema_dir() / name).read_text(encoding="utf-8"))
    return result
