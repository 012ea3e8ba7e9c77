"""``diplonews build`` is all or nothing: it refuses bad gold, stays inside its output folder, and a crash
at any point leaves the previous release (or the new one) in place, never none."""

from __future__ import annotations

import pytest

from diplonews.errors import ReleaseError
from diplonews.release.build import check_version


@pytest.mark.parametrize("version", ["1.0.0\n", "v1.0.0", "1.0", "01.0.0", "1.0.0-rc1", " 1.0.0"])
def test_a_version_that_is_not_exactly_x_y_z_is_refused(version: str) -> None:
    """Matched whole: `$` alone would accept "1.0.0\\n", which then names a folder and a tag."""
    with pytest.raises(ReleaseError, match=r"is not semantic X\.Y\.Z"):
        check_version(version)
