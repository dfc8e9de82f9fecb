# The classic request-id pattern: a context variable read deep in the
# call chain (here by a logging helper) without passing it around.
import asyncio
import contextvars
from contextvars import ContextVar

request_id: ContextVar[str] = ContextVar('request_id')


def log(message):
    print(f'[{request_id.get("no-request")}] {message}')


async def query_db(what):
    log(f'querying {what}')
    await asyncio.sleep(0.01)
    log(f'got {what}')
    return what.upper()


async def handle_request(rid, item):
    token = request_id.set(rid)
    try:
        log('handling request')
        result = await query_db(item)
        await asyncio.sleep(0.02)
        log(f'done: {result}')
        return result
    finally:
        request_id.reset(token)
        log('after reset')


async def main():
    log('server start')
    results = await asyncio.gather(
        handle_request('r1', 'apples'),
        handle_request('r2', 'pears'),
        handle_request('r3', 'plums'),
    )
    print(results)
    log('server stop')


asyncio.run(main())
