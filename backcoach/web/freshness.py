"""Keeping cached answers true to the database.

A cache entry that depends on a row is dropped when the row is written. Dropping it only once
the transaction commits would leave a gap: a request that reads the cache between the write and
the commit could fill it again from the old rows, and keep them for hours. Dropping it only at
once would leave the mirror gap: a request between the drop and the commit refills it from the
rows not yet committed. So `after_write` does both: now, and again on commit.
"""

from collections.abc import Callable

from django.db import transaction


def after_write(forget: Callable[[], object]) -> None:
    forget()
    # Outside a transaction on_commit runs at once; inside it runs after the commit (and never
    # if the transaction rolls back, when the first call has already done no harm).
    transaction.on_commit(forget)
