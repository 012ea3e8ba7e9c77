"""The level-3 rules agreement depends on, checked on each copy as it is counted (``agreement.tally``)."""

from __future__ import annotations

from typing import Any

from diplonews.errors import AnnotationsInvalidError
from diplonews.schema import load_inventory
from diplonews.validate import level3
from diplonews.validate.findings import Where


class Checks:
    """The validator's level-3 rules whose findings would change what agreement counts without a word.

    Two labels on one (holder, target) unit (agreement would keep the last), two objects with one id, or a
    reference to nothing (an argument or mention silently dropped or mistyped): such a document is refused.
    """

    RULES = frozenset({"stance-label-conflict", "duplicate-id", "mention-entity-unresolved", "argument-ref-unresolved"})

    def __init__(self) -> None:
        self.inv = load_inventory()
        self.tables = level3.tables_for(self.inv)

    def __call__(self, where: str, doc: Any) -> None:
        found = [
            f
            for f in level3.check_document(doc, self.inv, Where(where, doc.get("doc_id")), self.tables)
            if f.rule in self.RULES
        ]
        if found:
            more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
            raise AnnotationsInvalidError(
                f"{where}: {found[0].json_path}: [{found[0].rule}] {found[0].message}{more}; agreement counts"
                " only valid documents: run `diplonews validate` on it to see what to fix"
            )
