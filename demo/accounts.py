"""The citizen account in the demo: one citizen who signs in by e-mail link (offline: the dev
settings print e-mails to the console of `manage.py db_worker`), with two requests of the contact
form in different states. Running it again updates the citizen and finds the same two requests."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from accounts.enums import LinkedBy, RequestStatus, SignInMethod
from accounts.models import Citizen, RequestLink, StatusChange
from onlineforms.submissions import ReferenceCounter, Submission

DEMO_EMAIL = "buerger@lindenfeld.example"
PROFILE = {
    "name": "Erika Mustermann",
    "street": "Lindenallee 5",
    "postcode": "45999",
    "city": "Lindenfeld",
    "phone": "0201 555 0100",
    "language": "de",
    "email_verified": True,
}
# (days ago, question, [(status, days ago, message)])
REQUESTS = [
    (12, "Wann wird die Biotonne in der Lindenallee geleert?", [
        (RequestStatus.IN_PROGRESS, 10, ""),
        (RequestStatus.DONE, 8, "Die Biotonne wird in der Lindenallee jeden zweiten Dienstag geleert."),
    ]),
    (3, "Kann ich meinen Wohnsitz auch online ummelden?", [
        (RequestStatus.NEEDS_INFORMATION, 1, "Bitte nennen Sie uns Ihr Einzugsdatum."),
    ]),
]


@transaction.atomic
def seed_accounts(forms):
    """`forms` maps demo form keys to German FormPages (demo.forms.seed_forms). Returns the citizen."""
    citizen, _created = Citizen.objects.update_or_create(
        method=SignInMethod.EMAIL, email=DEMO_EMAIL, defaults=PROFILE
    )
    page = forms.get("kontakt")
    if page is None:
        return citizen
    existing = {
        s.form_data.get("nachricht"): s for s in Submission.objects.filter(account_link__citizen=citizen)
    }
    now = timezone.now()
    for days, question, steps in REQUESTS:
        submission = existing.get(question)
        if submission is None:
            submission = Submission.objects.create(
                page=page,
                form_key=page.translation_key,
                language="de",
                reference=ReferenceCounter.next_reference(),
                citizen_email=DEMO_EMAIL,
                form_data={"name": PROFILE["name"], "email": DEMO_EMAIL, "thema": "Sonstiges", "nachricht": question},
            )
            RequestLink.objects.create(citizen=citizen, submission=submission, linked_by=LinkedBy.SESSION)
        Submission.objects.filter(pk=submission.pk).update(submit_time=now - timedelta(days=days))
        StatusChange.objects.filter(submission=submission).delete()
        for status, ago, message in steps:
            StatusChange.objects.create(
                submission=submission, status=status, message=message, created_at=now - timedelta(days=ago)
            )
    return citizen
