# A guard or a case body may yield or await: the frame is suspended in the
# middle of the match and resumes there.
def checker():
    while True:
        item = yield "ready"
        match item:
            case int(n) if (yield f"is {n} ok?"):
                print("accepted", n)
            case int(n):
                print("rejected", n)
            case str(s):
                answer = yield f"echo {s}"
                print("answer to echo:", answer)

g = checker()
print(next(g))
print(g.send(5))
print(g.send(True))
print(g.send(6))
print(g.send(False))
print(g.send("hi"))
print(g.send("pong"))
g.close()

import asyncio

async def allowed(user):
    await asyncio.sleep(0.1)
    return user == "admin"

async def handle(request):
    match request:
        case {"user": user, "action": "delete"} if await allowed(user):
            return f"{user} deleted"
        case {"user": user, "action": action}:
            await asyncio.sleep(0.1)
            return f"{user} may not {action}"

async def main():
    for r in [{"user": "admin", "action": "delete"}, {"user": "bob", "action": "delete"},
              {"user": "bob", "action": "read"}]:
        print(await handle(r))
    results = await asyncio.gather(*(handle({"user": u, "action": "delete"}) for u in ["x", "admin"]))
    print(results)

asyncio.run(main())
