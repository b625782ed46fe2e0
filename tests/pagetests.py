"""Wagtail's page test case for tests on the shared town (tests/conftest.py)."""

from django.test import TestCase
from wagtail.test.utils import WagtailPageTestCase


class PageTestCase(WagtailPageTestCase):
    """Its class transaction is a savepoint inside the town's. Like pytest-django's own test case, it
    does not close the database connections after the class, which would end the town's transaction
    on PostgreSQL."""

    @classmethod
    def tearDownClass(cls):
        if cls._databases_support_transactions() and cls._databases_support_savepoints():
            cls._rollback_atomics(cls.cls_atomics)
        super(TestCase, cls).tearDownClass()
