"""The booking tests run on the demo's forms, as the online-forms tests do."""

from tests.onlineforms.conftest import _on_the_demo_forms, demo_forms  # noqa: F401
