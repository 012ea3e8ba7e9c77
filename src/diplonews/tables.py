"""Markdown tables of the label inventory, for the guidelines and the dataset card."""

from __future__ import annotations

from diplonews.schema import Inventory, Label


def _escape(cell: str) -> str:
    return cell.replace("|", "\\|")


def _table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(_escape(c) for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def _simple(title: str, labels: tuple[Label, ...]) -> str:
    rows = [[f"`{x.name}`", x.gloss, "، ".join(x.cues_ar)] for x in labels]
    return f"#### {title}\n\n" + _table(["label", "meaning", "Arabic cues"], rows)


def inventory_markdown(inv: Inventory) -> str:
    """Every label table, generated from ``schema/labels.json``: the text between GENERATED markers."""
    parts = [
        f"Label inventory version {inv.version}, generated from `schema/labels.json`.\n",
        "#### Entity types\n\n"
        + _table(
            ["type", "meaning", "Wikidata link", "Arabic examples"],
            [[f"`{e.name}`", e.gloss, "yes" if e.linkable else "no", "، ".join(e.cues_ar)] for e in inv.entity_types],
        ),
        _simple("Mention levels", inv.mention_levels),
        _simple("Mention roles (GPE only)", inv.mention_roles),
        "#### Event types\n\n"
        + _table(
            ["type", "meaning", "modes", "roles", "required (any one set)", "Arabic cues"],
            [
                [
                    f"`{e.name}`",
                    e.gloss,
                    ", ".join(m.name for m in e.modes),
                    ", ".join(e.roles),
                    " or ".join("+".join(g) for g in e.required_any_of) or "-",
                    "، ".join(e.cues_ar),
                ]
                for e in inv.event_types
            ],
        ),
        "#### Argument roles\n\n"
        + _table(["role", "meaning", "filled by"], [[f"`{r.name}`", r.gloss, ", ".join(r.fillers)] for r in inv.roles]),
        _simple("Event polarity", inv.polarity),
        _simple("Event realis", inv.realis),
        _simple("Stance labels", inv.stance_labels),
        _simple("Stance targets (propositions)", inv.propositions),
        "#### Proclitics\n\n" + _table(["proclitic", "meaning"], [[x.name, x.gloss] for x in inv.proclitics]),
    ]
    return "\n".join(parts)
