"""Adjudication: what K annotators agree on goes into gold; every disagreement waits in a review file for a curator.

Items are compared annotator-independently: a mention by its offsets (type, kb, level, role, proclitic, cluster),
an event by its trigger offsets (type, mode, polarity, realis, proposition, arguments by filler offsets), a stance
by its (holder, target) unit (label only; the evidence comes from the first agreeing annotator). A review file
``<review_dir>/<doc_id>.json`` lists each disputed item with every annotator's version and a ``decision`` the
curator edits: an annotator's name (take that version; a missing version means "leave it out"), ``"reject"``, or
``{"custom": {...}}``. Decisions are applied on every run and never dropped; once applied, the decided version is
frozen in ``applied`` so later edits of an annotator's file cannot silently change it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from diplonews._io import atomic_write_text, dumps, read_json
from diplonews.adjudicate.gold import GOLD, build_gold
from diplonews.agreement.spans import entity_keys, normal_kb, stance_unit
from diplonews.errors import AnnotationsInvalidError, InputError

REVIEW_DIR = "_review"
REJECT = "reject"
_CONTEXT = 60
_INSTRUCTIONS = (
    "For each item set `decision` to an annotator's name (take that version; a null version leaves the item out),"
    ' "reject" (leave it out), or {"custom": {...}} (a version written by hand, shaped like the others);'
    " add a short `reason`. Then re-run `diplonews adjudicate`. Decisions are kept across runs."
)

Version = dict[str, Any]


def _comparable(kind: str, version: Version | None) -> str:
    """What must be equal for two versions to agree (a stance's evidence span may differ)."""
    if version is None:
        return "null"
    if kind == "stance":
        version = {k: v for k, v in version.items() if k != "evidence"}
    return json.dumps(version, sort_keys=True, ensure_ascii=False)


def _writable(obj: Any) -> None:
    """UnicodeEncodeError (a ValueError) when ``obj`` holds a lone surrogate, read from a ``\\ud800`` escape."""
    json.dumps(obj, ensure_ascii=False).encode("utf-8")


def _checked(span: Mapping[str, Any]) -> Mapping[str, Any]:
    """A mention, trigger or evidence span; ValueError unless its offsets are integers and its text a string."""
    start, end, text = span["start"], span["end"], span["text"]
    if type(start) is not int or type(end) is not int or not isinstance(text, str):
        raise ValueError(f"a span needs integer offsets and a text, got start={start!r}, end={end!r}, text={text!r}")
    return span


def _mentions(doc: Mapping[str, Any], keys: Mapping[str, str], out: dict[str, tuple[str, Version]]) -> None:
    """Mention versions by offsets: the entity's type, kb and cluster key travel with each mention."""
    entities = {e["id"]: e for e in doc.get("entities", [])}
    for m in doc.get("mentions", []):
        _checked(m)
        entity = entities.get(m["entity"], {})
        version: Version = {
            "start": m["start"],
            "end": m["end"],
            "text": m["text"],
            "type": entity.get("type"),
            "kb": normal_kb(entity.get("kb")),
            "cluster": keys.get(m["entity"]),
            "level": m["level"],
        }
        version.update({k: m[k] for k in ("role", "proclitic") if k in m})
        out[f"mention:{m['start']}-{m['end']}"] = ("mention", version)


def _events(doc: Mapping[str, Any], out: dict[str, tuple[str, Version]]) -> None:
    """Event versions by trigger offsets; arguments by their filler's offsets, so mention ids do not matter."""
    spans = {m["id"]: m for m in doc.get("mentions", [])}
    for v in doc.get("events", []):
        t = _checked(v["trigger"])
        if not isinstance(v["type"], str):
            raise ValueError(f"an event type is a string, got {v['type']!r}")
        args = sorted(
            (
                {"role": a["role"], **{k: spans[a["ref"]][k] for k in ("start", "end", "text")}}
                for a in v.get("arguments", [])
                if a.get("ref") in spans
            ),
            key=lambda a: (a["start"], a["end"], a["role"]),
        )
        version = {
            "trigger": {"start": t["start"], "end": t["end"], "text": t["text"]},
            "type": v["type"],
            "polarity": v.get("polarity"),
            "realis": v.get("realis"),
            "arguments": args,
        }
        version.update({k: v[k] for k in ("mode", "proposition") if k in v})
        key, n = f"event:{t['start']}-{t['end']}", 2
        while key in out:  # two events on one trigger: keep both, distinguishable
            key, n = f"event:{t['start']}-{t['end']}#{n}", n + 1
        out[key] = ("event", version)


def _stances(doc: Mapping[str, Any], keys: Mapping[str, str], out: dict[str, tuple[str, Version]]) -> None:
    """Stance versions by (holder, target) unit, entities named by their cluster key."""
    for s in doc.get("stances", []):
        if not isinstance(s["holder"], str) or not isinstance(s["target"], str):
            raise ValueError(f"a stance's holder and target are strings, got {s['holder']!r}, {s['target']!r}")
        holder, target = stance_unit(s, keys)
        evidence = dict(_checked(s["evidence"]))
        out[f"stance:{holder}|{target}"] = (
            "stance",
            {"holder": holder, "target": target, "label": s["label"], "evidence": evidence},
        )


def candidates(doc: Mapping[str, Any], where: str = "document") -> dict[str, tuple[str, Version]]:
    """key -> (kind, version) for every mention, event and stance of one annotator's document.

    A document adjudication cannot read (what ``diplonews validate`` rejects at level 1) raises
    AnnotationsInvalidError naming ``where``, never a KeyError deep in gold.
    """
    out: dict[str, tuple[str, Version]] = {}
    try:
        if not isinstance(doc["text"], str) or not isinstance(doc["text_sha256"], str):
            raise ValueError("text and text_sha256 are strings")
        _writable(doc)
        keys = entity_keys(doc)
        _mentions(doc, keys, out)
        _events(doc, out)
        _stances(doc, keys, out)
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise AnnotationsInvalidError(
            f"{where}: not a well-formed annotated document ({type(exc).__name__}: {exc}); "
            "run `diplonews validate` on it to see what to fix"
        ) from exc
    return out


@dataclass
class Outcome:
    """What adjudicating one document produced."""

    gold: dict[str, Any]
    review: dict[str, Any]
    accepted: int = 0
    decided: int = 0
    pending: int = 0
    changed: int = 0
    dropped: int = 0  # decided items kept in gold that every annotator has removed since the decision
    notes: list[str] = field(default_factory=list)


def _resolve(item: dict[str, Any], where: str) -> tuple[bool, Version | None]:
    """(decided?, version) for a review item; a decision once applied stays frozen in ``applied``."""
    decision = item.get("decision")
    if decision is None:
        return False, None
    applied = item.get("applied")
    if isinstance(applied, dict) and applied.get("decision") == decision:
        return True, applied.get("version")
    if decision == REJECT:
        version = None
    elif isinstance(decision, str):
        if decision not in item.get("versions", {}):
            names = ", ".join(sorted(item.get("versions", {})))
            raise InputError(
                f"{where}.decision: unknown annotator {decision!r}; use one of {names}, "
                f'"{REJECT}" or {{"custom": {{...}}}}'
            )
        version = item["versions"][decision]
    elif isinstance(decision, dict) and set(decision) == {"custom"} and isinstance(decision["custom"], dict):
        version = decision["custom"]
    else:
        raise InputError(
            f'{where}.decision: expected an annotator name, "{REJECT}" or {{"custom": {{...}}}};'
            f" got {json.dumps(decision, ensure_ascii=False)}"
        )
    item["applied"] = {"decision": decision, "version": version, "versions": item.get("versions")}
    return True, version


def _same_text(doc_id: str, docs: Mapping[str, Mapping[str, Any]]) -> None:
    """InputError unless every annotator annotated the same text."""
    if len({d["text_sha256"] for d in docs.values()}) != 1:
        raise InputError(
            f"{doc_id}: annotators {', '.join(sorted(docs))} annotated different texts (text_sha256"
            " differs); re-import the documents against the same corpus before adjudicating"
        )


def _agreed(kind: str, versions: Mapping[str, Version | None], min_agree: int) -> list[list[str]]:
    """The groups of at least ``min_agree`` annotators whose versions agree (more than one: no clear winner)."""
    groups: dict[str, list[str]] = {}
    for annotator, version in versions.items():
        groups.setdefault(_comparable(kind, version), []).append(annotator)
    return [names for names in groups.values() if len(names) >= min_agree]


def _decided(
    old: Mapping[str, Any], where: str, versions: dict[str, Version | None], out: Outcome
) -> tuple[dict[str, Any], Version | None] | None:
    """(review item, decided version) when the curator decided ``old``; None while it is undecided.

    The item shows the current versions and flags (never applies) a change made after the decision, and
    apart from it an item the decision keeps in gold though every annotator has removed it since.
    """
    item = dict(old)
    decided, version = _resolve(item, where)
    if not decided:
        return None
    out.decided += 1
    then = item["applied"].get("versions", versions)
    item["versions"] = versions
    item.pop("changed_since_decision", None)
    item.pop("dropped_since_decision", None)
    if then != versions:
        item["changed_since_decision"] = True
        out.changed += 1
        # Kept only by the decision: the annotators who had the item have all taken it out since, which is
        # how a rule change reaches a decided item; a curator's addition that no annotator ever had is not this.
        if version is not None and not any(versions.values()) and any((then or {}).values()):
            item["dropped_since_decision"] = True
            out.dropped += 1
    return item, version


def _pending(
    key: str, kind: str, versions: dict[str, Version | None], text: str, old: Mapping[str, Any] | None
) -> dict[str, Any]:
    """A review item for the curator: the item in context, every annotator's version, no decision yet."""
    shown = next((v for v in versions.values() if v is not None), {})
    span = _span_of(kind, shown)
    return {
        "key": key,
        "kind": kind,
        "context": text[max(0, span[0] - _CONTEXT) : span[1] + _CONTEXT] if span else "",
        "versions": versions,
        "decision": None,
        "reason": (old or {}).get("reason", ""),
    }


def _settle(
    per: Mapping[str, Mapping[str, tuple[str, Version]]],
    review: Mapping[str, Any] | None,
    min_agree: int,
    *,
    review_path: str,
    text: str,
    out: Outcome,
) -> tuple[dict[str, tuple[str, Version]], list[dict[str, Any]]]:
    """(accepted versions by key, review items): each item agreed on, decided by the curator, or pending."""
    annotators = sorted(per)
    old_items = {it["key"]: it for it in (review or {}).get("items", [])}
    accepted: dict[str, tuple[str, Version]] = {}
    items: list[dict[str, Any]] = []
    for key in sorted({k for c in per.values() for k in c} | set(old_items)):
        kind = key.split(":", 1)[0]
        versions = {a: per[a][key][1] if key in per[a] else None for a in annotators}
        old = old_items.get(key)
        decided = None
        if old is not None:
            decided = _decided(old, f"{review_path}::$.items[{list(old_items).index(key)}]", versions, out)
        winners = _agreed(kind, versions, min_agree)
        if decided is not None:
            item, version = decided
            items.append(item)
        elif len(winners) == 1:
            version = versions[winners[0][0]]
            if version is not None:
                out.accepted += 1
        else:
            out.pending += 1
            items.append(_pending(key, kind, versions, text, old))
            continue
        if version is not None:
            accepted[key] = (kind, version)
    return accepted, items


def adjudicate_document(
    doc_id: str,
    docs: Mapping[str, Mapping[str, Any]],
    review: Mapping[str, Any] | None,
    min_agree: int,
    review_path: str = "review",
    *,
    annotations: Path | None = None,
) -> Outcome:
    """Gold and the updated review for one document from each annotator's completed version of it.

    ``annotations`` (the tree's root) only names an annotator's file in an error.
    """
    per = {
        a: candidates(d, str(annotations / a / f"{doc_id}.json") if annotations else f"{a}/{doc_id}")
        for a, d in docs.items()
    }
    _same_text(doc_id, docs)
    first = docs[min(docs)]
    out = Outcome(gold={}, review={})
    try:
        accepted, items = _settle(per, review, min_agree, review_path=review_path, text=first["text"], out=out)
        out.gold = build_gold(first, accepted, out.notes)
        out.review = {
            "doc_id": doc_id,
            "text_sha256": first["text_sha256"],
            "min_agree": min_agree,
            "instructions": _INSTRUCTIONS,
            "items": items,
        }
        _writable(out.review)
        _writable(out.gold)
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise InputError(
            f"{review_path}: its items cannot be applied ({type(exc).__name__}: {exc}); a decision names an "
            'annotator, "reject" or {"custom": {...}} shaped like the versions beside it'
        ) from exc
    return out


def read_review(path: Path) -> dict[str, Any]:
    """A review file, its shape checked before any decision in it is read: an object for its own document
    whose ``items`` is a list of objects with a string ``key``; InputError naming the JSON path otherwise."""
    review = read_json(path)
    fix = "restore it from version control, or delete it to review the document again"
    if not isinstance(review, dict):
        raise InputError(f"{path}::$: a review file is a JSON object, found {type(review).__name__}; {fix}")
    if review.get("doc_id", path.stem) != path.stem:
        raise InputError(f"{path}::$.doc_id: {review['doc_id']!r} is not the file's document {path.stem!r}; {fix}")
    items = review.get("items", [])
    if not isinstance(items, list):
        raise InputError(f"{path}::$.items: a list of review items expected, found {type(items).__name__}; {fix}")
    for i, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get("key"), str):
            raise InputError(f'{path}::$.items[{i}]: an object with a string "key" expected; {fix}')
    return review


