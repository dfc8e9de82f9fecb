import asyncio
import time
import requests
import httpx
import aiofiles

async def main():
    t0 = time.monotonic()
    r = requests.get("https://example.com/a")
    print(r, r.status_code, r.text, r.json(), time.monotonic() - t0)
    async with httpx.AsyncClient() as client:
        r2 = await client.get("https://example.com/b")
        print(r2, r2.status_code, r2.json(), time.monotonic() - t0)
        print(await client.aclose())
    async with aiofiles.open("file.txt") as f:
        print(f.name, f.mode, await f.read())
    async with aiofiles.open("new.txt", "w") as f:
        print(await f.write("hello "), await f.write("world"))
    print(aiofiles.FILES["new.txt"])
    try:
        async with aiofiles.open("missing.txt") as f:
            pass
    except FileNotFoundError as e:
        print("FileNotFoundError:", e)
    print(time.monotonic())

asyncio.run(main())
