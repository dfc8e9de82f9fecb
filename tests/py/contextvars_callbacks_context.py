# Loop callbacks run in a context: the one given with context=, else a
# copy of the context current when they were scheduled.  Future done
# callbacks too.
import asyncio
import contextvars

var = contextvars.ContextVar('var', default='default')


def show(tag):
    print(tag, var.get())


def on_done(fut):
    print('done callback sees', var.get(), fut.result())


async def main():
    loop = asyncio.get_running_loop()
    var.set('main')
    loop.call_soon(show, 'call_soon:')
    ctx = contextvars.Context()
    ctx.run(var.set, 'custom')
    loop.call_soon(show, 'call_soon context=:', context=ctx)
    loop.call_later(0.1, show, 'call_later:')
    loop.call_at(loop.time() + 0.2, show, 'call_at context=:', context=ctx)
    h = loop.call_soon(show, 'never')
    h.cancel()
    var.set('changed')
    fut = loop.create_future()
    fut.add_done_callback(on_done)
    var.set('changed again')
    fut.add_done_callback(on_done, context=ctx)
    fut.set_result(42)
    await asyncio.sleep(0.3)

    # a callback that sets the variable changes only its own copy
    def setter():
        var.set('set by callback')
        show('inside setter:')
    loop.call_soon(setter)
    await asyncio.sleep(0)
    show('main after setter:')
    # the same context object entered twice at once is an error
    def reenter():
        try:
            ctx.run(show, 'nested')
        except RuntimeError as e:
            print(type(e).__name__, str(e).split(':')[0])
    loop.call_soon(reenter, context=ctx)
    await asyncio.sleep(0)


asyncio.run(main())
