# json.dumps: indent (int, 0, str), separators, sort_keys, nesting.
import json

data = {"name": "Ada", "langs": ["en", "fr"], "age": 36, "ok": True,
        "none": None, "ratio": 0.5, "nested": {"empty_list": [], "empty": {},
        "deep": [[1, 2], {"k": "v"}]}, "t": (1, 2)}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, indent=4, separators=(",", " = ")))
print(json.dumps([1, [2, [3, [4]]]], indent=1))
print(json.dumps({"b": 1, "a": {"d": 2, "c": 3}}, sort_keys=True))
print(json.dumps("plain"), json.dumps(42), json.dumps(None), json.dumps([]), json.dumps({}))
