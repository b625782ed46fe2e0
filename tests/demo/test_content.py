"""The demo content files load, and a broken one fails with its file and field."""

import shutil

import pytest
import yaml

from demo import content, schema
from demo.city import lebenslagen_content, offices_content, services_content
from demo.council import committees_content
from demo.forms import forms_content
from demo.foundation import site_content


def test_every_content_file_matches_its_schema():
    services_index, services = services_content()
    assert len(services) == 60 and len(offices_content()) == 10 and len(lebenslagen_content()[1]) == 12
    assert len(forms_content()[1]) == 4 and len(committees_content()) == 8
    assert set(site_content()["top_services"]) <= set(services)
    assert services["personalausweis-beantragen"]["fee"] == {"kind": "fixed", "amount": "37.00"}
    assert services["abfallkalender"]["video"] is None  # left out: the optional key's default


@pytest.fixture
def services_dir(tmp_path, monkeypatch):
    """A content folder with the real services index and one real service, to break."""
    (tmp_path / "services").mkdir()
    real = content.CONTENT_DIR / "services"
    shutil.copy(real / "hund-anmelden.yaml", tmp_path / "services")
    (tmp_path / "services" / "_index.yaml").write_text(
        (real / "_index.yaml").read_text().split("order:")[0] + "order: [hund-anmelden]\n"
    )
    monkeypatch.setattr(content, "CONTENT_DIR", tmp_path)
    return tmp_path / "services"


def edit(path, change):
    data = yaml.safe_load(path.read_text())
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True))


def read_services():
    return content.read_kind("services", schema.SERVICE, schema.SERVICES_INDEX)


def test_the_copy_loads(services_dir):
    assert list(read_services()[1]) == ["hund-anmelden"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["de"].pop("teaser"), "services/hund-anmelden.yaml: de.teaser: missing"),
        (lambda d: d["en"].update(teasr="x"), "services/hund-anmelden.yaml: en.teasr: unknown key"),
        (lambda d: d.update(ozg_level="3"), "services/hund-anmelden.yaml: ozg_level: '3' is not one of"),
        (lambda d: d["de"].update(documents="Ausweis"), "services/hund-anmelden.yaml: de.documents: expected a list"),
        (lambda d: d["de"]["faq"][0].pop("a"), "services/hund-anmelden.yaml: de.faq[0].a: missing"),
        (lambda d: d["de"].update(title=3), "services/hund-anmelden.yaml: de.title: expected text, got a whole number"),
        (lambda d: d.update(fee={"kind": "fixed", "amount": 37}), "services/hund-anmelden.yaml: fee: matches none"),
        (lambda d: d.pop("leika"), "services/hund-anmelden.yaml: leika: missing"),
        (lambda d: d.update(leika="99 102 013 104"), "services/hund-anmelden.yaml: leika: expected text like"),
    ],
)
def test_a_broken_file_names_the_file_and_the_field(services_dir, change, message):
    edit(services_dir / "hund-anmelden.yaml", change)
    with pytest.raises(content.ContentError) as error:
        read_services()
    assert str(error.value).startswith(message), error.value


def test_every_file_is_listed_in_the_index_once(services_dir):
    shutil.copy(services_dir / "hund-anmelden.yaml", services_dir / "hund-abmelden.yaml")
    with pytest.raises(content.ContentError, match=r"services/hund-abmelden.yaml: not listed in services/_index.yaml"):
        read_services()
    edit(services_dir / "_index.yaml", lambda d: d.update(order=["hund-anmelden", "hund-abmelden", "katze"]))
    with pytest.raises(
        content.ContentError, match=r"services/_index.yaml: order\[2\]: there is no services/katze.yaml"
    ):
        read_services()


def test_invalid_yaml_names_the_file(services_dir):
    (services_dir / "hund-anmelden.yaml").write_text("de: [unclosed\n")
    with pytest.raises(content.ContentError, match=r"services/hund-anmelden.yaml: not valid YAML"):
        read_services()


def test_a_reference_to_a_missing_object_names_the_file_and_the_field():
    with pytest.raises(content.ContentError, match=r"services/x.yaml: offices: 'rathaus' does not exist"):
        content.known({"buergerbuero": 1}, ["rathaus"], "services/x.yaml: offices")
