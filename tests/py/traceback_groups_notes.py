# format_exception of an exception group with notes, and of an exception
# raised inside an asyncio task: the engine's own printer, as text.
import asyncio
import traceback


def check(n):
    if n % 2:
        raise ValueError(f'odd {n}')
    raise TypeError(f'even {n}')


errors = []
for i in range(3):
    try:
        check(i)
    except Exception as e:
        e.add_note(f'while checking {i}')
        errors.append(e)
group = ExceptionGroup('several checks failed', errors)
try:
    raise group
except ExceptionGroup:
    print(traceback.format_exc(), end='')
print(traceback.format_exception_only(group))


async def worker():
    await asyncio.sleep(0.1)
    raise KeyError('task failed')


async def main():
    task = asyncio.create_task(worker())
    try:
        await task
    except KeyError as e:
        print(''.join(traceback.format_exception(e)), end='')
        print(traceback.format_exception_only(e)[-1], end='')


asyncio.run(main())
