from django.apps import AppConfig


class PagecacheConfig(AppConfig):
    name = "pagecache"
    verbose_name = "Page cache"

    def ready(self):
        # Signal handlers connect here, once the models of every app are loaded.
        from pagecache import invalidation

        invalidation.connect()
