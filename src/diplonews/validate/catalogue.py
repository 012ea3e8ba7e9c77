"""The catalogue of validator rules: stable kebab-case ids, their level, severity, and how to fix each.

``rules_markdown`` renders it as the rule tables of ``docs/checks.md`` (a projection of ``diplonews.drift``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from diplonews.schema import Inventory


@dataclass(frozen=True)
class Rule:
    """One rule: what it checks and how a finding of it is fixed (``docs/checks.md`` lists every one).

    ``checks`` and ``fix`` may name labels only through ``{placeholders}`` that ``label_words`` fills from
    ``schema/labels.json``. ``tree``: the rule needs a walked annotation tree or several documents, so its
    fixture under ``tests/cases/invalid/`` is a folder.
    """

    id: str
    level: int
    severity: Literal["error", "warning"]
    checks: str
    fix: str
    tree: bool = False

    def describe(self, inv: Inventory) -> tuple[str, str]:
        """(what it checks, how to fix it) with the label names of ``inv`` filled in."""
        words = label_words(inv)
        return self.checks.format_map(words), self.fix.format_map(words)


def _either(names: list[str]) -> str:
    return " or ".join(names)


def label_words(inv: Inventory) -> dict[str, str]:
    """The label names the rule texts mention, as they read in a sentence."""
    entity_types = inv.names("entity_types")
    levels = inv.names("mention_levels")
    return {
        "stance_holders": ", ".join(inv.stance_holder_types),
        "mention_roles": "/".join(inv.names("mention_roles")),
        "role_bearing": _either([t for t in entity_types if t in inv.role_bearing_types]),
        "not_linkable": _either([e.name for e in inv.entity_types if not e.linkable]),
        "antecedent_levels": _either([x for x in levels if x in inv.antecedent_levels]),
        "other_levels": _either([x for x in levels if x not in inv.antecedent_levels]),
        "proclitics": " ".join(p for p in inv.names("proclitics") if len(p) == 1),
        "agent_roles": _either(sorted(agent_roles(inv))),
        "state_types": _either([t for t in inv.stance_holder_types if t in inv.role_bearing_types]),
    }


def agent_roles(inv: Inventory) -> frozenset[str]:
    """The roles of the one who acts: those every event type names among its required role sets.

    Derived, not typed: a role that every kind of event needs in one form or another is its agent.
    """
    per_type = [frozenset(r for group in e.required_any_of for r in group) for e in inv.event_types]
    return frozenset.intersection(*per_type) if per_type else frozenset()


_E: Literal["error"] = "error"
_W: Literal["warning"] = "warning"

# Level 1: file format. 2: text and offsets. 3: references and constraints inside one document.
# 4: the corpus as a whole (across documents and annotators). Order here is the order of docs/checks.md.
_ALL = (
    Rule("json-unreadable", 1, _E, "the file is UTF-8 JSON", "fix the syntax error at the line and column given"),
    Rule(
        "schema-invalid",
        1,
        _E,
        "the document matches schema/document.schema.json "
        "(types, required fields, closed label sets, id and kb formats)",
        "change the value at the JSON path as the message says; labels are listed in docs/guidelines.md",
    ),
    Rule(
        "doc-id-file-mismatch",
        1,
        _E,
        "in an annotation tree, `doc_id` equals the file name (`<annotator>/<doc_id>.json`)",
        "rename the file or correct `doc_id`",
        tree=True,
    ),
    Rule(
        "annotator-folder-mismatch",
        1,
        _E,
        "in an annotation tree, `annotator` equals the folder name",
        "move the file to the annotator's folder or correct `annotator`",
        tree=True,
    ),
    Rule("text-not-nfc", 2, _E, "the text is NFC with `\\n` line endings", "copy the text from corpus/articles.jsonl"),
    Rule(
        "sha256-mismatch",
        2,
        _E,
        "`text_sha256` is the sha256 of the document's text",
        "set `text_sha256` to the article record's `text_sha256`",
    ),
    Rule(
        "doc-not-in-corpus",
        2,
        _E,
        "the `doc_id` has a record in the corpus",
        "use a doc_id from corpus/articles.jsonl (or pass the right --corpus)",
    ),
    Rule(
        "text-mismatch",
        2,
        _E,
        "the document's text equals the corpus record's text",
        "copy the text from the corpus and recompute offsets by code (diplonews materialize)",
    ),
    Rule(
        "span-out-of-range",
        2,
        _E,
        "every span has 0 <= start < end <= len(text)",
        "recompute the offsets from the text by code",
    ),
    Rule(
        "span-text-mismatch",
        2,
        _E,
        "`text[start:end]` equals the span's `text`",
        "recompute start/end from the text by code; the message shows where the span text occurs",
    ),
    Rule(
        "span-whitespace",
        2,
        _E,
        "no span starts or ends with whitespace",
        "move start/end inward past the spaces",
    ),
    Rule(
        "mention-spans-cross",
        2,
        _E,
        "two mentions may nest or be disjoint but never cross",
        "shorten one of the two mentions so that one contains the other or they do not overlap",
    ),
    Rule("duplicate-id", 3, _E, "ids are unique within their list", "renumber one of the two objects"),
    Rule(
        "mention-fields-unset",
        3,
        _W,
        "a mention pulled from Label Studio had its entity id and level set there (`unset` lists the fields left "
        "empty, for which the pull put a new entity of its own or the default level)",
        "in Label Studio select the mention, type its entity id (the same as the entity's other mentions) and pick "
        "its level, Update, and pull again; or set them in the file and delete `unset`",
    ),
    Rule(
        "mention-entity-unresolved",
        3,
        _E,
        "every mention's `entity` is an entity of the document",
        "add the entity or point the mention at an existing one",
    ),
    Rule(
        "argument-ref-unresolved",
        3,
        _E,
        "every argument's `ref` is a mention of the document",
        "point the argument at an existing mention id",
    ),
    Rule(
        "stance-holder-unresolved",
        3,
        _E,
        "a stance holder is an entity of the document or AUTHOR",
        "use an existing entity id or AUTHOR",
    ),
    Rule(
        "stance-holder-type",
        3,
        _E,
        "a stance holder entity is of a type that may hold a stance (`holds_stance`: {stance_holders})",
        "make the speaker (not the place or date) the holder",
    ),
    Rule(
        "stance-target-unresolved",
        3,
        _E,
        "a stance target is an entity of the document or a registered proposition",
        "use an existing entity id or a P: id from schema/labels.json",
    ),
    Rule(
        "stance-self-target", 3, _E, "a holder never takes a stance on itself", "change the target or drop the stance"
    ),
    Rule(
        "event-mode-not-allowed",
        3,
        _E,
        "the event's `mode` is one of its type's modes",
        "choose a mode listed for the type in docs/guidelines.md, or drop `mode`",
    ),
    Rule(
        "event-role-not-allowed",
        3,
        _E,
        "every argument role is allowed for the event type",
        "use a role listed for the type, or change the event type",
    ),
    Rule(
        "event-required-role-missing",
        3,
        _E,
        "the arguments include one of the type's `required_any_of` role sets",
        "add the arguments of one of the role sets the type requires (docs/guidelines.md lists them)",
    ),
    Rule(
        "argument-filler-type",
        3,
        _E,
        "an argument's mention belongs to an entity of a type the role allows",
        "choose another mention, another role, or fix the entity type",
    ),
    Rule(
        "argument-duplicate",
        3,
        _E,
        "an event does not list the same (role, mention) twice",
        "delete the repeated argument",
    ),
    Rule(
        "proclitic-mismatch",
        3,
        _E,
        "a mention's `proclitic` equals the text right before the span and begins its word",
        "set `proclitic` to the letters before the span, or remove it",
    ),
    Rule(
        "proclitic-missing",
        3,
        _E,
        "a mention that starts after an attached proclitic ({proclitics} ...) records it in `proclitic`",
        'add "proclitic" with the letters before the span',
    ),
    Rule(
        "proclitic-inside-span",
        3,
        _W,
        "a span that begins with a proclitic letter followed by the text of another mention of the document",
        "if the letter is a proclitic, start the span after it and record it; names like بوتين keep their letter",
    ),
    Rule(
        "mention-cuts-word",
        3,
        _W,
        "a mention starts and ends at word boundaries (apart from a recorded proclitic)",
        "extend the span to the whole word, or confirm the cut is intended",
    ),
    Rule(
        "role-not-gpe",
        3,
        _E,
        "a mention `role` ({mention_roles}) appears only on {role_bearing} mentions",
        "remove `role`",
    ),
    Rule(
        "duplicate-span",
        3,
        _E,
        "no two mentions of the same type, or identical stances, share one span",
        "delete the duplicate",
    ),
    Rule(
        "event-duplicate-trigger",
        3,
        _E,
        "no two events share one trigger (same offsets) and one type: one event is annotated once",
        "merge the two events: keep one, move the other's arguments to it, and delete the other",
    ),
    Rule(
        "stance-label-conflict",
        3,
        _E,
        "a holder has one label per target in a document: two stances with the same holder and target "
        "never differ in label (agreement compares one label per (holder, target) unit of a document)",
        "decide the holder's position toward the target in this document and give every such stance that label, "
        "or, if the stances are about different things, make the target precise (a proposition)",
    ),
    Rule(
        "stance-holder-speaker",
        3,
        _W,
        "a stance whose holder is not a state ({state_types}) but the speaker of the sentence (the {agent_roles} "
        "of an event whose trigger is in the evidence's sentence, outside it), while the evidence does not name "
        "the holder and does name a {state_types} entity as the {agent_roles} of an event whose trigger lies "
        "inside it (e.g. the leader said that his country will do something)",
        "the holder is the owner of the position (docs/guidelines.md, Stances): if the state is the one taking "
        "the position, make it the holder; if the speaker demands or hopes for the state's act, keep the speaker",
    ),
    Rule("entity-without-mention", 3, _E, "every entity has at least one mention", "add a mention or delete it"),
    Rule(
        "kb-not-linkable",
        3,
        _E,
        "`kb` appears only on linkable entity types (not {not_linkable})",
        "remove `kb`",
    ),
    Rule(
        "kb-shared",
        3,
        _E,
        "two entities of one document never share a `kb` id (one cluster per real-world thing)",
        "merge the two entities: point every mention at one of them",
    ),
    Rule(
        "kb-type-mismatch",
        3,
        _W,
        "an entity linked to a QID of the knowledge base (kb/entities.jsonl) has the type the KB gives that QID",
        "check the QID (a country linked where its leader was meant, or the reverse) or the entity type; if the KB "
        "row is wrong, fix kb/sources/ and rebuild it (kb/README.md)",
    ),
    Rule(
        "pro-without-antecedent",
        3,
        _E,
        "a {antecedent_levels} mention's entity also has a {other_levels} mention",
        "annotate the name or description the pronoun refers to, or drop the {antecedent_levels} mention",
    ),
    Rule(
        "qid-type-conflict",
        4,
        _E,
        "one Wikidata QID has one entity type across the whole corpus",
        "give every entity linked to this QID the same type (or fix the QID)",
        tree=True,
    ),
    Rule(
        "surface-form-type-conflict",
        4,
        _W,
        "the same mention text is labelled with one entity type across documents",
        "check that the types differ on purpose (e.g. metonymy) and are not a slip",
        tree=True,
    ),
    Rule(
        "annotator-text-mismatch",
        4,
        _E,
        "every annotator's copy of a document has the same text",
        "re-create the odd copy from the corpus text",
        tree=True,
    ),
    Rule(
        "duplicate-document",
        4,
        _E,
        "an annotator has one file per document",
        "delete or merge the extra file",
        tree=True,
    ),
)

RULES: dict[str, Rule] = {rule.id: rule for rule in _ALL}

# The heading of each level's table in docs/checks.md.
LEVELS = {
    1: "file format and JSON Schema",
    2: "text and offsets",
    3: "references and label constraints (one document)",
    4: "corpus and annotators (all documents of a run)",
}


def _fixture(rule: Rule) -> str:
    name = f"invalid/{rule.id}/" if rule.tree else f"invalid/{rule.id}.json"
    return f"[`{name}`](../tests/cases/{name})"


def rules_markdown(inv: Inventory) -> str:
    """The rule tables of ``docs/checks.md``, one per level: id, level, severity, what, fix, fixture."""
    out: list[str] = []
    for level, title in LEVELS.items():
        out += [
            f"### Level {level}: {title}",
            "",
            "| rule id | level | severity | what it checks | how to fix | fixture |",
            "|---|---|---|---|---|---|",
        ]
        for rule in _ALL:
            if rule.level == level:
                checks, fix = rule.describe(inv)
                out.append(f"| `{rule.id}` | L{level} | {rule.severity} | {checks} | {fix} | {_fixture(rule)} |")
        out.append("")
    return "\n".join(out[:-1]) + "\n"
