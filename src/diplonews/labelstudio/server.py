"""Start and stop a local Label Studio server (used by ``diplonews labelstudio serve`` and the tests)."""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any
from urllib.parse import unquote, urlsplit, urlunsplit

from diplonews._io import atomic_write_text
from diplonews.labelstudio.errors import AccountError, ServerStartError, redacted

HOST = "127.0.0.1"
# Addresses that mean "every interface": the local CLI then reaches the server on loopback.
WILDCARD = ("0.0.0.0", "::", "")
# Host headers always answered besides the public URL's: the maintainer's own push/pull on this machine.
# A DNS-rebinding page cannot send these, so they open nothing to a browser elsewhere.
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]")
# Every file and folder the server makes is its user's only (database, SECRET_KEY, token, logs, media).
PRIVATE_UMASK = 0o077
EXECUTABLE_ENV = "DIPLONEWS_LABEL_STUDIO"
DEFAULT_EXECUTABLE = Path(".labelstudio/venv/bin/label-studio")
DEFAULT_DATA_DIR = Path(".labelstudio/data")
CREDENTIALS_FILE = "diplonews-admin.json"
DEFAULT_ADMIN = "admin@diplonews.invalid"
# Only these variables reach the server: Label Studio reads bare names (HOST, PORT, USERNAME,
# DATABASE_NAME...) as its own settings, so anything else in our environment could leak into it.
_PASSED_THROUGH = ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "TZ")


def project_root() -> Path:
    """The checkout this package runs from (editable install), else the current directory."""
    checkout = Path(__file__).resolve().parents[3]
    return checkout if (checkout / "pyproject.toml").is_file() and (checkout / "schema").is_dir() else Path.cwd()


def executable(root: Path | None = None) -> Path:
    """The ``label-studio`` executable: env DIPLONEWS_LABEL_STUDIO, else .labelstudio/venv under the project root."""
    configured = os.environ.get(EXECUTABLE_ENV)
    if configured:
        return Path(configured)
    return (root or project_root()) / DEFAULT_EXECUTABLE


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass(frozen=True)
class Credentials:
    """The admin account and its legacy API token, fixed when the data dir is first used."""

    username: str
    password: str
    token: str
    generated: bool = False


def credentials(data_dir: Path, env: dict[str, str] | None = None) -> Credentials:
    """Admin credentials: from the data dir if it has been used, else from the environment, else generated.

    Label Studio only takes them when it creates its database, so they are kept beside it (git-ignored).
    """
    env = dict(os.environ) if env is None else env
    stored = data_dir / CREDENTIALS_FILE
    if stored.is_file():
        raw = json.loads(stored.read_text(encoding="utf-8"))
        return Credentials(raw["username"], raw["password"], raw["token"])
    token = env.get("LABEL_STUDIO_API_KEY") or secrets.token_hex(20)
    creds = Credentials(
        username=env.get("LABEL_STUDIO_USERNAME") or DEFAULT_ADMIN,
        password=env.get("LABEL_STUDIO_PASSWORD") or secrets.token_urlsafe(12),
        token=token,
        generated="LABEL_STUDIO_API_KEY" not in env,
    )
    data_dir.mkdir(parents=True, exist_ok=True)
    atomic_write_text(stored, json.dumps({"username": creds.username, "password": creds.password, "token": token}))
    stored.chmod(0o600)
    return creds


def database_env(url: str | None) -> dict[str, str]:
    """Label Studio's settings for ``postgresql://user:password@host:port/name``; SQLite when ``url`` is None."""
    if url is None:
        return {"DJANGO_DB": "sqlite"}
    parts = urlsplit(url)
    try:
        port = parts.port or 5432
    except ValueError:  # a port that is not a number
        port = None
    if port is None or parts.scheme not in ("postgresql", "postgres") or not parts.path.strip("/"):
        raise ServerStartError(f"--database {redacted(url)}: expected postgresql://user:password@host:port/name")
    return {
        "DJANGO_DB": "default",
        "POSTGRE_NAME": unquote(parts.path.strip("/")),
        "POSTGRE_USER": unquote(parts.username or "postgres"),
        "POSTGRE_PASSWORD": unquote(parts.password or ""),
        "POSTGRE_HOST": parts.hostname or HOST,
        "POSTGRE_PORT": str(port),
    }


@dataclass(frozen=True)
class Exposure:
    """Where the server listens (``bind``) and the one address browsers use for it (``public_url``)."""

    bind: str = HOST
    public_url: str | None = None

    def local_host(self) -> str:
        """The address this machine's CLI connects to: the bound one, or loopback when bound to every interface."""
        if self.bind in WILDCARD:
            return HOST
        return f"[{self.bind}]" if ":" in self.bind else self.bind

    def origin(self, port: int) -> str:
        """The public URL's scheme://host[:port] (checked), or the local address when none was given."""
        if self.public_url is None:
            return f"http://{self.local_host()}:{port}"
        return public_origin(self.public_url)


