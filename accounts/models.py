"""The citizen account (Bürgerkonto): citizens are not staff users. They have their own table, their
own session cookie (accounts/sessions.py) and never reach the admin; staff accounts never sign in
here. What a citizen sent is linked to the account (RequestLink), staff record a request's status
(StatusChange), and every submission keeps the consent text it was sent with (ConsentRecord)."""

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.enums import LinkedBy, RequestStatus, SignInMethod


def token_digest(token):
    """What is stored of a secret token: its SHA-256, so a copy of the database signs nobody in."""
    return hashlib.sha256(token.encode()).hexdigest()


def new_token():
    return secrets.token_urlsafe(32)


class Citizen(models.Model):
    """A citizen's account. Signed in either through the city's OpenID Connect provider (issuer and
    subject identify it) or with a link sent to a verified e-mail address."""

    method = models.CharField(_("sign-in method"), max_length=8, choices=SignInMethod.choices)
    oidc_issuer = models.CharField(_("OpenID Connect issuer"), max_length=300, blank=True)
    oidc_subject = models.CharField(_("OpenID Connect subject"), max_length=255, blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    email_verified = models.BooleanField(_("e-mail address verified"), default=False)
    name = models.CharField(_("name"), max_length=200, blank=True)
    street = models.CharField(_("street and number"), max_length=200, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    city = models.CharField(_("town"), max_length=100, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES, default="de")
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    last_login = models.DateTimeField(_("last sign-in"), null=True, blank=True)

    class Meta:
        verbose_name = _("citizen account")
        verbose_name_plural = _("citizen accounts")
        constraints = [
            models.UniqueConstraint(
                fields=["oidc_issuer", "oidc_subject"],
                condition=models.Q(method=SignInMethod.OIDC),
                name="accounts_one_account_per_oidc_subject",
            ),
            models.UniqueConstraint(
                fields=["email"], condition=models.Q(method=SignInMethod.EMAIL), name="accounts_one_email_account"
            ),
        ]

    def __str__(self):
        return self.name or self.email or f"#{self.pk}"

    @property
    def address(self):
        return ", ".join(part for part in (self.street, f"{self.postcode} {self.city}".strip()) if part)


class CitizenSession(models.Model):
    """A signed-in browser. The cookie holds a random token; the database only its digest."""

    citizen = models.ForeignKey(Citizen, on_delete=models.CASCADE, related_name="sessions")
    digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    id_token = models.TextField(blank=True)  # the provider's, as the hint for its logout

    def is_valid(self, now=None):
        return self.expires_at > (now or timezone.now())


class SignInLink(models.Model):
    """A link sent to an e-mail address for signing in: short-lived and used once."""

    email = models.EmailField()
    digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)
    language = models.CharField(max_length=8, default="de")
    next_url = models.CharField(max_length=300, blank=True)


class RequestLink(models.Model):
    """A submission (with the bookings made with it) belongs to an account."""

    citizen = models.ForeignKey(Citizen, on_delete=models.CASCADE, related_name="request_links")
    submission = models.OneToOneField(
        "onlineforms.Submission", on_delete=models.CASCADE, related_name="account_link"
    )
    linked_by = models.CharField(max_length=8, choices=LinkedBy.choices, default=LinkedBy.SESSION)
    linked_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("request of an account")
        verbose_name_plural = _("requests of accounts")


class StatusChange(models.Model):
    """One step of a request's status timeline, with the staff's message to the citizen."""

    submission = models.ForeignKey("onlineforms.Submission", on_delete=models.CASCADE, related_name="status_changes")
    status = models.CharField(_("status"), max_length=12, choices=RequestStatus.choices)
    message = models.TextField(
        _("message to the citizen"),
        blank=True,
        help_text=_("Shown in the citizen's account and sent by e-mail. Write it in the citizen's language."),
    )
    created_at = models.DateTimeField(_("changed at"), default=timezone.now)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["submission", "created_at"], name="accounts_status_timeline")]


class ConsentRecord(models.Model):
    """The consent a submission was sent with: the checkbox's words and the privacy notice linked,
    as they were at that moment, and a version (digest of those words) to compare texts by."""

    submission = models.ForeignKey("onlineforms.Submission", on_delete=models.CASCADE, related_name="consents")
    field_key = models.CharField(max_length=255)
    text = models.TextField(_("consent text"))
    privacy_notice = models.CharField(_("privacy notice"), max_length=500, blank=True)
    privacy_revision = models.PositiveIntegerField(_("privacy notice revision"), null=True, blank=True)
    version = models.CharField(_("version"), max_length=16)
    given_at = models.DateTimeField(_("given at"), default=timezone.now)

    class Meta:
        verbose_name = _("consent given")
        verbose_name_plural = _("consents given")


class CalendarChoice(models.Model):
    """My calendar: the committees (canonical rows) and event categories a citizen follows, their
    private feed address (only the digest of its token; a new token kills the old address), and
    e-mail reminders before the chosen committees' meetings."""

    citizen = models.OneToOneField(Citizen, on_delete=models.CASCADE, related_name="calendar")
    committees = models.ManyToManyField("council.Committee", blank=True, related_name="+", verbose_name=_("committees"))
    categories = models.JSONField(_("event categories"), default=list, blank=True)
    feed_digest = models.CharField(max_length=64, unique=True, null=True, blank=True)
    feed_created_at = models.DateTimeField(_("feed address created"), null=True, blank=True)
    reminders = models.BooleanField(_("e-mail reminders"), default=False)
    reminder_hours = models.PositiveSmallIntegerField(_("hours before the meeting"), default=24)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("calendar choice")
        verbose_name_plural = _("calendar choices")

    def new_feed_token(self):
        """A new private feed address; the old one stops working. Returns the token (never stored)."""
        token = new_token()
        self.feed_digest = token_digest(token)
        self.feed_created_at = timezone.now()
        self.save(update_fields=["feed_digest", "feed_created_at", "updated_at"])
        return token


class MeetingReminder(models.Model):
    """One reminder e-mail for one meeting to one citizen: the row is made before the e-mail is
    queued, and the unique pair means a meeting is never reminded of twice."""

    citizen = models.ForeignKey(Citizen, on_delete=models.CASCADE, related_name="meeting_reminders")
    meeting = models.ForeignKey("council.Meeting", on_delete=models.CASCADE, related_name="+")
    queued_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["citizen", "meeting"], name="accounts_one_reminder_per_meeting")
        ]
