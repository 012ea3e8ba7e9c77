"""Gold documents from accepted item versions: ids renumbered in text order, entities merged by kb or cluster."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from diplonews.schema import AUTHOR, load_inventory

GOLD = "gold"
Version = dict[str, Any]


@dataclass
class _Mentions:
    """The gold entities and mentions, and how accepted versions refer to them."""

    entities: list[dict[str, Any]] = field(default_factory=list)
    mentions: list[dict[str, Any]] = field(default_factory=list)
    by_cluster: dict[str, str] = field(default_factory=dict)  # entity cluster key -> gold entity id
    by_span: dict[tuple[int, int], str] = field(default_factory=dict)  # (start, end) -> gold mention id
    nil: int = 0  # NIL ids handed out so far

    def entity(self, version: Version) -> str:
        """The gold entity id of a mention version, creating the entity at its first mention."""
        kb = version.get("kb")
        linked = isinstance(kb, str) and kb.startswith("Q")
        cluster = str(version.get("cluster") or (kb if linked else f"text:{version['text']}"))
        if cluster not in self.by_cluster:
            entity: dict[str, Any] = {"id": f"E{len(self.entities) + 1}", "type": version["type"]}
            if linked:
                entity["kb"] = kb
            elif kb is not None:
                self.nil += 1
                entity["kb"] = f"NIL{self.nil}"
            self.entities.append(entity)
            self.by_cluster[cluster] = entity["id"]
        return self.by_cluster[cluster]


def _of_kind(accepted: Mapping[str, tuple[str, Version]], kind: str) -> Iterable[Version]:
    return (v for k, v in accepted.values() if k == kind)


def _mentions(text: str, versions: Iterable[Version], notes: list[str]) -> _Mentions:
    """Gold entities and mentions in text order; a version that does not slice the text is left out."""
    out = _Mentions()
    for v in sorted(versions, key=lambda v: (v["start"], v["end"])):
        if text[v["start"] : v["end"]] != v["text"]:
            notes.append(f"mention {v['start']}-{v['end']} {v['text']!r} does not match the text; left out")
            continue
        mention = {
            "id": f"M{len(out.mentions) + 1}",
            "entity": out.entity(v),
            "start": v["start"],
            "end": v["end"],
            "text": v["text"],
            "level": v["level"],
        }
        mention.update({k: v[k] for k in ("role", "proclitic") if k in v})
        out.mentions.append(mention)
        out.by_span[(v["start"], v["end"])] = mention["id"]
    return out


def _events(versions: Iterable[Version], by_span: Mapping[tuple[int, int], str], notes: list[str]) -> list[Any]:
    """Gold events in trigger order; an argument whose filler is not a gold mention is left out."""
    events: list[dict[str, Any]] = []
    for v in sorted(versions, key=lambda v: (v["trigger"]["start"], v["trigger"]["end"], v["type"])):
        args = []
        for a in v.get("arguments", []):
            ref = by_span.get((a["start"], a["end"]))
            if ref is None:
                notes.append(
                    f"event {v['trigger']['text']!r}: {a['role']} filler {a['text']!r} is not a gold mention;"
                    " argument left out"
                )
            else:
                args.append({"role": a["role"], "ref": ref})
        event: dict[str, Any] = {"id": f"V{len(events) + 1}", "type": v["type"]}
        if "mode" in v:
            event["mode"] = v["mode"]
        event.update(
            {"trigger": dict(v["trigger"]), "arguments": args, "polarity": v["polarity"], "realis": v["realis"]}
        )
        if "proposition" in v:
            event["proposition"] = v["proposition"]
        events.append(event)
    return events


def _stances(
    versions: Iterable[Version], by_cluster: Mapping[str, str], propositions: Collection[str], notes: list[str]
) -> list[Any]:
    """Gold stances in evidence order; holders and targets mapped to gold entities (AUTHOR and propositions kept)."""
    stances: list[dict[str, Any]] = []
    for v in sorted(versions, key=lambda v: (v["evidence"]["start"], v["holder"], v["target"])):
        holder = v["holder"] if v["holder"] == AUTHOR else by_cluster.get(v["holder"])
        target = v["target"] if v["target"] in propositions else by_cluster.get(v["target"])
        if holder is None or target is None:
            notes.append(f"stance {v['holder']} -> {v['target']}: holder or target is not a gold entity; left out")
            continue
        stances.append(
            {
                "id": f"S{len(stances) + 1}",
                "holder": holder,
                "target": target,
                "label": v["label"],
                "evidence": dict(v["evidence"]),
            }
        )
    return stances


def build_gold(
    template: Mapping[str, Any], accepted: Mapping[str, tuple[str, Version]], notes: list[str]
) -> dict[str, Any]:
    """A gold document from accepted versions: ids renumbered in text order, entities merged by kb or cluster."""
    text: str = template["text"]
    found = _mentions(text, _of_kind(accepted, "mention"), notes)
    propositions = frozenset(load_inventory().names("propositions"))
    return {
        "doc_id": template["doc_id"],
        "annotator": GOLD,
        "schema_version": template["schema_version"],
        "status": "complete",
        "text_sha256": template["text_sha256"],
        "text": text,
        "entities": found.entities,
        "mentions": found.mentions,
        "events": _events(_of_kind(accepted, "event"), found.by_span, notes),
        "stances": _stances(_of_kind(accepted, "stance"), found.by_cluster, propositions, notes),
    }
