# 주석
async def f():
    return 42

coro = f()
result = await coro           # 이제야 실행!
