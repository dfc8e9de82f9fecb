def f(mgr):
    async with mgr:
        pass
