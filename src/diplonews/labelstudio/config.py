"""The Label Studio labeling config (XML), generated from the label inventory."""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from diplonews.errors import SchemaError
from diplonews.schema import Inventory, load_inventory

CONFIG_FILE = "schema/labelstudio.xml"
# Control and object names: the contract between the config and diplonews.labelstudio.convert.
TEXT = "text"
MENTION = "mention"
TRIGGER = "trigger"
STANCE = "stance"
ENTITY_ID = "entity"
KB = "kb"
LEVEL = "level"
MENTION_ROLE = "mention_role"
PROCLITIC = "proclitic"
MODE_PREFIX = "mode_"
POLARITY = "polarity"
REALIS = "realis"
PROPOSITION = "proposition"
HOLDER = "holder"
TARGET = "target"
UNMENTIONED = "unmentioned_entities"
# Per-region choices filled from each task's data: the document's entities known from its pre-annotation.
KNOWN = "known_entity"
KNOWN_DATA = "known_entities"
# Span text is laid out right to left; plaintext bidi keeps Latin runs and digits in logical order.
RTL_STYLE = "direction: rtl; text-align: right; unicode-bidi: plaintext; font-size: 1.25em; line-height: 2"


def _attrs(**attrs: str | None) -> str:
    return "".join(f" {key}={quoteattr(value)}" for key, value in attrs.items() if value is not None)


def _choices(name: str, values: list[str], indent: str, hint: str) -> list[str]:
    lines = [f'{indent}<Header value={quoteattr(hint)} size="6"/>']
    lines.append(f'{indent}<Choices name="{name}" toName="{TEXT}" perRegion="true" choice="single" showInline="true">')
    lines += [f"{indent}  <Choice{_attrs(value=v)}/>" for v in values]
    lines.append(f"{indent}</Choices>")
    return lines


def _textarea(name: str, indent: str, hint: str) -> list[str]:
    return [
        f'{indent}<Header value={quoteattr(hint)} size="6"/>',
        f'{indent}<TextArea name="{name}" toName="{TEXT}" perRegion="true" editable="true" maxSubmissions="1"'
        ' rows="1"/>',
    ]


def _when(labels: list[str]) -> str:
    return f'visibleWhen="region-selected" whenLabelValue={quoteattr(",".join(labels))}'


def _known_entities(indent: str) -> list[str]:
    """Choices whose options come from the task's ``known_entities`` (none when the task has no pre-annotation):
    picking one gives the mention that entity id and QID without typing them.

    The entity id and QID boxes stay in the region panel: Label Studio 1.23 can show per-region text boxes in the
    Regions list (displayMode="region-list"), but selecting a region then puts the keyboard focus in its first box,
    so label hotkeys and Alt+R type into it, and the boxes show under triggers and stance evidence too.
    """
    hint = "Or pick a known entity of this document (from its pre-annotation): id, type, QID, a mention"
    return [
        f'{indent}<Header value={quoteattr(hint)} size="6"/>',
        f'{indent}<Choices name="{KNOWN}" toName="{TEXT}" perRegion="true" choice="single" value="${KNOWN_DATA}"/>',
    ]


def _mention_roles(inv: Inventory) -> list[str]:
    """The mention-role choices, shown only for the entity types a role applies to (``entity_types``)."""
    types = [t for t in inv.names("entity_types") if t in inv.role_bearing_types]
    if not types:
        return []
    hint = f"Role of a {'/'.join(types)} mention"
    return [f"  <View {_when(types)}>", *_choices(MENTION_ROLE, inv.names("mention_roles"), "    ", hint), "  </View>"]


def labeling_config(inv: Inventory | None = None) -> str:
    """The labeling config XML: mention, trigger and stance spans, argument relations, per-region attributes."""
    inv = inv or load_inventory()
    entities, events, stances = inv.names("entity_types"), inv.names("event_types"), inv.names("stance_labels")
    # Per-region panels are chosen by the selected region's label, so the three label sets must be disjoint.
    clash = (set(entities) & set(events)) | (set(entities) & set(stances)) | (set(events) & set(stances))
    if clash:
        raise SchemaError(f"schema/labels.json: {sorted(clash)} name both a span label and another span label")
    out = [f"<!-- Generated from schema/labels.json version {inv.version}; do not edit by hand. -->", "<View>"]
    for name, labels, header in (
        (MENTION, inv.entity_types, "Mentions (entity type)"),
        (TRIGGER, inv.event_types, "Event triggers (event type)"),
        (STANCE, inv.stance_labels, "Stance evidence (stance label)"),
    ):
        out.append(f'  <Header{_attrs(value=header)} size="5"/>')
        out.append(f'  <Labels name="{name}" toName="{TEXT}" showInline="true">')
        out += [
            f"    <Label{_attrs(value=lab.name, background=lab.color, hotkey=lab.hotkey, hint=lab.gloss)}/>"
            for lab in labels
        ]
        out.append("  </Labels>")
    out.append(f"  <View{_attrs(style=RTL_STYLE)}>")
    out.append(f'    <Text name="{TEXT}" value="${TEXT}" granularity="symbol"/>')
    out.append("  </View>")
    out.append('  <Relations choice="single">')
    out += [f"    <Relation{_attrs(value=role.name, background=role.color, hint=role.gloss)}/>" for role in inv.roles]
    out.append("  </Relations>")
    out.append(f"  <View {_when(entities)}>")
    out += _textarea(ENTITY_ID, "    ", "Entity id (E1, E2, ...): the same id for every mention of one entity")
    out += _textarea(KB, "    ", "Wikidata QID (Q7747) or NIL1, NIL2, ...")
    out += _known_entities("    ")
    out += _choices(LEVEL, inv.names("mention_levels"), "    ", "Mention level")
    # Every mention type may follow a proclitic (the validator asks for it on any of them), so this stays here.
    out += _choices(PROCLITIC, inv.names("proclitics"), "    ", "Proclitic left out of the span")
    out.append("  </View>")
    out += _mention_roles(inv)
    for event in inv.event_types:
        out.append(f"  <View {_when([event.name])}>")
        out += _choices(MODE_PREFIX + event.name, [m.name for m in event.modes], "    ", f"{event.name} mode")
        out.append("  </View>")
    out.append(f"  <View {_when(events)}>")
    out += _choices(POLARITY, inv.names("polarity"), "    ", "Polarity")
    out += _choices(REALIS, inv.names("realis"), "    ", "Realis")
    out += _choices(PROPOSITION, inv.names("propositions"), "    ", "Proposition the event is about")
    out.append("  </View>")
    out.append(f"  <View {_when(stances)}>")
    out += _textarea(HOLDER, "    ", "Stance holder: an entity id (E1) or AUTHOR")
    out += _textarea(TARGET, "    ", "Stance target: an entity id (E3) or a proposition (P:...)")
    out.append("  </View>")
    out.append(
        f'  <Header{_attrs(value="Entities without a mention (rare): one per line, e.g. E7 GPE Q212")} size="6"/>'
    )
    out.append(f'  <TextArea name="{UNMENTIONED}" toName="{TEXT}" editable="true" rows="2"/>')
    out.append("</View>")
    return "\n".join(out) + "\n"
