# An N-deep chain of awaited coroutines, each sleeping once on its way
# down: every sleep(0) resumes the whole chain above it (N * (N - 1) / 2
# frame resumes in all, as in CPython), and past 32 levels the VM resumes
# the chain across stack segments (core/vm/stackseg.h).
import asyncio, sys
sys.setrecursionlimit(100000)

async def down(n):
    if n == 0:
        return 0
    await asyncio.sleep(0)
    return await down(n - 1) + 1

async def main():
    print(await down(N))

asyncio.run(main())
