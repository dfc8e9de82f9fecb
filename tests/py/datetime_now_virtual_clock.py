# now(), today(), utcnow() and fromtimestamp() read the virtual wall
# clock: 1970-01-01 00:00:00 UTC at the start, moving only when the
# program waits (time.sleep, asyncio.sleep).
import asyncio
import time
from datetime import date, datetime, timedelta, timezone

print(datetime.now(), date.today(), datetime.utcnow(), repr(datetime.now()))
print(datetime.now(timezone.utc), datetime.now().timestamp(), datetime.now().astimezone())
start = datetime.now()
time.sleep(1.5)
print(datetime.now(), datetime.now() - start)
time.sleep(86400 * 30)
print(date.today(), datetime.now().isoformat(timespec='seconds'))


async def tick(name, delay):
    for _ in range(2):
        await asyncio.sleep(delay)
        print(f'{datetime.now():%H:%M:%S.%f} {name}')


async def main():
    t0 = datetime.now()
    await asyncio.gather(tick('fast', 0.25), tick('slow', 0.5))
    print('elapsed', datetime.now() - t0)


asyncio.run(main())
print(datetime.fromtimestamp(time.time()) == datetime.now(), datetime.fromtimestamp(0))
print(datetime.fromtimestamp(1e9), datetime.utcfromtimestamp(86400.5), datetime.fromtimestamp(1.9999995))
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(-1.5), date.fromtimestamp(1e9))
print(datetime(2020, 1, 1).timestamp(), datetime(2020, 1, 1, tzinfo=timezone.utc).timestamp())
