"""What a release's data holds, counted from the released documents, for the card's claims about it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from diplonews.schema import Inventory


@dataclass
class DataFacts:
    """Counts over the released gold documents and their article metadata (``add`` one document at a time)."""

    inv: Inventory
    documents: int = 0
    years: Counter[str] = field(default_factory=Counter)  # publication year -> documents
    undated: list[str] = field(default_factory=list)
    outlets: Counter[str] = field(default_factory=Counter)
    named: int = 0  # entities of a linkable type with a mention at a proper-name level
    linked: int = 0  # ... of them with a Wikidata QID
    nil: int = 0  # ... of them marked NIL (no QID confirmed against a cited source)
    entity_types: Counter[str] = field(default_factory=Counter)
    mentions: int = 0
    events: int = 0
    stances: int = 0

    def add(self, doc: Mapping[str, Any], article: Mapping[str, Any]) -> None:
        """Count one released gold document and its article record."""
        self.documents += 1
        published = article.get("published")
        if isinstance(published, str) and published[:4].isdigit():
            self.years[published[:4]] += 1
        else:
            self.undated.append(str(doc["doc_id"]))
        self.outlets[str(article.get("outlet") or "not stated")] += 1
        proper = self.inv.proper_name_levels
        linkable = self.inv.linkable_types
        named_ids = {m["entity"] for m in doc.get("mentions", []) if m["level"] in proper}
        for entity in doc.get("entities", []):
            self.entity_types[entity["type"]] += 1
            if entity["id"] in named_ids and entity["type"] in linkable:
                self.named += 1
                kb = entity.get("kb") or ""
                self.linked += kb.startswith("Q")
                self.nil += kb.startswith("NIL")
        self.mentions += len(doc.get("mentions", []))
        self.events += len(doc.get("events", []))
        self.stances += len(doc.get("stances", []))

    def markdown(self) -> str:
        """The card's block of facts: sizes, dates, outlets and Wikidata coverage, each counted here."""
        years = sorted(self.years)
        span = (f"{years[0]}–{years[-1]}" if years[0] != years[-1] else years[0]) if years else "none stated"
        dated = self.documents - len(self.undated)
        undated = ", ".join(f"`{d}`" for d in self.undated)
        lines = [
            f"- **Size:** {self.documents} documents; {self.mentions} mentions of "
            f"{sum(self.entity_types.values())} entities, {self.events} events, {self.stances} stances.",
            f"- **Publication dates:** {dated} of {self.documents} documents carry a date, from {span}"
            + (f"; {len(self.undated)} state none ({undated})." if self.undated else "."),
            "- **Outlets:** " + ", ".join(f"{name} ({n})" for name, n in sorted(self.outlets.items())) + ".",
            f"- **Wikidata links:** {self.linked} of {self.named} named entities (of a linkable type, with a mention "
            f"at a proper-name level) carry a QID ({_share(self.linked, self.named)}); {self.nil} are marked `NIL…` "
            "and the rest are unlinked. `NIL` means that no QID was confirmed against a cited public source "
            "(`kb/README.md`), not that Wikidata lacks the entity. `NIL` ids and entity ids (`E1`…) are local to "
            "their document: the same id in two documents does not mean the same entity.",
        ]
        return "\n".join(lines) + "\n"


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f} %" if whole else "n/a"
