import math
import asyncio
try:
    import asyncio.nothing
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import math.x
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from asyncio import nothing
except ImportError as e:
    print(type(e).__name__, e)
try:
    import no_such_module
except ImportError as e:
    print(type(e).__name__, e, e.name)
print(asyncio.__package__, hasattr(asyncio, "__path__"), math.__name__)
import asyncio as aio
print(aio is asyncio)
