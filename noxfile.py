"""Sessions that build, check and test diplonews. `nox -l` lists them; each has a one-line docstring."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import nox

nox.needs_version = ">=2024.10.9"
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = ["lint", "typing", "tests", "integration"]
nox.options.reuse_existing_virtualenvs = True

ROOT = Path(__file__).parent
PYPROJECT = nox.project.load_toml(ROOT / "pyproject.toml")
SRC = ROOT / "src" / "diplonews"
TESTS = ROOT / "tests"
CORPUS = ROOT / "corpus"
ANNOTATIONS = ROOT / "annotations"
DIST = ROOT / "dist"
BENCHMARKS = ROOT / "benchmarks"
ARTIFACTS = ROOT / "test-artifacts"
# Label Studio the server lives in its own virtual environment: it pins Django and its own SDK,
# which must not constrain the package.
LABEL_STUDIO_VENV = ROOT / ".labelstudio" / "venv"
LABEL_STUDIO_SERVER = "label-studio==1.23.2"
# `tests` and `integration` share one environment: a second copy costs 1.3 GB of disk, and a CI machine once ran
# out of disk installing it. nox makes one per session, so this one is made here.
TEST_ENV = ROOT / ".nox" / "test-env"
# Debian packages the real-browser and PostgreSQL tests need: path that proves it is there -> package.
SYSTEM_PACKAGES = {"/usr/bin/chromium": "chromium", "/usr/lib/postgresql": "postgresql"}
# The pytest markers of tests that need a real server, browser or database (tests/conftest.py sets them
# from the fixtures a test uses): `tests` leaves them out, `integration` runs only them.
INTEGRATION = "server or browser or postgres or mindeps"
RELEASE_VERSION = "0.1.0"
# Pinned runtime dependencies of the release build (its bytes depend on pyarrow's and datasets' versions).
CONSTRAINTS = ROOT / "constraints" / "release.txt"
CONSTRAINTS_HEADER = (
    "# Every runtime dependency of diplonews pinned for `nox -s release` (Python 3.11, Linux x86-64).\n"
    "# Regenerate with `nox -s lock`, review the diff and commit it; the build records this file's sha256.\n"
)


def _install_project(session: nox.Session, *groups: str, python: Path | None = None) -> None:
    """Install the project and ``groups`` into the session's environment, or into the one of ``python``."""

    def install(*args: str) -> None:
        if python is None:
            session.install(*args)
        else:
            session.run(str(python), "-m", "pip", "install", *args, external=True, silent=True)

    install("-e", str(ROOT))
    for group in groups:
        install(*PYPROJECT["dependency-groups"][group])
        # A group's packages whose pinned dependencies would break the others (see pyproject.toml).
        no_deps = PYPROJECT["dependency-groups"].get(f"{group}-no-deps")
        if no_deps:
            install("--no-deps", *no_deps)


def _labelstudio_venv(session: nox.Session) -> Path:
    """Create (once) the server's own virtual environment and return its `label-studio` executable."""
    exe = LABEL_STUDIO_VENV / "bin" / "label-studio"
    stamp = LABEL_STUDIO_VENV / ".installed"
    if not (exe.exists() and stamp.exists() and stamp.read_text() == LABEL_STUDIO_SERVER):
        session.log(f"installing {LABEL_STUDIO_SERVER} into {LABEL_STUDIO_VENV} (a few minutes, once)")
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(LABEL_STUDIO_VENV)], check=True)
        pip = LABEL_STUDIO_VENV / "bin" / "pip"
        subprocess.run([str(pip), "install", "--quiet", LABEL_STUDIO_SERVER], check=True)
        stamp.write_text(LABEL_STUDIO_SERVER)
    return exe