def _span_of(kind: str, version: Version) -> tuple[int, int] | None:
    if kind == "mention" and "start" in version:
        return version["start"], version["end"]
    if kind == "event" and "trigger" in version:
        return version["trigger"]["start"], version["trigger"]["end"]
    if kind == "stance" and "evidence" in version:
        return version["evidence"]["start"], version["evidence"]["end"]
    return None


def run(root: Path, min_agree: int = 2, review_dir: Path | None = None) -> list[Outcome]:
    """Adjudicate every document under ``root``: write ``root/gold/<doc_id>.json`` and the review files."""
    from diplonews.annotations import load_annotations

    if min_agree < 1:
        raise InputError(f"--min-agree must be at least 1; got {min_agree}")
    review_dir = review_dir or root / REVIEW_DIR
    by_doc: dict[str, dict[str, dict[str, Any]]] = {}
    for annotator, docs in load_annotations(root).items():
        for doc_id, doc in docs.items():
            if doc.get("status") == "complete":
                by_doc.setdefault(doc_id, {})[annotator] = doc
    if not by_doc:
        raise InputError(f"{root}: no completed annotator documents (<annotator>/<doc_id>.json) to adjudicate")
    outcomes: dict[str, Outcome] = {}
    for doc_id, docs in sorted(by_doc.items()):
        path = review_dir / f"{doc_id}.json"
        review = read_review(path) if path.exists() else None
        outcomes[doc_id] = adjudicate_document(doc_id, docs, review, min_agree, str(path), annotations=root)
    # Written once every document is adjudicated: one that cannot be leaves every file as it was.
    for doc_id, outcome in outcomes.items():
        path = review_dir / f"{doc_id}.json"
        _write_if_changed(root / GOLD / f"{doc_id}.json", dumps(outcome.gold))
        if outcome.review["items"] or path.exists():
            _write_if_changed(path, dumps(outcome.review))
    return list(outcomes.values())


def _write_if_changed(path: Path, text: str) -> None:
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        atomic_write_text(path, text)


def validate_gold(root: Path, outcomes: list[Outcome], corpus: Path) -> list[Any]:
    """The error-level findings of the validators on the gold documents just built."""
    from diplonews.corpus import load_articles
    from diplonews.validate import validate_documents

    if not corpus.is_file():
        raise InputError(f"{corpus}: corpus file not found; pass --corpus with the path of articles.jsonl")
    items = [(root / GOLD / f"{o.gold['doc_id']}.json", o.gold) for o in outcomes]
    return [f for f in validate_documents(items, load_articles(corpus)) if f.severity == "error"]
