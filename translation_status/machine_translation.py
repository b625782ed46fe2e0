"""DeepL through wagtail-localize's own integration (cms/settings/base.py sets it up only when
DEEPL_API_KEY is set). The English site writes British English (docs/languages.md), so English is
asked for as EN-GB: DeepL's plain "EN" target is deprecated and may answer in American English."""

from wagtail_localize.machine_translators.deepl import DeepLTranslator


class BritishEnglishDeepLTranslator(DeepLTranslator):
    def get_parameters(self, source_locale, target_locale, strings):
        parameters = super().get_parameters(source_locale, target_locale, strings)
        if parameters.get("target_lang") == "EN":
            parameters["target_lang"] = "EN-GB"
        return parameters
