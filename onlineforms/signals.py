"""What onlineforms tells other apps about submissions (receivers are connected in their
AppConfig.ready()).

submission_stored(sender=the page class, submission, page, answers, request): sent inside the transaction that
stores a submission, after its answers and files and before its e-mails are queued. `answers` are
the form's cleaned answers by field key; `request` is the HTTP request it came with (None when
stored without one). A receiver that cannot accept the submission (say, a date
it books was taken meanwhile) raises SubmissionRefused: the whole submission is rolled back and
the form is shown again with the message, at the field if one is named.

submissions_purging(sender=Submission, ids): sent inside the retention purge's transaction just
before the expired submissions with these primary keys are deleted, so apps strip the personal data
they keep about them."""

from django.dispatch import Signal

submission_stored = Signal()
submissions_purging = Signal()


class SubmissionRefused(Exception):
    """Raised by a submission_stored receiver: the submission cannot be stored as sent."""

    def __init__(self, message, field=None):
        super().__init__(str(message))
        self.message = message
        self.field = field
