"""The SyncError subclasses raised by the Label Studio side."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from diplonews.errors import SyncError


def redacted(url: str) -> str:
    """``url`` with any user name and password replaced by ``***``, for messages and stored state."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return "<an unparsable URL>"
    if parts.username is None and parts.password is None:
        return url
    return urlunsplit(parts._replace(netloc=f"***@{host}{port}"))


class ServerUnreachableError(SyncError):
    """No Label Studio answers at the URL, or it stopped answering."""


class AuthenticationError(SyncError):
    """The server refused the API key."""


class RequestRejectedError(SyncError):
    """The server answered a request with a client error (4xx)."""


class ServerFailedError(SyncError):
    """The server answered with a server error (5xx)."""


class ExportFormatError(SyncError):
    """An export (or a document to push) cannot be converted; the message names task and region."""


class PushRefusedError(SyncError):
    """A push would change or duplicate what the server already holds."""


class PullConflictError(SyncError):
    """A pull would overwrite local files changed since the last pull."""


class ServerStartError(SyncError):
    """The local Label Studio server did not start."""


class ProjectNotFoundError(SyncError):
    """No project of the given title on the server."""


class AccountError(SyncError):
    """An annotator account could not be made, found or changed."""
