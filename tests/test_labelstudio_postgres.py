"""Label Studio on PostgreSQL: `serve --database postgresql://...` works for push and pull."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from diplonews.corpus import load_articles
from diplonews.labelstudio import server, sync
from diplonews.labelstudio.client import LabelStudioClient

pytestmark = [pytest.mark.server, pytest.mark.postgres]
ROOT = Path(__file__).resolve().parents[1]
PG_BIN = Path("/usr/lib/postgresql/15/bin")
SAMPLE = json.loads((ROOT / "tests" / "fixtures" / "sample_document.json").read_text(encoding="utf-8"))


def test_database_url_maps_to_label_studio_settings() -> None:
    """A postgresql:// URL becomes DJANGO_DB=default and the POSTGRE_* variables."""
    assert server.database_env("postgresql://ls:s%40cret@127.0.0.1:5433/annot") == {
        "DJANGO_DB": "default", "POSTGRE_NAME": "annot", "POSTGRE_USER": "ls", "POSTGRE_PASSWORD": "s@cret",
        "POSTGRE_HOST": "127.0.0.1", "POSTGRE_PORT": "5433",
    }  # fmt: skip


def test_push_and_pull_on_postgresql(label_studio_postgres: Any, postgres: str, tmp_path: Path) -> None:
    """Tasks land in PostgreSQL's task table and an annotation pulls back equal to the original."""
    articles = load_articles(ROOT / "corpus" / "articles.jsonl")
    with LabelStudioClient(label_studio_postgres.url, label_studio_postgres.creds.token) as client:
        sync.push(client, articles, title="on-postgres")
        again = sync.push(client, articles, title="on-postgres")
        sync.push_annotations(client, [SAMPLE | {"annotator": "a1"}], title="on-postgres")
        sync.pull(client, tmp_path, {d: a["text"] for d, a in articles.items()}, key=b"k", title="on-postgres")
    assert again.imported == 0
    port = str(urlsplit(postgres).port)
    psql = [str(PG_BIN / "psql"), "-h", "127.0.0.1", "-p", port, "-U", "postgres", "-d", "labelstudio", "-tAc"]
    count = subprocess.run([*psql, "select count(*) from task"], check=True, capture_output=True, text=True)
    assert count.stdout.strip() == str(len(articles))
    pulled: dict[str, Any] = json.loads((tmp_path / "a1" / f"{SAMPLE['doc_id']}.json").read_text(encoding="utf-8"))
    assert pulled == SAMPLE | {"annotator": "a1"}
