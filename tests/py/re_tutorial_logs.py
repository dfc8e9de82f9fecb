# Parsing log lines the way tutorials do: a compiled verbose pattern with
# named groups, groupdict, counting with a dict, sub to mask data.
import re

LOG = """\
2024-01-05 10:15:32 INFO  [web] GET /home 200 0.012s user=alice ip=10.0.0.5
2024-01-05 10:15:33 WARN  [db] slow query 1.532s table=orders
2024-01-05 10:16:01 ERROR [web] POST /api/pay 500 2.301s user=bob ip=10.0.0.7
garbage line
2024-01-05 10:17:45 INFO  [web] GET /about-us 404 0.004s user=carol ip=192.168.1.20
"""

line_re = re.compile(r"""
    ^(?P<date>\d{4}-\d{2}-\d{2})\s
    (?P<time>\d{2}:\d{2}:\d{2})\s
    (?P<level>[A-Z]+)\s+
    \[(?P<component>\w+)\]\s
    (?P<message>.*)$
""", re.VERBOSE)

levels = {}
for line in LOG.splitlines():
    m = line_re.match(line)
    if not m:
        print("skipped:", repr(line))
        continue
    d = m.groupdict()
    levels[d["level"]] = levels.get(d["level"], 0) + 1
    req = re.search(r"(?P<method>GET|POST) (?P<path>\S+) (?P<status>\d{3})", d["message"])
    if req:
        print(d["time"], req["method"], req["path"], int(req["status"]))
    else:
        print(d["time"], d["component"], "->", d["message"])
print(levels)

print(re.findall(r"user=(\w+)", LOG))
print(re.findall(r"(\d+\.\d+)s", LOG))
print(re.sub(r"\b(\d{1,3}\.){3}\d{1,3}\b", "x.x.x.x", LOG.splitlines()[0]))
print(re.sub(r"ip=(\d+)\.(\d+)\.\d+\.\d+", r"ip=\1.\2.*.*", LOG.splitlines()[2]))
errors = [m.group("path") for m in re.finditer(r"(?m)^.*ERROR.*?(?P<path>/\S+)", LOG)]
print(errors)
print(len(re.findall(r"(?m)^\d{4}", LOG)), re.search(r"(?m)^garbage", LOG).start())
