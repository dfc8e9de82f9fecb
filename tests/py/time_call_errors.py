# time's functions called wrongly: the messages of the oracle's CPython (whose
# clock functions are Python wrappers on the virtual clock), and an
# infinite sleep leaving a wall clock out of range.
import time
for a in ['x', None, [1], 1.5]:
    try:
        time.sleep(a); print('ok', a)
    except Exception as e: print(type(e).__name__, e)
for f, args, kw in [(time.sleep, (), {}), (time.sleep, (1, 2), {}), (time.time, (1,), {}), (time.monotonic_ns, (), {'x': 1}),
                    (time.strftime, (), {}), (time.strftime, ('%Y', None, 3), {}), (time.localtime, (1, 2), {}),
                    (time.ctime, (), {'secs': 0}), (time.gmtime, (), {'seconds': 0}), (time.asctime, (), {'t': (2020, 1, 1, 0, 0, 0, 0, 1, 0)}),
                    (time.strftime, ('%Y',), {'t': (2020, 1, 1, 0, 0, 0, 0, 1, 0)}), (time.strftime, ('%Y',), {'format': '%m'}), (time.sleep, (), {'secs': 0.5})]:
    try:
        print(f(*args, **kw))
    except Exception as e: print(type(e).__name__, e)
print(time.localtime(None).tm_year, time.ctime(None), time.time())
time.sleep(float('inf'))
try: time.localtime()
except Exception as e: print(type(e).__name__, e)
