from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo town of Lindenfeld: `seed_demo` and its content. Installed in dev and test settings only."""

    name = "demo"
    verbose_name = "Demo town"
