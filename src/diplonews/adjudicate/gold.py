"""Gold documents from accepted item versions: ids renumbered in text order, entities merged by kb or cluster."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

GOLD = "gold"
Version = dict[str, Any]


def build_gold(
    template: Mapping[str, Any], accepted: Mapping[str, tuple[str, Version]], notes: list[str]
) -> dict[str, Any]:
    """A gold document from accepted versions: ids renumbered in text order, entities merged by kb or cluster."""
    text: str = template["text"]
    mentions_v = sorted((v for k, v in accepted.values() if k == "mention"), key=lambda v: (v["start"], v["end"]))
    entities: list[dict[str, Any]] = []
    by_cluster: dict[str, str] = {}
    mentions: list[dict[str, Any]] = []
    by_span: dict[tuple[int, int], str] = {}
    nil = 0
    for v in mentions_v:
        if text[v["start"] : v["end"]] != v["text"]:
            notes.append(f"mention {v['start']}-{v['end']} {v['text']!r} does not match the text; left out")
            continue
        kb = v.get("kb")
        cluster = v.get("cluster") or (kb if isinstance(kb, str) and kb.startswith("Q") else f"text:{v['text']}")
        if cluster not in by_cluster:
            entity: dict[str, Any] = {"id": f"E{len(entities) + 1}", "type": v["type"]}
            if isinstance(kb, str) and kb.startswith("Q"):
                entity["kb"] = kb
            elif kb is not None:
                nil += 1
                entity["kb"] = f"NIL{nil}"
            entities.append(entity)
            by_cluster[cluster] = entity["id"]
        mention = {
            "id": f"M{len(mentions) + 1}",
            "entity": by_cluster[cluster],
            "start": v["start"],
            "end": v["end"],
            "text": v["text"],
            "level": v["level"],
        }
        mention.update({k: v[k] for k in ("role", "proclitic") if k in v})
        mentions.append(mention)
        by_span[(v["start"], v["end"])] = mention["id"]
    events: list[dict[str, Any]] = []
    for v in sorted(
        (v for k, v in accepted.values() if k == "event"),
        key=lambda v: (v["trigger"]["start"], v["trigger"]["end"], v["type"]),
    ):
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
    stances: list[dict[str, Any]] = []
    for v in sorted(
        (v for k, v in accepted.values() if k == "stance"),
        key=lambda v: (v["evidence"]["start"], v["holder"], v["target"]),
    ):
        holder = v["holder"] if v["holder"] == "AUTHOR" else by_cluster.get(v["holder"])
        target = v["target"] if v["target"].startswith("P:") else by_cluster.get(v["target"])
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
    return {
        "doc_id": template["doc_id"],
        "annotator": GOLD,
        "schema_version": template["schema_version"],
        "status": "complete",
        "text_sha256": template["text_sha256"],
        "text": text,
        "entities": entities,
        "mentions": mentions,
        "events": events,
        "stances": stances,
    }