def public_origin(url: str) -> str:
    """``url`` as scheme://host[:port]; ServerStartError for anything Label Studio could not serve under it."""
    how = "give the address annotators type, e.g. --public-url https://label.example.org"
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 -- raises ValueError on a port that is not a number
    except ValueError as exc:
        raise ServerStartError(f"--public-url {redacted(url)}: not a URL ({exc}); {how}") from exc
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ServerStartError(f"--public-url {redacted(url)}: needs http:// or https:// and a host name; {how}")
    if parts.username or parts.password or parts.path.strip("/") or parts.query or parts.fragment:
        # A sub-path would need Label Studio's URL prefix mode, which this command does not set up.
        raise ServerStartError(f"--public-url {redacted(url)}: only scheme, host and port are allowed; {how}")
    return urlunsplit((parts.scheme, parts.netloc.lower(), "", "", ""))


def exposure_env(exposure: Exposure, port: int) -> dict[str, str]:
    """Label Studio's host settings: its public URL, the Host headers it answers, invitation-only sign-up."""
    origin = exposure.origin(port)
    parts = urlsplit(origin)
    host = f"[{parts.hostname}]" if ":" in (parts.hostname or "") else str(parts.hostname)
    allowed = dict.fromkeys([host, *LOOPBACK_HOSTS])
    if exposure.bind not in WILDCARD:
        allowed[exposure.local_host()] = None
    env = {
        "LABEL_STUDIO_HOST": origin,
        # Django answers any other Host header with 400 (the default, '*', answered every name).
        "ALLOWED_HOSTS": ",".join(allowed),
        # Behind a TLS proxy Django sees http; the browser's https Origin must still pass the CSRF check.
        "CSRF_TRUSTED_ORIGINS": origin,
        # Anyone who reaches the server could otherwise make an account: only the invitation link signs up.
        "DISABLE_SIGNUP_WITHOUT_LINK": "true",
    }
    if parts.scheme == "https":
        # Session and CSRF cookies only over TLS. Both settings are parsed with int() by Label Studio.
        env.update(SESSION_COOKIE_SECURE="1", CSRF_COOKIE_SECURE="1")
    return env


def make_private(folder: Path) -> None:
    """Folders 700 and files 600 under ``folder`` (what existed before the umask was set, e.g. an older run)."""
    folder.chmod(0o700)
    for path in folder.rglob("*"):
        if path.is_symlink():
            continue  # its target is not ours to change
        path.chmod(0o700 if path.is_dir() else 0o600)


def _signal_group(pid: int, sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError):  # already gone
        os.killpg(pid, sig)


