# break, continue and else in async for; break leaves the generator
# suspended (it is closed when dropped).
async def gen(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("gen finally")


async def main():
    async for i in gen(6):
        if i == 1:
            continue
        if i == 4:
            break
        print("body", i)
    else:
        print("not printed")
    print("after loop")
    async for i in gen(2):
        pass
    else:
        print("else", i)
    for outer in range(2):
        async for i in gen(3):
            if i == outer:
                break
        print("outer", outer, "stopped at", i)
    return "ok"


try:
    main().send(None)
except StopIteration as e:
    print(e.value)
