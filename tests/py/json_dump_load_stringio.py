# json.dump/json.load to and from io.StringIO.
import io
import json

buf = io.StringIO()
json.dump({"users": [{"id": 1, "name": "Zoë"}, {"id": 2, "name": "Li"}]}, buf, indent=2)
print(buf.getvalue())
buf.seek(0)
data = json.load(buf)
print(data, data["users"][0]["name"])
buf = io.StringIO()
json.dump([1, 2], buf, separators=(",", ":"))
json.dump("tail", buf)
print(repr(buf.getvalue()))
bad = io.StringIO()
try:
    json.dump([1, "two", {"three": object()}], bad)
except TypeError as e:
    print(type(e).__name__, e)
print("partial:", repr(bad.getvalue()))
try:
    json.load(io.StringIO('{"broken": }'))
except json.JSONDecodeError as e:
    print(type(e).__name__, e)
class Chunks:
    def __init__(self):
        self.chunks = []
    def write(self, s):
        self.chunks.append(s)
c = Chunks()
json.dump({"a": [1, {"b": 2}], "c": "d"}, c)
print(c.chunks)
c = Chunks()
json.dump({"a": [1, {"b": 2}]}, c, indent=1)
print(c.chunks)
