"""The demo town's content: YAML files under demo/content/, one per object, each checked against its
schema (demo/schema.py) when it is read. A missing, unknown or misspelt key or a value of the wrong
type stops the seed with the file and the field, e.g.
`services/hund-anmelden.yaml: de.faq[1].a: missing`."""

import copy
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

CONTENT_DIR = Path(__file__).resolve().parent / "content"
# The C loader when PyYAML was built with libyaml (much faster); both are safe loaders.
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class ContentError(ValueError):
    """A content file does not match its schema, or names an object that does not exist."""


@dataclass(frozen=True)
class Optional:
    """A key that may be left out; `default` is used instead."""

    schema: object
    default: object = None


@dataclass(frozen=True)
class OneOf:
    """One of a fixed set of values (a choice of the model, a weekday ...)."""

    values: tuple


@dataclass(frozen=True)
class Pattern:
    """Text that matches `regex`, e.g. a date; `example` goes into the error."""

    regex: str
    example: str


@dataclass(frozen=True)
class Either:
    """A value that matches one of several schemas (tried in order)."""

    alternatives: tuple


TYPE_NAMES = {str: "text", int: "a whole number", bool: "true or false", dict: "a mapping", list: "a list"}


def describe(value):
    if value is None:
        return "nothing (null)"
    return f"{TYPE_NAMES.get(type(value), type(value).__name__)} ({value!r:.40})"


def _join(field, name):
    return f"{field}.{name}" if field else str(name)


def check(value, schema, field=""):
    """`value` with the defaults of left-out optional keys filled in; ContentError naming the field
    if it does not match `schema` (a type, a {key: schema} mapping, a one-item list, or one of the
    classes above)."""
    where = field or "the file"
    if isinstance(schema, dict):
        if not isinstance(value, dict):
            raise ContentError(f"{where}: expected a mapping, got {describe(value)}")
        unknown = [name for name in value if name not in schema]
        if unknown:
            raise ContentError(f"{_join(field, unknown[0])}: unknown key (expected one of: {', '.join(schema)})")
        checked = {}
        for name, sub in schema.items():
            if name in value:
                checked[name] = check(value[name], sub.schema if isinstance(sub, Optional) else sub, _join(field, name))
            elif isinstance(sub, Optional):
                checked[name] = copy.deepcopy(sub.default)
            else:
                raise ContentError(f"{_join(field, name)}: missing")
        return checked
    if isinstance(schema, list):
        if not isinstance(value, list):
            raise ContentError(f"{where}: expected a list, got {describe(value)}")
        return [check(item, schema[0], f"{field}[{i}]") for i, item in enumerate(value)]
    if isinstance(schema, Either):
        errors = []
        for alternative in schema.alternatives:
            try:
                return check(value, alternative, field)
            except ContentError as error:
                errors.append(str(error).removeprefix(f"{where}: "))
        raise ContentError(f"{where}: matches none of the allowed forms ({'; or '.join(errors)})")
    if isinstance(schema, OneOf):
        if value not in schema.values:
            raise ContentError(f"{where}: {value!r} is not one of: {', '.join(map(str, schema.values))}")
        return value
    if isinstance(schema, Pattern):
        if not isinstance(value, str) or not re.fullmatch(schema.regex, value):
            raise ContentError(f"{where}: expected text like {schema.example!r}, got {describe(value)}")
        return value
    if not isinstance(value, schema) or (schema is int and isinstance(value, bool)):
        raise ContentError(f"{where}: expected {TYPE_NAMES.get(schema, schema.__name__)}, got {describe(value)}")
    return value


def read(relative, schema):
    """One content file (path relative to demo/content/), checked against `schema`."""
    path = CONTENT_DIR / relative
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=Loader)
    except yaml.YAMLError as error:
        raise ContentError(f"{relative}: not valid YAML: {error}") from None
    try:
        return check(data, schema)
    except ContentError as error:
        raise ContentError(f"{relative}: {error}") from None


def read_kind(kind, schema, index_schema=None):
    """(index, {key: object}) of demo/content/<kind>/: `_index.yaml` lists the objects in the order
    they are created (and holds what the kind's index page says); every other file is one object,
    whose key is its file name. Each object also gets its "key"."""
    index = read(f"{kind}/_index.yaml", {**(index_schema or {}), "order": [str]})
    files = {p.stem for p in (CONTENT_DIR / kind).glob("*.yaml") if p.name != "_index.yaml"}
    order = index["order"]
    for position, key in enumerate(order):
        if key not in files:
            raise ContentError(f"{kind}/_index.yaml: order[{position}]: there is no {kind}/{key}.yaml")
        if key in order[:position]:
            raise ContentError(f"{kind}/_index.yaml: order[{position}]: {key!r} is listed twice")
    unlisted = sorted(files - set(order))
    if unlisted:
        raise ContentError(f"{kind}/{unlisted[0]}.yaml: not listed in {kind}/_index.yaml (order)")
    return index, {key: {"key": key, **read(f"{kind}/{key}.yaml", schema)} for key in order}


def known(keys, names, where):
    """Fail with `where` (file and field) if one of `names` is not among `keys`."""
    for name in names:
        if name not in keys:
            raise ContentError(f"{where}: {name!r} does not exist (known: {', '.join(keys)})")
    return names
