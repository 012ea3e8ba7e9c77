"""The one exception tree of diplonews; every user-facing failure is one of these."""

from __future__ import annotations


class DiplonewsError(Exception):
    """Base class: a problem the user can fix; the message says how."""

    exit_code = 1


class InputError(DiplonewsError):
    """A file or folder given to a command cannot be read as what it should be."""

    exit_code = 2


class SchemaError(DiplonewsError):
    """The label inventory or a generated projection of it is inconsistent."""


class CorpusError(DiplonewsError):
    """The corpus would change in a way that loses or invalidates work."""

    exit_code = 2


class AnnotationsInvalidError(DiplonewsError):
    """Annotations broke at least one error-level rule."""


class SyncError(DiplonewsError):
    """Talking to the Label Studio server failed, or what it returned is unusable."""


class ReleaseError(DiplonewsError):
    """A release cannot be built or checked as asked."""


class PublishError(DiplonewsError):
    """Uploading or tagging a release on the Hub failed or was refused."""
