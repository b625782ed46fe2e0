"""In the demo (make demo), the German edit of one service shows up on the translators' dashboard."""

import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile

from demo.translation_status import EDITED_TEASER
from services.models import ServicePage
from translation_status.enums import Status
from translation_status.models import TranslationState

pytestmark = [pytest.mark.demo, pytest.mark.django_db]


def test_the_demo_s_german_edit_is_on_the_dashboard(client, admin_user):
    german = ServicePage.objects.get(locale__language_code="de", teaser=EDITED_TEASER)
    outdated = TranslationState.objects.get(status=Status.OUTDATED)
    assert outdated.translation_key == german.translation_key
    assert outdated.changed_strings == 1
    # Everything else the demo translated is up to date.
    assert not TranslationState.objects.filter(status=Status.UNTRANSLATED).exists()
    assert TranslationState.objects.filter(status=Status.CURRENT).count() > 100

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(admin_user)
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "1 translation is out of date." in home
    assert german.title in home
    english = german.get_translation(outdated.target_locale)
    assert reverse("wagtailadmin_pages:edit", args=[english.pk]) in home
