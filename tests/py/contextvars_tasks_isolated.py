# Each task runs in a copy of the context current when it was created:
# what a task sets is its own, and the creator's values are inherited.
import asyncio
import contextvars

request_id = contextvars.ContextVar('request_id', default='-')
user = contextvars.ContextVar('user')


async def handle(n, delay):
    print(f'start {n}: inherited request_id={request_id.get()} user={user.get("?")}')
    request_id.set(f'req-{n}')
    await asyncio.sleep(delay)
    print(f'after sleep {n}: request_id={request_id.get()}')
    await asyncio.sleep(delay)
    return request_id.get()


async def main():
    user.set('alice')
    request_id.set('main')
    tasks = [asyncio.create_task(handle(i, d)) for i, d in enumerate([0.3, 0.1, 0.2])]
    user.set('bob')              # after the tasks were created: not seen by them
    print(await asyncio.gather(*tasks))
    print('main still sees', request_id.get(), user.get())
    ctx = contextvars.copy_context()
    ctx.run(request_id.set, 'in-ctx')
    t = asyncio.create_task(handle(9, 0.1), context=ctx)
    print(await t, ctx[request_id], request_id.get())


asyncio.run(main())
print('outside asyncio.run:', request_id.get(), user.get('unset'))
