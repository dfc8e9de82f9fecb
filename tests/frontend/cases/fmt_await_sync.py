import asyncio

def normal_function():
    await asyncio.sleep(1)  # 사용 불가!
