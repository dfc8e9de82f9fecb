# datetime's error messages for out-of-range values, wrong types and
# operations that are not defined (CPython's C module's wording).
import datetime as D

cases = [
    'D.date(2020, 13, 1)', 'D.date(2020, 2, 30)', 'D.date(0, 1, 1)', 'D.date(10000, 1, 1)',
    'D.date(2020.0, 1, 1)', 'D.date("2020", 1, 1)', 'D.date(2020, 1)', 'D.datetime(2020)',
    'D.time(24)', 'D.time(1, 60)', 'D.time(1, 1, 60)', 'D.time(1, 1, 1, 1000000)',
    'D.time(fold=2)', 'D.time(tzinfo=1)', 'D.datetime(2020, 1, 1, 25)',
    'D.timedelta(days=1000000000)', 'D.timedelta("1")', 'D.timedelta(seconds=[])',
    'D.date(2020, 1, 1) + 1', 'D.date(2020, 1, 1) < 5', 'D.timedelta(1) + 1', 'D.timedelta(1) < 5',
    'D.datetime(2020, 1, 1) - D.date(2020, 1, 1)', 'D.date(2020, 1, 1) - D.datetime(2020, 1, 1)',
    'D.datetime(2020, 1, 1) < D.date(2020, 1, 1)', 'D.date(2020, 1, 1) < D.datetime(2020, 1, 1)',
    'D.datetime(2020, 1, 1) + D.date(2020, 1, 1)', 'D.time(1) + D.timedelta(1)', 'D.time(1) < 5',
    'D.timedelta(1) / 0', 'D.timedelta(1) // 0', 'D.timedelta(1) / D.timedelta(0)',
    'D.timedelta(1) // D.timedelta(0)', 'D.timedelta(1) % D.timedelta(0)', 'divmod(D.timedelta(1), 5)',
    'D.date.fromordinal(0)', 'D.date.max + D.timedelta(1)', 'D.datetime.max + D.timedelta(1)',
    'D.date.min - D.timedelta(1)', '-D.timedelta.max', 'D.timedelta.min - D.timedelta(1)',
    'D.datetime(2020, 1, 1, tzinfo=D.timezone.utc) - D.datetime(2020, 1, 1)',
    'D.datetime(2020, 1, 1, tzinfo=D.timezone.utc) < D.datetime(2020, 1, 1)',
    'D.time(1, tzinfo=D.timezone.utc) < D.time(2)',
    'D.timezone(D.timedelta(hours=25))', 'D.timezone(5)', 'D.timezone(D.timedelta(0), 5)',
    'D.date(2020, 1, 1).replace(month=13)', 'D.time(1, 2).replace(hour=30)',
    'D.date.fromisocalendar(2020, 54, 1)', 'D.date.fromisocalendar(2020, 1, 8)',
    'D.datetime(2020, 1, 1).astimezone(5)', 'D.datetime.combine(1, 2)', 'D.date(2020, 1, 1).strftime(5)',
    'D.datetime(2020, 1, 1).isoformat(timespec="days")', 'D.tzinfo().utcoffset(None)',
    'format(D.date(2020, 1, 1), 5)', 'D.datetime.fromtimestamp(float("nan"))',
]
for case in cases:
    try:
        print(case, '->', repr(eval(case)))
    except Exception as e:
        print(case, '!!', type(e).__name__, e)
try:
    D.date(2020, 1, 1).year = 2021
except AttributeError as e:
    print('read-only:', type(e).__name__)
