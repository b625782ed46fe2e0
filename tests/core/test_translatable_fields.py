"""Every page type tells wagtail-localize about every field: the shared ones come from BasePage, and a
page type's own fields are listed as translated or kept in step. A field left out would silently keep
the German text on the English page (as FormIndexPage's introduction once did)."""

import pytest
from django.db import models
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, get_page_models
from wagtail_localize.fields import TranslatableField

from core.models import BasePage

PAGE_TYPES = [model for model in get_page_models() if issubclass(model, BasePage) and not model._meta.abstract]
TEXT_FIELDS = (models.CharField, models.TextField, RichTextField, StreamField)


def listed(model):
    return {field.field_name: type(field) for field in model.translatable_fields}


def test_every_page_type_derives_from_base_page():
    project_pages = [model for model in get_page_models() if model.__module__.split(".")[0] != "wagtail"]
    assert {model.__name__ for model in project_pages} == {model.__name__ for model in PAGE_TYPES}


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_base_page_fields_come_first_and_unchanged(model):
    shared = [(type(field), field.field_name) for field in BasePage.translatable_fields]
    own = [(type(field), field.field_name) for field in model.translatable_fields]
    assert own[: len(shared)] == shared


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_every_own_text_field_is_translated(model):
    page_fields = {field.name for field in Page._meta.get_fields()}
    base_fields = {field.field_name for field in BasePage.translatable_fields}
    own_text = [
        field.name
        for field in model._meta.get_fields()
        if isinstance(field, TEXT_FIELDS) and field.name not in page_fields | base_fields and field.editable
    ]
    fields = listed(model)
    for name in own_text:
        assert name in fields, f"{model.__name__}.{name} is not in translatable_fields"
    names = {field.name for field in model._meta.get_fields()}
    assert set(fields) <= names, f"{model.__name__} lists fields it does not have: {set(fields) - names}"
    assert all(fields[name] is TranslatableField for name in own_text if name in ("intro", "body"))
