"""Level 1: the file is JSON and the document matches ``schema/document.schema.json``."""

from __future__ import annotations

import os
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import jsonschema_rs
import orjson
from jsonschema.exceptions import ValidationError, best_match

from diplonews.schema import DOCUMENT_SCHEMA_FILE, load_json_schema, schema_dir
from diplonews.validate.findings import Finding, Where

_HINTS = {
    "required": "add the missing property",
    "additionalProperties": "remove the property; the document format has no such field",
    "enum": "use one of the listed values (docs/guidelines.md has the label tables)",
    "const": "use the value the schema expects",
    "pattern": "write the value in the required format",
    "type": "change the value to the expected JSON type",
    "minimum": "use a non-negative offset",
    "minLength": "fill in the value",
    "anyOf": "use one of the accepted forms",
}


Validators = tuple[Any, jsonschema.Draft202012Validator]  # (jsonschema-rs to test, jsonschema to explain)


def validators() -> Validators:
    """Both validators of the schema in use (``--schema-dir`` may change it): compiled once per schema folder.

    Look them up once per run, not per document: finding the schema folder stats a file.
    """
    return _compiled(schema_dir())


@cache
def _compiled(folder: Path) -> Validators:
    """jsonschema-rs to test fast, jsonschema to explain, both of ``folder``'s document schema."""
    return compiled(load_json_schema(DOCUMENT_SCHEMA_FILE))


def parse(path: str | Path, where: Where) -> tuple[Any, Finding | None]:
    """The parsed file, or None and a ``json-unreadable`` finding."""
    try:
        # Unbuffered: the whole file is read at once, so a buffer (and its isatty probe) only costs time.
        with open(path, "rb", buffering=0) as handle:
            data = handle.read()
        return orjson.loads(data), None
    except OSError as exc:
        return None, where.at("json-unreadable", "$", f"cannot read the file: {exc.strerror}")
    except orjson.JSONDecodeError as exc:
        return None, where.at(
            "json-unreadable",
            "$",
            f"not valid UTF-8 JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); fix the syntax there",
        )


def _message(error: ValidationError, schema_file: str) -> str:
    message = error.message
    if error.context:
        best = best_match(error.context)
        others = sorted({e.message for e in error.context} - {best.message})
        message += f" (best match: {best.message}" + "".join(f"; or: {m}" for m in others) + ")"
    hint = _HINTS.get(str(error.validator), f"see {schema_file}")
    return f"{message}; {hint}"


def _json_path(parts: list[str | int]) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in parts)


def schema_errors(
    fast: Any, slow: jsonschema.Draft202012Validator, instance: Any, schema_file: str = "schema/document.schema.json"
) -> Iterator[tuple[str, str]]:
    """(JSON path, message with a hint) of every JSON Schema error of ``instance``; none when ``fast`` accepts it.

    jsonschema-rs (``fast``) decides; jsonschema (``slow``, the same schema) explains. Where they disagree,
    the decision stands and jsonschema-rs's own errors are reported: Python's ``re.search`` lets ``$`` match
    before a final newline, so a value such as ``"Q7747\n"`` passes jsonschema's ``pattern`` though
    ECMA-262 (and jsonschema-rs) reject it.
    """
    if fast.is_valid(instance):
        return
    found = False
    for error in slow.iter_errors(instance):
        found = True
        yield error.json_path, _message(error, schema_file)
    if not found:
        for rs_error in fast.iter_errors(instance):
            value = rs_error.instance
            hint = "remove the line break at its end" if isinstance(value, str) and value.endswith("\n") else ""
            yield _json_path(list(rs_error.instance_path)), f"{rs_error.message}; {hint or f'see {schema_file}'}"


def compiled(schema: dict[str, Any]) -> Validators:
    """The two validators ``schema_errors`` takes, of one schema."""
    return jsonschema_rs.validator_for(schema), jsonschema.Draft202012Validator(schema)


def check_schema(doc: Any, where: Where, schema: Validators | None = None) -> Iterator[Finding]:
    """Every JSON Schema error of ``doc`` (``schema_errors``) with its JSON path, then float offsets.

    ``schema``: ``validators()``, looked up once when checking many documents.
    """
    fast, slow = schema or validators()
    errors = list(schema_errors(fast, slow, doc))
    for path, message in errors:
        yield where.at("schema-invalid", path, message)
    if not errors:
        yield from _float_offsets(doc, where)


def _float_offsets(doc: dict[str, Any], where: Where) -> Iterator[Finding]:
    """Offsets written with a decimal point (``19.0``): JSON Schema counts them as integers, Python does not."""
    from diplonews.validate.level2 import span_lists

    # Every span of every document is looked at here, so its JSON path is made only for a bad one.
    for kind, field, items in span_lists(doc):
        for i, span in enumerate(items):
            if type(span["start"]) is not int or type(span["end"]) is not int:
                for key in ("start", "end"):
                    if type(span[key]) is not int:
                        yield where.at(
                            "schema-invalid",
                            f"$.{kind}[{i}]{field}.{key}",
                            f"{span[key]!r} is not an integer; write it without a decimal point",
                        )


def check_location(doc: Any, file: str, folder: str, where: Where) -> Iterator[Finding]:
    """In an annotation tree, the file is ``<annotator>/<doc_id>.json`` (``folder``: the folder it was found in).

    Only a document whose ``doc_id`` and ``annotator`` are strings is placed; the schema reports the others.
    """
    if not (isinstance(doc, dict) and isinstance(doc.get("doc_id"), str) and isinstance(doc.get("annotator"), str)):
        return
    doc_id, annotator, name = doc["doc_id"], doc["annotator"], os.path.basename(file)
    if doc_id != name.removesuffix(".json"):
        yield where.at(
            "doc-id-file-mismatch",
            "$.doc_id",
            f"doc_id {doc_id!r} does not match the file name {name!r}; "
            f"rename the file to {doc_id}.json or correct doc_id",
        )
    if annotator != folder:
        yield where.at(
            "annotator-folder-mismatch",
            "$.annotator",
            f"annotator {annotator!r} does not match the folder {folder!r}; "
            "move the file to its annotator's folder or correct annotator",
        )
