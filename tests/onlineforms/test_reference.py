"""Reference numbers carry the town's prefix from settings, not a demo town's."""

import pytest
from django.test import override_settings

from onlineforms.submissions import ReferenceCounter


@pytest.mark.django_db
def test_reference_prefix_comes_from_settings():
    assert ReferenceCounter.next_reference(year=2031) == "SP-2031-000001"
    with override_settings(FORM_REFERENCE_PREFIX="LF"):
        assert ReferenceCounter.next_reference(year=2031) == "LF-2031-000002"
