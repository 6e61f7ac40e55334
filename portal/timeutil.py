"""Time in one place: the portal stores UTC and shows Europe/Amsterdam."""

import datetime as dt
from zoneinfo import ZoneInfo

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def as_utc(moment: dt.datetime | None) -> dt.datetime | None:
    """SQLite returns naive datetimes for UTC columns; make them comparable."""
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=dt.UTC)
    return moment


def today() -> dt.date:
    """The date in the Netherlands, which is what "valid on" and "publish from" mean."""
    return dt.datetime.now(AMSTERDAM).date()