@dataclass
class Server:
    """A running Label Studio process: ``url`` for this machine's CLI, ``public_url`` for browsers."""

    process: subprocess.Popen[bytes]
    url: str
    creds: Credentials
    data_dir: Path
    log_path: Path
    exe: Path
    database: str | None = None
    _log: IO[bytes] | None = field(default=None, repr=False)
    exposure: Exposure = field(default_factory=Exposure)
    public_url: str = ""

    def stop(self, timeout: float = 20) -> None:
        """Stop the server and everything it started (it runs in its own process group)."""
        if self.process.poll() is None:
            _signal_group(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                _signal_group(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout)
        if self._log is not None:
            self._log.close()
            self._log = None

    def kill(self) -> None:
        """Kill the server at once, as a crash would."""
        if self.process.poll() is None:
            _signal_group(self.process.pid, signal.SIGKILL)
            self.process.wait(20)

    def restart(self, timeout: float = 180) -> None:
        """Start the server again on the same port, data dir and database (after stop or kill)."""
        self.stop()
        port = urlsplit(self.url).port
        fresh = start(
            self.data_dir, exe=self.exe, port=port, database=self.database, timeout=timeout, exposure=self.exposure
        )
        self.process, self._log = fresh.process, fresh._log

    def log_tail(self, lines: int = 30) -> str:
        """The last lines the server wrote."""
        text = self.log_path.read_text(encoding="utf-8", errors="replace") if self.log_path.exists() else ""
        return "\n".join(text.splitlines()[-lines:])


def server_env(
    data_dir: Path, creds: Credentials, database: str | None, hosts: dict[str, str] | None = None
) -> dict[str, str]:
    """The whole environment the server runs with: no outbound calls, legacy token, our data dir.

    ``hosts`` (from exposure_env) are its host, allowed-host and sign-up settings.
    """
    env = {k: os.environ[k] for k in _PASSED_THROUGH if k in os.environ}
    env.update(hosts or exposure_env(Exposure(), 8080))
    env.update(
        LABEL_STUDIO_BASE_DATA_DIR=str(data_dir),
        LABEL_STUDIO_USERNAME=creds.username,
        LABEL_STUDIO_PASSWORD=creds.password,
        LABEL_STUDIO_USER_TOKEN=creds.token,
        LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN="true",
        LATEST_VERSION_CHECK="false",
        COLLECT_ANALYTICS="false",
        SENTRY_DSN="",
        FRONTEND_SENTRY_DSN="",
        PYTHONUNBUFFERED="1",
        **database_env(database),
    )
    return env


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


def _open_log(path: Path) -> IO[bytes]:
    """The server log, appended to and readable by its owner only (it may name accounts and invitation links)."""
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    os.fchmod(fd, 0o600)
    return os.fdopen(fd, "ab")


def _launch(exe: Path, data_dir: Path, env: dict[str, str], where: tuple[str, int], log: IO[bytes]) -> Any:
    command = [str(exe), "start", "--no-browser", "--internal-host", where[0], "--port", str(where[1])]
    return subprocess.Popen(
        command, env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        start_new_session=True, cwd=data_dir, umask=PRIVATE_UMASK,
    )  # fmt: skip


def start(
    data_dir: Path,
    *,
    exe: Path | None = None,
    port: int | None = None,
    database: str | None = None,
    timeout: float = 180,
    exposure: Exposure | None = None,
) -> Server:
    """Start Label Studio on ``exposure.bind``:``port`` and return once ``/health`` answers on that very port."""
    exe = exe or executable()
    if not exe.exists():
        raise ServerStartError(
            f"{exe}: no Label Studio executable; run `nox -s annotate` once (it installs label-studio 1.23.2 "
            f"into .labelstudio/venv) or set {EXECUTABLE_ENV}"
        )
    exposure = exposure or Exposure()
    port = port or free_port()
    hosts = exposure_env(exposure, port)  # checks --public-url before anything is made
    data_dir = data_dir.resolve()
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    make_private(data_dir)
    creds = credentials(data_dir)
    url = f"http://{exposure.local_host()}:{port}"
    if _healthy(url):
        raise ServerStartError(f"{url}: something already answers there; choose another --port")
    log_path = data_dir / "server.log"
    log = _open_log(log_path)
    process = _launch(exe, data_dir, server_env(data_dir, creds, database, hosts), (exposure.bind, port), log)
    server = Server(process, url, creds, data_dir, log_path, exe, database, log, exposure, hosts["LABEL_STUDIO_HOST"])
    _wait_healthy(server, timeout)
    return server


def _wait_healthy(server: Server, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            server.stop()
            raise ServerStartError(f"Label Studio exited with {server.process.returncode}:\n{server.log_tail()}")
        if _healthy(server.url):
            make_private(server.data_dir)  # what Label Studio made before its umask could matter (none expected)
            return
        time.sleep(0.5)
    server.stop()
    # Label Studio moves to the next free port when its own is taken; we only accept the one we asked for.
    raise ServerStartError(
        f"Label Studio did not answer on {server.url}/health within {timeout:.0f} s:\n{server.log_tail()}"
    )


def set_password(
    data_dir: Path, email: str, password: str, *, exe: Path | None = None, database: str | None = None
) -> None:
    """Give the account ``email`` a new password with Label Studio's own ``reset_password`` command.

    The password goes in on stdin, never on the command line (which every local user can read in ``ps``).
    A new password also ends the account's open sessions (Django checks a hash of it on every request).
    """
    exe = exe or executable()
    data_dir = data_dir.resolve()
    if not (data_dir / CREDENTIALS_FILE).is_file():
        raise AccountError(
            f"{data_dir}: not the data dir of a server started by `diplonews labelstudio serve`; pass the same "
            "--data-dir and --database as serve (passwords are set with Label Studio's own command on the server's "
            "machine), or use --invite"
        )
    env = server_env(data_dir, credentials(data_dir), database)
    try:
        done = subprocess.run(
            [str(exe), "reset_password", "--username", email], check=False, input=password + "\n", env=env,
            cwd=data_dir, capture_output=True, text=True, timeout=300, start_new_session=True, umask=PRIVATE_UMASK,
        )  # fmt: skip
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise AccountError(f"{exe} reset_password for {email} did not run: {exc}") from exc
    if "Password successfully changed" not in done.stdout:
        said = (done.stdout.strip().splitlines() or ["(nothing)"])[-1]
        raise AccountError(f"Label Studio did not set the password of {email}: {said}; see `{exe} reset_password`")
