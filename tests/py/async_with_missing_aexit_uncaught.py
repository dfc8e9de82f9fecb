# 3.11's message for a manager without __aexit__, uncaught.
class NoAexit:
    async def __aenter__(self):
        return 1


async def main():
    async with NoAexit() as x:
        print("never")


main().send(None)
