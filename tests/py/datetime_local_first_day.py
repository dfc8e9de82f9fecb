# Local time (UTC under the oracle) on 0001-01-01: CPython's conversions
# also look a day back, so they fail there; UTC conversions do not.
from datetime import datetime, timezone

first = -62135596800            # 0001-01-01T00:00:00Z
for t in [first, first + 86399.5, first + 86400]:
    for name, f in [('fromtimestamp', datetime.fromtimestamp), ('utcfromtimestamp', datetime.utcfromtimestamp),
                    ('fromtimestamp utc', lambda t: datetime.fromtimestamp(t, timezone.utc))]:
        try:
            print(t, name, f(t))
        except ValueError as e:
            print(t, name, 'ValueError', e)
for dt in [datetime(1, 1, 1), datetime(1, 1, 1, 23, 59, 59), datetime(1, 1, 2), datetime(1, 1, 1, tzinfo=timezone.utc)]:
    for name, f in [('timestamp', lambda d: d.timestamp()), ('astimezone', lambda d: d.astimezone()),
                    ('astimezone utc', lambda d: d.astimezone(timezone.utc))]:
        try:
            print(dt, name, f(dt))
        except ValueError as e:
            print(dt, name, 'ValueError', e)
