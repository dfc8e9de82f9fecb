# dict: insertion order, methods, views, errors
d = {"b": 1, "a": 2}
d["c"] = 3; d["b"] = 4; del d["a"]; d["a"] = 5
print(d, list(d), list(d.values()), list(d.items()), len(d))
print(d.get("z"), d.get("z", 0), d.setdefault("b", 9), d.setdefault("n", []), d.pop("n"))
print(d.popitem(), d, dict.fromkeys("ab", 0), {1: 2} | {3: 4}, dict(a=1, b=2))
print(d.keys(), d.values(), d.items(), "b" in d, "b" in d.keys(), ("b", 4) in d.items())
print({1: "a"} == {1: "a"}, dict([(1, 2), (3, 4)]), d.copy(), {1: 1, True: 2})
d.update({"x": 1}, y=2); d.update([("z", 3)]); print(d)
for expr in ["{}['k']", "{}[(1, 2)]", "{}.popitem()", "{[1]: 2}", "dict([1])", "dict([(1,)])"]:
    try:
        eval(expr)
    except Exception as e:
        print(type(e).__name__, e)
try:
    for k in d:
        d["new"] = 1
except RuntimeError as e:
    print("RuntimeError", e)
