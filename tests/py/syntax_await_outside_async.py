async def fetch():
    return 1
def sync():
    return await fetch()
print("never")
