"""A push killed halfway by a server crash completes exactly on the next run."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from diplonews.errors import SyncError
from diplonews.labelstudio import sync
from diplonews.labelstudio.client import LabelStudioClient
from synthetic_articles import synthetic_articles

pytestmark = pytest.mark.server
COUNT = 10_000


def test_push_killed_midway_then_rerun_gives_exactly_one_task_per_document(label_studio: Any) -> None:
    """Killing the server while 10,000 documents are pushed, restarting it and pushing again leaves 10,000 tasks."""
    articles = synthetic_articles(COUNT, prefix="crash")
    timers: list[threading.Timer] = []

    def kill_during_the_fifth_batch(message: str) -> None:
        if message.startswith("imported 2000/"):  # the fifth import request is sent right after this returns
            timers.append(threading.Timer(0.05, label_studio.kill))
            timers[0].start()

    try:
        with LabelStudioClient(label_studio.url, label_studio.creds.token) as client, pytest.raises(SyncError):
            sync.push(client, articles, title="crash", batch=500, progress=kill_during_the_fifth_batch)
    finally:
        for timer in timers:
            timer.join()
        killed_with = label_studio.process.returncode
        label_studio.restart()  # the other tests share this server: bring it back whatever happened
    assert killed_with == -9
    with LabelStudioClient(label_studio.url, label_studio.creds.token) as client:
        project_id = client.find_project("crash")["id"]
        survived = len(client.tasks(project_id))
        report = sync.push(client, articles, title="crash", batch=500)
        tasks = client.tasks(project_id)
    assert 2_000 <= survived < COUNT
    assert (report.already, report.imported) == (survived, COUNT - survived)
    assert len(tasks) == COUNT
    assert sorted(t["data"]["doc_id"] for t in tasks) == sorted(articles)