def _system_packages(session: nox.Session) -> None:
    """Install the Debian packages the integration tests need, when missing and allowed to (and say so)."""
    missing = [pkg for path, pkg in SYSTEM_PACKAGES.items() if not Path(path).exists()]
    if not missing:
        return
    if os.environ.get("DIPLONEWS_NO_APT") or os.geteuid() != 0 or not shutil.which("apt-get"):
        session.warn(f"missing system packages {missing}; install them (apt-get install {' '.join(missing)})")
        return
    session.log(f"installing Debian packages {missing} with apt-get (set DIPLONEWS_NO_APT=1 to do it yourself)")
    env = {"DEBIAN_FRONTEND": "noninteractive"}
    session.run("apt-get", "update", "-qq", external=True, env=env)
    session.run("apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing, external=True, env=env)


def _test_env(session: nox.Session) -> Path:
    """Create (once) and update the environment both test sessions run in; return its ``bin`` folder."""
    python = TEST_ENV / "bin" / "python"
    if not python.exists():
        session.log(f"creating {TEST_ENV}, the environment `tests` and `integration` share")
        session.run(sys.executable, "-m", "venv", "--clear", str(TEST_ENV), external=True)
    _install_project(session, "test", python=python)
    return TEST_ENV / "bin"


def _pytest(session: nox.Session, marks: str, env: dict[str, str] | None = None) -> None:
    """pytest in the shared test environment, on the tests ``marks`` selects (or on the session's arguments)."""
    bin_dir = _test_env(session)
    env = {"VIRTUAL_ENV": str(TEST_ENV), "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}", **(env or {})}
    session.run(str(bin_dir / "pytest"), "-m", marks, *(session.posargs or [str(TESTS)]), env=env, external=True)


@nox.session(venv_backend="none")
def tests(session: nox.Session) -> None:
    """Run the fast tests: everything but a real server, browser or database (no system changes)."""
    _pytest(session, f"not ({INTEGRATION})")


# Label Studio goes into its own virtual environment under .labelstudio/venv. When Debian's chromium or
# postgresql is missing and nox runs as root, the session installs them with apt-get and logs that first;
# DIPLONEWS_NO_APT=1 turns it off. Under CI=true a missing server or browser fails its tests.
@nox.session(venv_backend="none")
def integration(session: nox.Session) -> None:
    """Run the tests with a real Label Studio, PostgreSQL and headless Chromium (apt-get if missing, as root)."""
    _system_packages(session)
    exe = _labelstudio_venv(session)
    ARTIFACTS.mkdir(exist_ok=True)
    _pytest(session, INTEGRATION, {"DIPLONEWS_LABEL_STUDIO": str(exe), "DIPLONEWS_ARTIFACTS": str(ARTIFACTS)})


@nox.session
def lint(session: nox.Session) -> None:
    """Check code style and common mistakes with ruff."""
    session.install(*PYPROJECT["dependency-groups"]["lint"])
    session.run("ruff", "check", str(ROOT), *session.posargs)
    session.run("ruff", "format", "--check", str(ROOT))


@nox.session
def typing(session: nox.Session) -> None:
    """Check types with mypy in strict mode."""
    _install_project(session, "typing")
    session.run("mypy", *session.posargs)


@nox.session
def validate(session: nox.Session) -> None:
    """Check the schema projections, the corpus and every annotation file."""
    _install_project(session)
    session.run("diplonews", "schema", "check")
    session.run("diplonews", "validate", str(ANNOTATIONS), *session.posargs)


@nox.session(default=False)
def regenerate(session: nox.Session) -> None:
    """Rewrite every file generated from schema/labels.json (then review and commit the diff)."""
    _install_project(session)
    session.run("diplonews", "schema", "generate")


@nox.session(default=False)
def ingest(session: nox.Session) -> None:
    """Re-ingest corpus/raw into corpus/articles.jsonl."""
    _install_project(session)
    session.run("diplonews", "ingest", str(CORPUS / "raw"), "-o", str(CORPUS / "articles.jsonl"))


@nox.session(default=False)
def release(session: nox.Session) -> None:
    """Build the release end to end from what is committed: validate, agreement, gold, build, check."""
    session.install("-c", str(CONSTRAINTS), "-e", str(ROOT))
    # A relative path keeps the printed load_dataset line short and true for whoever runs it here.
    session.run("diplonews", "release", "--version", RELEASE_VERSION, "-o", DIST.name, *session.posargs)


@nox.session(default=False, venv_params=["--clear"])
def lock(session: nox.Session) -> None:
    """Pin the release build's runtime dependencies into constraints/release.txt (review, then commit)."""
    session.install("-e", str(ROOT))
    frozen = session.run("python", "-m", "pip", "freeze", "--exclude-editable", silent=True)
    CONSTRAINTS.write_text(CONSTRAINTS_HEADER + str(frozen), encoding="utf-8")


@nox.session(default=False)
def annotate(session: nox.Session) -> None:
    """Start the local Label Studio server for annotators (Ctrl-C stops it)."""
    _install_project(session)
    exe = _labelstudio_venv(session)
    session.run("diplonews", "labelstudio", "serve", *session.posargs, env={"DIPLONEWS_LABEL_STUDIO": str(exe)})


@nox.session(default=False)
def agreement(session: nox.Session) -> None:
    """Write the inter-annotator agreement report (JSON and HTML) under reports/."""
    _install_project(session)
    session.run("diplonews", "agreement", str(ANNOTATIONS), "--format", "json", "-o", "reports/agreement.json")
    session.run("diplonews", "agreement", str(ANNOTATIONS), "--format", "html", "-o", "reports/agreement.html")


@nox.session(default=False)
def check_dist(session: nox.Session) -> None:
    """Load the built release offline with `datasets` and check it against the schema."""
    _install_project(session, "test")
    session.run("diplonews", "check-dist", str(DIST / f"v{RELEASE_VERSION}"), *session.posargs)


@nox.session(default=False)
def bench(session: nox.Session) -> None:
    """Time each stage beside its baseline, print the table, refresh benchmarks/RESULTS.md and RESULTS.json."""
    _install_project(session, "test")
    exe = _labelstudio_venv(session)
    session.run("python", str(BENCHMARKS / "run.py"), *session.posargs, env={"DIPLONEWS_LABEL_STUDIO": str(exe)})


if __name__ == "__main__":
    nox.main()
