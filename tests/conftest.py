"""Shared fixtures: one real Label Studio server per test session, and headless Chromium."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


# The fixtures that start a real server, browser or database, and the marker each implies. Markers come
# from the fixtures a test uses, so a new integration test cannot slip into the fast `nox -s tests` run.
FIXTURE_MARKERS = {
    "label_studio": "server",
    "ls_client": "server",
    "chromium": "browser",
    "postgres": "postgres",
    "label_studio_postgres": "postgres",
    "min_datasets_python": "mindeps",
}


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark each test with the markers of the integration fixtures it uses (directly or through others)."""
    for item in items:
        used = set(getattr(item, "fixturenames", ()))
        for marker in sorted({m for fixture, m in FIXTURE_MARKERS.items() if fixture in used}):
            item.add_marker(marker)


def missing(what: str) -> None:
    """Skip a test whose server or browser is missing; under CI=true fail it instead."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{what} (CI=true: a missing server or browser is a failure)")
    pytest.skip(what)


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    """Where tests leave screenshots and logs: env DIPLONEWS_ARTIFACTS, default test-artifacts/."""
    path = Path(os.environ.get("DIPLONEWS_ARTIFACTS", ROOT / "test-artifacts"))
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(scope="session")
def min_datasets_python() -> Path:
    """Python of a virtual environment (made once under .mindeps/) holding the oldest `datasets` the card names."""
    import subprocess
    import sys

    from diplonews.release.card import MIN_DATASETS

    venv = ROOT / ".mindeps" / f"datasets-{MIN_DATASETS}"
    python, stamp = venv / "bin" / "python", venv / ".installed"
    if not stamp.exists():
        venv_cmd = [sys.executable, "-m", "venv", "--clear", str(venv)]
        made = subprocess.run(venv_cmd, check=False, capture_output=True, text=True)
        if made.returncode == 0:
            pip = [str(python), "-m", "pip", "install", "--quiet", f"datasets=={MIN_DATASETS}"]
            made = subprocess.run(pip, check=False, capture_output=True, text=True)
        if made.returncode != 0:
            missing(f"cannot install datasets=={MIN_DATASETS} into {venv}: {made.stderr.strip()[-300:]}")
        stamp.write_text(MIN_DATASETS)
    return python


@pytest.fixture(scope="session")
def label_studio(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A real Label Studio server on 127.0.0.1 with a throwaway SQLite data dir, started once per session."""
    from diplonews.labelstudio import server

    exe = server.executable(ROOT)
    if not exe.exists():
        missing(f"no Label Studio executable at {exe}; run `nox -s integration` or set {server.EXECUTABLE_ENV}")
    running = server.start(tmp_path_factory.mktemp("labelstudio"), exe=exe)
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture(scope="session")
def ls_client(label_studio: Any) -> Iterator[Any]:
    """A diplonews client authenticated as the session server's admin."""
    from diplonews.labelstudio.client import LabelStudioClient

    client = LabelStudioClient(label_studio.url, label_studio.creds.token)
    yield client
    client.close()


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    """Debian's headless Chromium driven by Playwright (no downloaded browser)."""
    if not CHROMIUM.exists():
        missing(f"no Chromium at {CHROMIUM}; apt-get install chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("playwright is not installed")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_FLAGS)
        try:
            yield browser
        finally:
            browser.close()


PG_BIN = Path("/usr/lib/postgresql/15/bin")


def _as_postgres_user(command: list[str]) -> list[str]:
    """initdb refuses to run as root; run the cluster as the `postgres` user then."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


@pytest.fixture(scope="session")
def postgres() -> Iterator[str]:
    """A throwaway PostgreSQL 15 cluster on 127.0.0.1 and a free port; yields a postgresql:// URL."""
    import shutil
    import subprocess
    import tempfile

    from diplonews.labelstudio.server import free_port

    if not (PG_BIN / "initdb").exists():
        missing(f"no PostgreSQL at {PG_BIN}; apt-get install postgresql")
    # Not under pytest's tmp dir: the postgres user must be able to reach the folder.
    folder = Path(tempfile.mkdtemp(prefix="diplonews-pg-"))
    folder.chmod(0o755)
    data = folder / "data"
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    port = free_port()
    run = lambda *args: subprocess.run(_as_postgres_user([str(a) for a in args]), check=True, capture_output=True)  # noqa: E731
    run(PG_BIN / "initdb", "-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8")
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1"
    run(PG_BIN / "pg_ctl", "-D", data, "-o", options, "-l", folder / "server.log", "-w", "start")
    try:
        run(PG_BIN / "createdb", "-h", "127.0.0.1", "-p", port, "-U", "postgres", "labelstudio")
        yield f"postgresql://postgres@127.0.0.1:{port}/labelstudio"
    finally:
        run(PG_BIN / "pg_ctl", "-D", data, "-m", "fast", "-w", "stop")
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def label_studio_postgres(postgres: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A second real Label Studio whose database is the throwaway PostgreSQL cluster."""
    from diplonews.labelstudio import server

    exe = server.executable(ROOT)
    if not exe.exists():
        missing(f"no Label Studio executable at {exe}; run `nox -s integration` or set {server.EXECUTABLE_ENV}")
    running = server.start(tmp_path_factory.mktemp("labelstudio-pg"), exe=exe, database=postgres)
    try:
        yield running
    finally:
        running.stop()


def machine_address() -> str | None:
    """An IPv4 address of this machine that is not loopback (``hostname -I``), or None."""
    import subprocess

    try:
        found = subprocess.run(["hostname", "-I"], capture_output=True, text=True, timeout=10, check=False).stdout
    except OSError:
        return None
    return next((a for a in found.split() if "." in a and not a.startswith("127.")), None)


@pytest.fixture(scope="module")
def label_studio_team(postgres: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A real Label Studio for a team: on PostgreSQL, bound to this machine's non-loopback address, public URL
    http://ADDRESS:PORT, so every request here crosses a real network interface (no 127.0.0.1)."""
    import subprocess
    from urllib.parse import urlsplit

    from diplonews.labelstudio import server

    exe = server.executable(ROOT)
    if not exe.exists():
        missing(f"no Label Studio executable at {exe}; run `nox -s integration` or set {server.EXECUTABLE_ENV}")
    address = machine_address()
    if address is None:
        missing("this machine has no non-loopback IPv4 address (hostname -I) to bind the team server to")
    pg = urlsplit(postgres)
    name = f"team_{os.getpid()}"
    createdb = [str(PG_BIN / "createdb"), "-h", str(pg.hostname), "-p", str(pg.port), "-U", "postgres", name]
    subprocess.run(createdb, check=True, capture_output=True)
    port = server.free_port()
    exposure = server.Exposure(bind=str(address), public_url=f"http://{address}:{port}")
    database = postgres.rsplit("/", 1)[0] + f"/{name}"
    running = server.start(tmp_path_factory.mktemp("labelstudio-team"), exe=exe, port=port, database=database,
                           exposure=exposure)  # fmt: skip
    try:
        yield running
    finally:
        running.stop()
