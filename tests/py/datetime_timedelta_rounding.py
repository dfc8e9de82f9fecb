# timedelta times and divided by ints and floats rounds half to even;
# // % and divmod floor; totals and the limits of the type.
from datetime import timedelta

us = timedelta(microseconds=1)
print([str(us * k * 0.5) for k in range(1, 8)])
print([str(timedelta(microseconds=k) / 2) for k in range(-5, 6)])
print(timedelta(hours=1) * 0.1, 0.1 * timedelta(hours=1), timedelta(hours=1) / 7, timedelta(hours=-1) / 7)
print(timedelta(hours=-1) // 7, timedelta(1) // timedelta(hours=7), timedelta(1) % timedelta(hours=-7))
print(divmod(timedelta(-1), timedelta(hours=7)), timedelta(1) * -1.0, timedelta(1) / 0.25)
print(timedelta(microseconds=-1).total_seconds(), timedelta.max.total_seconds(), timedelta(days=-3).total_seconds())
print(repr(timedelta.max - timedelta.resolution + timedelta.resolution), repr(timedelta.min))
for f in [lambda: timedelta.max + timedelta.resolution, lambda: timedelta(1) * float('nan'),
          lambda: timedelta(1) / 0.0, lambda: timedelta(days=float('inf')), lambda: timedelta(seconds=float('nan')),
          lambda: timedelta(1) // 1.5, lambda: timedelta(1) % 5, lambda: 5 / timedelta(1), lambda: timedelta(1) * 'a']:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(timedelta(1) * True, -timedelta(0), abs(timedelta(-1, 5)))
