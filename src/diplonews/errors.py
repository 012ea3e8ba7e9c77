"""The one exception tree of diplonews; every user-facing failure is one of these.

Exit codes (``cli.main`` prints ``Error: <message>`` and exits with the class's ``exit_code``):
2 when a command cannot do what was asked (an input it cannot read as what it should be, a refused
operation, a server or Hub failure; click's usage errors exit 2 as well); 1 when a check ran and found
problems in the data it was given, which the output lists (FindingsError: invalid annotations, a release
failing its checks; ``validate``, ``schema check`` and the ``--fail-*`` gates exit 1 the same way). A script
can then tell "fix the data" (1) from "fix the command or its inputs" (2).
"""

from __future__ import annotations


class DiplonewsError(Exception):
    """Base class: a problem the user can fix; the message says how."""

    exit_code = 2


class FindingsError(DiplonewsError):
    """A check ran and found problems in the data it was given (the message or the lines above list them)."""

    exit_code = 1


class InputError(DiplonewsError):
    """A file or folder given to a command cannot be read as what it should be."""


class SchemaError(DiplonewsError):
    """The label inventory or a generated projection of it is inconsistent."""


class CorpusError(DiplonewsError):
    """The corpus would change in a way that loses or invalidates work."""


class AnnotationsInvalidError(FindingsError):
    """Annotations broke at least one error-level rule."""


class SyncError(DiplonewsError):
    """Talking to the Label Studio server failed, or what it returned is unusable."""


class ReleaseError(DiplonewsError):
    """A release cannot be built or checked as asked."""


class ReleaseChecksError(FindingsError):
    """A built release failed its checks (``check-dist``); the problems are listed above the error."""


class PublishError(DiplonewsError):
    """Uploading or tagging a release on the Hub failed or was refused."""
