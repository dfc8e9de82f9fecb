# proggen: max-steps 200000 max-memory 268435456
import sys
def chunk():
    import asyncio
    async def c(i):
        return i
    async def main():
        async with asyncio.TaskGroup() as tg:
            for i in range(10**6):
                tg.create_task(c(i))
    asyncio.run(main())
chunk()
try:
    s = 'x' * 10**6 + '\n' * 100000
    print(len(s.upper()))
    print(len(s.split('a')))
finally:
    print('finally')
for _ in range(2):
    e = KeyError(0)
    for i in range(1500):
        e = ExceptionGroup(str(i), (e,))
    print(e.split(lambda x: isinstance(x, KeyError))[1] is None)
