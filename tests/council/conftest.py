import pytest


@pytest.fixture(scope="session", autouse=True)
def council_demo(django_db_setup, django_db_blocker):
    """The council demo on top of the seeded site (seed_demo adds it too once wired in; this is idempotent)."""
    from council.models import Committee

    with django_db_blocker.unblock():
        if not Committee.objects.exists():
            from council.demo import seed_council

            seed_council()
