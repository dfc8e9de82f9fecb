# The loop's exception handler: a custom one, and the default handler's
# layout (message, then the other keys sorted, then the traceback).
import asyncio


def handler(loop, ctx):
    print('handler:', sorted(ctx), ctx['message'])


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_exception_handler({'message': 'custom', 'x': 1})
    loop.set_exception_handler(None)
    loop.call_exception_handler({'message': 'default', 'b': [1], 'a': 'z',
                                 'exception': ValueError('v')})
    loop.call_exception_handler({})
    try:
        loop.set_exception_handler(3)
    except TypeError as e:
        print('TypeError:', e)


asyncio.run(main())
print('done')
