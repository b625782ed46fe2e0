"""The demo (seeded by tests/conftest.py) with its online forms, and anymail's test backend, as the
online-forms tests have them."""

from tests.onlineforms.conftest import _on_the_demo_forms, demo_forms  # noqa: F401
