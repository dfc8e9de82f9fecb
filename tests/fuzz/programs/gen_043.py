# proggen: max-steps 200000 max-memory 268435456
import sys
import contextlib
with contextlib.suppress(Exception):
    print(enumerate([1], 2**53 + 1).__next__())
    print(any(x > 10**7 for x in range(10**6)))
for _ in range(2):
    print(list(reversed(sorted(set(range(10)))))[:3])
    print(max([(i, [i]) for i in range(1)], default=None))
for _ in range(2):
    import asyncio
    async def c(i):
        await asyncio.sleep(10**9)
    async def main():
        ts = [asyncio.create_task(c(i)) for i in range(10**7)]
        done, pending = await asyncio.wait(ts, timeout=5)
        return len(done)
    print(asyncio.run(main()))
