"""Several things done at the same moment, as separate server workers or cron runs do them:
each in a thread of its own, with its own database connection, so each sees only what is
committed and takes its own locks. On PostgreSQL (tests marked `postgres`): SQLite serialises
writers, so nothing there happens at once."""

import threading
import time
from collections.abc import Callable
from typing import Any

from django.db import connection

TIMEOUT = 60


def at_once(*calls: Callable[[], Any], timeout: float = TIMEOUT) -> list:
    """Calls each of `calls` in a thread of its own, all released together, and returns what
    they returned, in their order. What any of them raised is raised here, once all ended."""
    start = threading.Barrier(len(calls))
    returned: list = [None] * len(calls)
    raised: list[Exception] = []

    def run(index, call):
        try:
            start.wait(timeout=timeout)
            returned[index] = call()
        except Exception as error:
            raised.append(error)
        finally:
            connection.close()  # the thread's own; the test's stays open

    threads = [threading.Thread(target=run, args=item) for item in enumerate(calls)]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + timeout
    for thread in threads:
        thread.join(timeout=max(0, deadline - time.monotonic()))
    running = sum(thread.is_alive() for thread in threads)
    assert not running, f"{running} of {len(calls)} still running after {timeout} s"
    if raised:
        raise ExceptionGroup(f"{len(raised)} of {len(calls)} failed", raised)
    return returned


def in_another_worker(call: Callable[[], Any]) -> Any:
    """What `call()` returns when another worker makes it, while this one's transaction is open."""
    return at_once(call)[0]
