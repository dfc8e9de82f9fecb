import asyncio
async def main():
    return 1
await main()
