"""Background work: the scheduled OParl import (enqueue `import_oparl_sources` from cron or a scheduler,
e.g. every 30 minutes; `make worker` runs it)."""

from django_tasks import task

from council.models import OParlSource
from council.oparl.client import FetchError
from council.oparl.importer import run_import


@task()
def import_oparl_sources():
    results = {}
    for source in OParlSource.objects.all():
        try:
            report = run_import(source.system_url)
        except FetchError as error:
            results[source.system_url] = f"error: {error}"
            continue
        results[source.system_url] = str(report).splitlines()[0]
    return results
