"""Every file generated from the label inventory: one registry, one writer, one check.

A projection turns the inventory and a file's current text into the text the file must have. Whole
files ignore the current text; Markdown files keep their prose and have only the block between
``<!-- BEGIN GENERATED: name -->`` and ``<!-- END GENERATED: name -->`` rewritten.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from pathlib import Path

from diplonews.schema import Inventory, generated_files, load_inventory, schema_dir

BEGIN = "<!-- BEGIN GENERATED: {name} -->"
END = "<!-- END GENERATED: {name} -->"
FIX_HINT = "run `diplonews schema generate` (or `nox -s regenerate`) and commit the result"

Render = Callable[[Inventory, str], str]


def project_root() -> Path:
    """The folder holding ``schema/``, ``docs/`` and ``dataset_card.md``."""
    return schema_dir().parent


def replace_block(text: str, name: str, content: str) -> str:
    """``text`` with the block between the GENERATED markers called ``name`` set to ``content``."""
    begin, end = BEGIN.format(name=name), END.format(name=name)
    pattern = re.compile(re.escape(begin) + r"\n.*?" + re.escape(end), re.S)
    if not pattern.search(text):
        raise KeyError(f"no '{begin}' ... '{end}' block")
    return pattern.sub(lambda _: f"{begin}\n{content}{end}", text, count=1)


def _call(target: str, inv: Inventory) -> str:
    """Call ``"module:function"`` with the inventory (imported only when a projection is rendered)."""
    module, _, attr = target.partition(":")
    render: Callable[[Inventory], str] = getattr(importlib.import_module(module), attr)
    return render(inv)


def whole_file(target: str) -> Render:
    """A projection that is the whole file, made by ``"module:function"(inventory)``."""
    return lambda inv, _current: _call(target, inv)


def block(name: str, target: str) -> Render:
    """A projection that rewrites the GENERATED block ``name`` with ``"module:function"(inventory)``."""
    return lambda inv, current: replace_block(current, name, _call(target, inv))


def blocks(*named: tuple[str, str]) -> Render:
    """A projection that rewrites several GENERATED blocks of one file, each ``(name, "module:function")``."""

    def render(inv: Inventory, current: str) -> str:
        for name, target in named:
            current = replace_block(current, name, _call(target, inv))
        return current

    return render


def _json_schema(file_name: str) -> Render:
    return lambda inv, _current: generated_files(inv)[file_name]


# Relative path -> projection. A new generated file is one line here; `schema generate` writes it,
# `schema check` and tests/test_schema.py fail when it drifts.
PROJECTIONS: dict[str, Render] = {
    "schema/article.schema.json": _json_schema("article.schema.json"),
    "schema/document.schema.json": _json_schema("document.schema.json"),
    "schema/labelstudio.xml": whole_file("diplonews.labelstudio.config:labeling_config"),
    "docs/guidelines.md": block("labels", "diplonews.tables:inventory_markdown"),
    "dataset_card.md": blocks(
        ("labels", "diplonews.tables:inventory_markdown"),
        ("configs", "diplonews.release.configs:card_structure_table"),
    ),
    "docs/checks.md": block("rules", "diplonews.validate.catalogue:rules_markdown"),
}


def _render(render: Render, inv: Inventory, path: Path) -> tuple[str, str]:
    current = path.read_text(encoding="utf-8") if path.exists() else ""
    return current, render(inv, current)


def drifted() -> list[tuple[Path, str]]:
    """(path, how to fix) for each generated file that does not match the inventory."""
    inv, root = load_inventory(), project_root()
    stale = []
    for rel, render in PROJECTIONS.items():
        try:
            current, wanted = _render(render, inv, root / rel)
        except KeyError as exc:
            stale.append((root / rel, f"{exc.args[0]}; add the markers"))
            continue
        if wanted != current:
            stale.append((root / rel, FIX_HINT))
    return stale


def regenerate() -> list[Path]:
    """Rewrite every generated file that differs from its projection; returns the paths written."""
    from diplonews._io import atomic_write_text

    inv, root = load_inventory(), project_root()
    written = []
    for rel, render in PROJECTIONS.items():
        current, wanted = _render(render, inv, root / rel)
        if wanted != current:
            atomic_write_text(root / rel, wanted)
            written.append(root / rel)
    return written
