# Dates, datetimes, times and timedeltas hash as CPython's do, so sets
# and dict keys of them iterate in CPython's order.
from datetime import date, datetime, time, timedelta, timezone

print(hash(date(2020, 1, 1)), hash(datetime(2020, 1, 1, 12, 30)), hash(time(10, 5, 3, 200)))
print(hash(timedelta(1)), hash(timedelta(hours=-3, microseconds=7)), hash(datetime(2020, 1, 1)) == hash(datetime(2020, 1, 1, 0, 0)))
print({date(2020, 1, 1), date(2021, 5, 5), date(1999, 12, 31), date(2000, 2, 29)})
print({datetime(2020, 1, 1, h) for h in range(6)})
print({time(h, 30) for h in range(6)})
print({timedelta(minutes=m) for m in (1, 5, 60, 1440)})
seen = {}
for d in [date(2024, 3, 1), date(2023, 3, 1), date(2024, 3, 1), date(2022, 12, 25)]:
    seen[d] = seen.get(d, 0) + 1
print(seen)
aware = datetime(2020, 1, 1, 12, tzinfo=timezone.utc)
print(hash(aware) == hash(datetime(2020, 1, 1, 13, tzinfo=timezone(timedelta(hours=1)))))
print(len({aware, datetime(2020, 1, 1, 7, tzinfo=timezone(timedelta(hours=-5)))}))
