# Nested timeout() blocks: the one that expires turns its own cancellation
# into TimeoutError; reschedule(), past deadlines, and the reprs.
import asyncio


async def main():
    async def nested(outer, inner):
        try:
            async with asyncio.timeout(outer) as a:
                try:
                    async with asyncio.timeout(inner) as b:
                        await asyncio.sleep(0.5)
                except TimeoutError:
                    print('inner expired', b.expired(), a.expired())
                    await asyncio.sleep(1)
        except TimeoutError:
            print('outer expired', a.expired(), repr(a))

    await nested(1, 0.2)
    await nested(0.2, 1)
    async with asyncio.timeout(None) as cm:
        print(repr(cm), cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 0.1)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print('cancelled inside')
            raise
    print('not reached')


async def past():
    try:
        async with asyncio.timeout(-1) as cm:
            print('body runs first', cm.expired())
            await asyncio.sleep(0)
    except TimeoutError as e:
        print('past deadline:', repr(e), type(e.__cause__).__name__)
    t = asyncio.timeout(1)
    try:
        t.reschedule(3)
    except RuntimeError as e:
        print('RuntimeError:', e)
    async with asyncio.timeout_at(asyncio.get_running_loop().time() + 5) as cm:
        pass
    print(repr(cm))
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        await main()
    except TimeoutError:
        print('main timed out')


asyncio.run(past())
