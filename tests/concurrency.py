"""Running code at the same moment from several threads, each with its own database connection
(and so its own transaction), for the tests that prove a race is decided by the database.
What the threads write is committed: the tests clean up after themselves."""

import threading

from django.db import connections


def in_thread(fn):
    """fn() in a thread of its own, so it sees (and writes) committed data outside the test's transaction."""
    result = {}

    def run():
        try:
            result["value"] = fn()
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return result.get("value")


def run_together(fn, count, timeout=30):
    """fn(0) … fn(count - 1), each in its own thread, released at the same moment; their results in
    the order they finished (an exception in a thread is its result)."""
    barrier = threading.Barrier(count)
    results = []
    lock = threading.Lock()

    def run(n):
        try:
            barrier.wait(timeout=timeout)
            outcome = fn(n)
        except Exception as error:  # reported to the test, which decides
            outcome = error
        finally:
            connections.close_all()
        with lock:
            results.append(outcome)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results
