# issue 10 reproducer: max-steps 200000 max-memory 268435456
# Found by the program generator: on the virtual clock, asyncio.sleep(10**9)
# and sleep(nan) hung the loop outside the step budget; sleep(inf) waits
# for ever (a deadlock report), sleep(10**18) ends with the budget.
import asyncio
for t in (10**9, float('nan'), 10**7, 10**18, float('inf')):
    try:
        asyncio.run(asyncio.wait_for(asyncio.sleep(t), 10**10))
        print(t, 'slept')
    except TimeoutError:
        print(t, 'timeout')
