# Names bound by patterns follow the usual scope rules: locals in a
# function, cells when captured, class attributes in a class body,
# globals with `global`.
def make_getters(pairs):
    getters = []
    for pair in pairs:
        match pair:
            case (name, value):
                getters.append(lambda: (name, value))
    return getters

print([g() for g in make_getters([("a", 1), ("b", 2)])])

def closure(data):
    match data:
        case {"n": n}:
            def inner():
                return n * 2
            return inner()

print(closure({"n": 21}))

class Config:
    match {"host": "example.org", "port": 8080}:
        case {"host": host, "port": port}:
            url = f"http://{host}:{port}"
print(Config.host, Config.port, Config.url)

counter = 0
def bump(event):
    global counter
    match event:
        case ("add", counter):
            pass
        case _:
            counter += 1
bump(("add", 10))
print(counter)
bump("other")
print(counter)

def outer():
    result = None
    def inner(x):
        nonlocal result
        match x:
            case [result, *_]:
                pass
    inner([5, 6])
    return result
print(outer())

# match inside comprehension helpers and lambdas
def kind(x):
    match x:
        case int():
            return "int"
        case str():
            return "str"
        case _:
            return "other"
print([kind(v) for v in [1, "a", 2.0]])

# match in an async function
import asyncio

async def fetch(request):
    await asyncio.sleep(0)
    match request:
        case {"method": "GET", "path": path}:
            return f"got {path}"
        case {"method": method}:
            return f"{method} not allowed"

async def main():
    print(await fetch({"method": "GET", "path": "/"}))
    print(await fetch({"method": "POST"}))

asyncio.run(main())

# a match statement as the whole body of a loop, with break/continue/return
def first_even(items):
    for item in items:
        match item:
            case int(n) if n % 2:
                continue
            case int(n):
                return n
            case "stop":
                break
    return None
print(first_even([1, 3, 4, 5]), first_even([1, "stop", 2]))

# the subject is evaluated once
def subject():
    print("  subject evaluated")
    return [1, 2]
match subject():
    case [1]:
        pass
    case [1, 2, 3]:
        pass
    case [1, x]:
        print("x =", x)
