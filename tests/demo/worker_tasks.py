"""A task for tests/demo/test_make_serve.py: the worker that `make serve` starts runs it."""

from django.core.mail import send_mail
from django_tasks import task


@task()
def send_greeting(marker):
    send_mail(f"Worker greeting {marker}", "Sent by the demo's background worker.", None, ["citizen@example.org"])
    return marker
