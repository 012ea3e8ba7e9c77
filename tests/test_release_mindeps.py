"""A release reads the same with the oldest `datasets` the card names as with the one that built it."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from datasets import load_dataset

from diplonews.release.build import Sources, build
from diplonews.release.card import MIN_DATASETS
from diplonews.release.configs import CONFIGS

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "gold"
SOURCES = Sources(root=ROOT, annotations=FIXTURES / "annotations", agreement=FIXTURES / "agreement.json")
# Run by the old `datasets`: every config and split, rows as JSON, and the version that read them.
READ = """
import json, sys
import datasets
out = {"version": datasets.__version__, "rows": {}}
for config in sys.argv[2:]:
    for split, ds in datasets.load_dataset(sys.argv[1], config).items():
        out["rows"][f"{config}/{split}"] = ds.to_list()
print(json.dumps(out, ensure_ascii=False))
"""


def test_every_config_loads_with_the_oldest_supported_datasets(min_datasets_python: Path, tmp_path: Path) -> None:
    """datasets==MIN_DATASETS gives every config and split with the same rows (labels as ids) as today's."""
    dist = build("0.1.0", tmp_path / "dist", SOURCES).out_dir
    done = subprocess.run(
        [str(min_datasets_python), "-c", READ, str(dist), *CONFIGS],
        capture_output=True,
        text=True,
        check=False,
        env={"HF_HUB_OFFLINE": "1", "HF_HOME": str(tmp_path / "hf"), "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    old = json.loads(done.stdout)
    assert old["version"] == MIN_DATASETS
    now = {
        f"{config}/{split}": ds.to_list() for config in CONFIGS for split, ds in load_dataset(str(dist), config).items()
    }
    assert old["rows"] == now
    assert len(now) >= 2 * len(CONFIGS)
