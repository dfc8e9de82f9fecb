# timedelta: normalisation of its arguments (ints and floats, rounded
# half to even), str and repr, arithmetic with numbers and timedeltas.
from datetime import timedelta

for td in [timedelta(days=-1, seconds=5), timedelta(hours=-5), timedelta(1.5),
           timedelta(microseconds=-1), timedelta(weeks=2, milliseconds=3.5),
           timedelta(seconds=0.1), timedelta(microseconds=0.5), timedelta(microseconds=1.5),
           timedelta(microseconds=2.5), timedelta(seconds=1 / 3), timedelta(days=0.1, hours=0.01, minutes=-0.3),
           timedelta(minutes=-1.5), timedelta(weeks=-0.25), timedelta(milliseconds=-0.0005),
           timedelta(hours=1e-9), timedelta(days=2, hours=48), timedelta(seconds=86399, microseconds=1000000)]:
    print(repr(td), '|', td)
td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(td.days, td.seconds, td.microseconds, td.total_seconds(), timedelta(hours=25).seconds)
print(repr(-timedelta(hours=1)), abs(timedelta(-1)), +td, -td, bool(timedelta(0)), bool(timedelta(microseconds=1)))
print(timedelta(1) * 1.5, 3 * timedelta(hours=1), timedelta(1) / 3, timedelta(1) / 2.5, timedelta(1) // 7)
print(timedelta(3) / timedelta(2), timedelta(days=10, hours=3) // timedelta(hours=1), divmod(timedelta(7), timedelta(2)))
print(timedelta(minutes=1) % timedelta(seconds=7), timedelta(seconds=90) / 60, timedelta(1) * 0)
print(sum([timedelta(minutes=20)] * 4, timedelta()), min(timedelta(1), timedelta(hours=1)), timedelta(1) == timedelta(hours=24))
print(timedelta.max, timedelta.min, repr(timedelta.resolution), timedelta(1) != 5, timedelta(1) == 5)
print(timedelta(hours=1) - timedelta(hours=3), timedelta(0) - timedelta(microseconds=1))
print(round(timedelta(seconds=10).total_seconds()), timedelta(milliseconds=1500).total_seconds())
