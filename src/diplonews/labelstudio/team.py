"""Annotator accounts for a team: made, listed and removed with Label Studio's own API and CLI, never its database.

Label Studio Community has no per-project membership and no roles; its API cannot deactivate an account or set
a password. So an account is made by the API and gets its password from Label Studio's ``reset_password``
command; removing it gives it a password nobody knows (which also ends its sessions) and replaces its API token,
and marks it in its last name. Its annotations stay: pulls keep finding them under the same pseudonym.
"""

from __future__ import annotations

import datetime
import re
import secrets
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from diplonews.labelstudio.client import LabelStudioClient
from diplonews.labelstudio.errors import AccountError
from diplonews.labelstudio.sync import ANNOTATOR_DOMAIN, pseudonym
from diplonews.schema import ANNOTATOR_PATTERN, RESERVED_ANNOTATORS

# Set by `annotators remove` as the account's last name: Community shows no "deactivated" state of its own.
REMOVED = "removed"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
SetPassword = Callable[[str, str], None]


def account_email(name: str, email: str | None = None) -> str:
    """The account of annotator ``name``: ``email`` if given, else ``name@annotators.diplonews.invalid``."""
    if not re.fullmatch(ANNOTATOR_PATTERN, name) or name in RESERVED_ANNOTATORS:
        raise AccountError(
            f"{name!r}: an annotator name is lower-case letters, digits, '-' and '_', starting with a letter "
            f"(e.g. a3), and not {', '.join(sorted(RESERVED_ANNOTATORS))}"
        )
    if email is None:
        return f"{name}@{ANNOTATOR_DOMAIN}"
    if not _EMAIL.fullmatch(email.strip()):
        raise AccountError(f"--email {email!r}: not an e-mail address")
    return email.strip().lower()


def new_password() -> str:
    """A generated password (about 128 bits), shown once to the maintainer and stored nowhere."""
    return secrets.token_urlsafe(16)


def find_account(client: LabelStudioClient, name: str) -> dict[str, Any] | None:
    """The account of annotator ``name``: its username, or the project's own address for it."""
    default = f"{name}@{ANNOTATOR_DOMAIN}"
    found = [a for a in client.accounts() if a.get("username") == name or (a.get("email") or "").lower() == default]
    if len(found) > 1:
        ids = ", ".join(f"{a['id']} ({a.get('email')})" for a in found)
        raise AccountError(f"{name!r} names several accounts: {ids}; rename all but one in Label Studio first")
    return found[0] if found else None


def is_removed(account: dict[str, Any]) -> bool:
    """Whether `annotators remove` took this account away."""
    return str(account.get("last_name") or "").startswith(REMOVED)


def close_api_tokens(client: LabelStudioClient) -> None:
    """Personal access tokens off for the organisation: an admin cannot revoke another account's, so none exist.

    The legacy tokens stay on (diplonews authenticates with the admin's), and `remove` replaces an annotator's.
    """
    client.token_settings(api_tokens_enabled=False, legacy_api_tokens_enabled=True)


def add(client: LabelStudioClient, name: str, email: str | None, set_password: SetPassword) -> tuple[str, str]:
    """Make (or give a new password to) the account of ``name``; returns its address and generated password."""
    address = account_email(name, email)
    account = find_account(client, name)
    if account is not None and is_removed(account):
        raise AccountError(
            f"{name!r} was removed ({account.get('last_name')}); its annotations keep that name, so choose a new "
            "one for a new account"
        )
    if account is not None and (account.get("email") or "").lower() != address:
        raise AccountError(f"{name!r} already is the account {account.get('email')}, not {address}")
    close_api_tokens(client)
    if account is None:
        client.create_account(address, name)
    password = new_password()
    set_password(address, password)
    return address, password


def invitation(client: LabelStudioClient, public_url: str) -> str:
    """The organisation's sign-up link under the address annotators type."""
    close_api_tokens(client)
    return public_url.rstrip("/") + client.invite_path()


def remove(client: LabelStudioClient, name: str, set_password: SetPassword, rotate_token: SetPassword) -> str:
    """Take the account of ``name`` away from its owner; its annotations stay. Returns its address."""
    account = find_account(client, name)
    if account is None:
        raise AccountError(f"no account for annotator {name!r}; `diplonews labelstudio annotators list` shows them")
    if account["id"] == client.whoami().get("id"):
        raise AccountError(f"{name!r} is the account diplonews itself uses; it cannot be removed")
    address = str(account["email"])
    unknown = new_password()  # told to nobody: the account can no longer log in
    set_password(address, unknown)
    rotate_token(address, unknown)
    client.update_account(int(account["id"]), last_name=f"{REMOVED} {datetime.date.today().isoformat()}")
    return address


@dataclass
class Row:
    """One line of `annotators list`."""

    name: str
    pseudonym: str
    email: str
    done: int
    skipped: int
    removed: bool
    user_id: int = 0


def annotator_id(annotation: Mapping[str, Any]) -> int | None:
    """The user id of an exported annotation's author (``completed_by``: an id, or a user object)."""
    user = annotation.get("completed_by")
    user_id = user.get("id") if isinstance(user, dict) else user
    return user_id if isinstance(user_id, int) else None


def work_counts(tasks: Iterable[dict[str, Any]]) -> tuple[Counter[int], Counter[int]]:
    """user id -> tasks submitted, user id -> tasks skipped, from exported tasks."""
    done: Counter[int] = Counter()
    skipped: Counter[int] = Counter()
    for task in tasks:
        for annotation in task.get("annotations") or ():
            user_id = annotator_id(annotation)
            if user_id is not None:
                (skipped if annotation.get("was_cancelled") else done)[user_id] += 1
    return done, skipped


def roster(client: LabelStudioClient, key: bytes, project: str) -> list[Row]:
    """Every account but diplonews' own, with its pseudonym in pulls and its work in ``project``."""
    found = client.find_project(project)
    done, skipped = work_counts(client.export_tasks(int(found["id"]))) if found else (Counter(), Counter())
    me = client.whoami().get("id")
    rows = []
    for account in client.accounts():
        if account["id"] == me:
            continue
        email = str(account.get("email") or "")
        name = str(account.get("username") or email.split("@", maxsplit=1)[0])
        user_id = int(account["id"])
        row = Row(name, pseudonym(email, key), email, done[user_id], skipped[user_id], is_removed(account), user_id)
        rows.append(row)
    return sorted(rows, key=lambda r: r.name)
