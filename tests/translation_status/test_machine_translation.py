"""DeepL through wagtail-localize, only when DEEPL_API_KEY is set (cms/settings/base.py). No network."""

import runpy
from pathlib import Path

from django.conf import settings
from wagtail.models import Locale
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.strings import StringValue

from translation_status.machine_translation import BritishEnglishDeepLTranslator

BASE = Path(settings.BASE_DIR) / "cms" / "settings" / "base.py"


def base_settings(monkeypatch, key=None):
    if key is None:
        monkeypatch.delenv("DEEPL_API_KEY", raising=False)
    else:
        monkeypatch.setenv("DEEPL_API_KEY", key)
    return runpy.run_path(str(BASE))


def test_no_key_no_machine_translator(monkeypatch):
    assert "WAGTAILLOCALIZE_MACHINE_TRANSLATOR" not in base_settings(monkeypatch)
    assert get_machine_translator() is None  # the test settings have none either


def test_a_key_configures_deepl(monkeypatch, settings):
    config = base_settings(monkeypatch, "0123-abcd:fx")["WAGTAILLOCALIZE_MACHINE_TRANSLATOR"]
    assert config["CLASS"] == "translation_status.machine_translation.BritishEnglishDeepLTranslator"
    assert config["OPTIONS"]["AUTH_KEY"] == "0123-abcd:fx"
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = config
    translator = get_machine_translator()
    assert isinstance(translator, BritishEnglishDeepLTranslator)
    assert translator.get_api_endpoint() == "https://api-free.deepl.com/v2/translate"  # a free key
    assert BritishEnglishDeepLTranslator({"AUTH_KEY": "pro-key"}).get_api_endpoint() == "https://api.deepl.com/v2/translate"
    parameters = translator.get_parameters(Locale(language_code="de"), Locale(language_code="en"), [StringValue("Fundbüro")])
    assert (parameters["source_lang"], parameters["target_lang"], parameters["text"]) == ("DE", "EN-GB", ["Fundbüro"])
