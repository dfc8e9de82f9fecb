# gather(): the first error or cancellation wins unless return_exceptions;
# cancelling the gather cancels its children (the message travels).
import asyncio


async def ok(d, v):
    await asyncio.sleep(d)
    print('ok', v)
    return v


async def fail(d, msg):
    await asyncio.sleep(d)
    raise ValueError(msg)


async def self_cancel():
    await asyncio.sleep(0)
    raise asyncio.CancelledError('me')


async def main():
    try:
        await asyncio.gather(fail(0, 'a'), ok(0, 1), fail(0, 'b'))
    except ValueError as e:
        print('first error:', e)
    await asyncio.sleep(0)
    print(await asyncio.gather(fail(0, 'x'), ok(0, 2), return_exceptions=True))
    print(await asyncio.gather(self_cancel(), ok(0, 3), return_exceptions=True))
    try:
        await asyncio.gather(self_cancel(), ok(0, 4))
    except asyncio.CancelledError as e:
        print('child cancelled:', repr(e))
    g = asyncio.gather(ok(1, 5), ok(2, 6))
    await asyncio.sleep(0)
    print('cancel:', g.cancel('stop it'), g.cancel())
    try:
        await g
    except asyncio.CancelledError as e:
        print('gather cancelled:', e.args)
    print(g.cancelled(), g.cancel())
    c = ok(0, 'dup')
    print(await asyncio.gather(c, c))
    print(await asyncio.gather())

    inner = asyncio.create_task(ok(0.2, 'inner'))

    async def shielded():
        return await asyncio.shield(inner)

    st = asyncio.create_task(shielded())
    await asyncio.sleep(0.1)
    st.cancel()
    try:
        await st
    except asyncio.CancelledError:
        print('shield cancelled, inner done:', inner.done())
    print(await inner)


asyncio.run(main())
