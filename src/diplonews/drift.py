"""Every file generated from the label inventory, and a check that each still matches it."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from diplonews.schema import generated_files, load_inventory, schema_dir

ROOT = schema_dir().parent
BEGIN = "<!-- BEGIN GENERATED: {name} -->"
END = "<!-- END GENERATED: {name} -->"


def replace_block(text: str, name: str, content: str) -> str:
    """``text`` with the block between the GENERATED markers called ``name`` set to ``content``."""
    begin, end = BEGIN.format(name=name), END.format(name=name)
    pattern = re.compile(re.escape(begin) + r"\n.*?" + re.escape(end), re.S)
    if not pattern.search(text):
        raise KeyError(f"no '{begin}' ... '{end}' block")
    return pattern.sub(lambda _: f"{begin}\n{content}{end}", text, count=1)


def _constant(content: str) -> Callable[[str], str]:
    return lambda _current: content


def _labels_block(path: Path) -> Callable[[str], str]:
    def render(current: str) -> str:
        from diplonews.tables import inventory_markdown

        return replace_block(current, "labels", inventory_markdown(load_inventory()))

    return render


def projections() -> dict[Path, Callable[[str], str]]:
    """path -> function from the file's current text to what it must be."""
    inv = load_inventory()
    out: dict[Path, Callable[[str], str]] = {}
    for name, content in generated_files(inv).items():
        out[schema_dir() / name] = _constant(content)
    for doc in (ROOT / "docs" / "guidelines.md", ROOT / "dataset_card.md"):
        out[doc] = _labels_block(doc)
    for path, render in EXTRA_PROJECTIONS.items():
        out[ROOT / path] = render
    return out


# Projections defined by other parts (Label Studio XML, HF features): relative path -> renderer.
def _labelstudio_xml(_current: str) -> str:
    from diplonews.labelstudio.config import labeling_config

    return labeling_config()


EXTRA_PROJECTIONS: dict[str, Callable[[str], str]] = {"schema/labelstudio.xml": _labelstudio_xml}


def drifted() -> list[tuple[Path, str]]:
    """(path, how to fix) for each generated file that does not match the inventory."""
    stale = []
    for path, render in projections().items():
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        try:
            wanted = render(current)
        except KeyError as exc:
            stale.append((path, f"{exc.args[0]}; add the markers"))
            continue
        if wanted != current:
            stale.append((path, "run `nox -s regenerate` (or `diplonews schema export`) and commit the result"))
    return stale


def regenerate() -> list[Path]:
    """Rewrite every drifted generated file; returns the paths written."""
    from diplonews._io import atomic_write_text

    written = []
    for path, render in projections().items():
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        wanted = render(current)
        if wanted != current:
            atomic_write_text(path, wanted)
            written.append(path)
    return written
