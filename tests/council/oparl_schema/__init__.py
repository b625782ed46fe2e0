"""Validate OParl output against the official OParl 1.1 schemas vendored beside this file (see
README.md for their source, licence and the two keywords of their own that this validator adds)."""

import json
import re
from datetime import date, datetime
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from jsonschema import Draft7Validator, FormatChecker, ValidationError, validators

HERE = Path(__file__).parent
TYPE = re.compile(r"^https://schema\.oparl\.org/1\.1/(\w+)$")

formats = FormatChecker()


@formats.checks("url", raises=ValueError)
def is_url(value):
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in value:
        raise ValueError(f"not an absolute http(s) address: {value!r}")
    return True


@formats.checks("date-time", raises=ValueError)
def is_datetime(value):
    if not isinstance(value, str):
        return True
    if datetime.fromisoformat(value).tzinfo is None or "T" not in value:
        raise ValueError(f"no time zone: {value!r}")
    return True


@formats.checks("date", raises=ValueError)
def is_date(value):
    if isinstance(value, str):
        date.fromisoformat(value)
        if len(value) != 10:
            raise ValueError(value)
    return True


@cache
def schema(name):
    return json.loads((HERE / f"{name}.json").read_text(encoding="utf-8"))


def _embedded(validator, name, instance, _schema):
    """The schemas' own keyword: `"schema": "File.json"` — an embedded object of that type."""
    if isinstance(instance, dict):
        yield from validator_for(name.removesuffix(".json"), instance).iter_errors(instance)


OParlValidator = validators.extend(Draft7Validator, {"schema": _embedded})


def validator_for(name, instance):
    document = schema(name)
    if isinstance(instance, dict) and instance.get("deleted") is True:
        # Section 2.8: a deleted object keeps id, type, created and modified; the rest may go.
        document = {**document, "required": ["id", "type", "created", "modified", "deleted"]}
    return OParlValidator(document, format_checker=formats)


def validate(obj, expected=None):
    """Every error of one OParl object (embedded objects included) as a list of readable lines."""
    match = TYPE.match(str(obj.get("type", ""))) if isinstance(obj, dict) else None
    if match is None:
        return [f"not an OParl 1.1 object: type {obj.get('type') if isinstance(obj, dict) else obj!r}"]
    name = match.group(1)
    if expected and name != expected:
        return [f"expected {expected}, got {name}"]
    errors = sorted(validator_for(name, obj).iter_errors(obj), key=lambda e: list(e.absolute_path))
    return [f"{name} {obj.get('id')}: /{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors]


def assert_valid(obj, expected=None):
    problems = validate(obj, expected)
    if problems:
        raise AssertionError("\n".join(problems))


__all__ = ["ValidationError", "assert_valid", "schema", "validate"]
