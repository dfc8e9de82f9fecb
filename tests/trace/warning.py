async def co():
    return 1


co()
print("after")
