x = 3.14159
name = "Ada"
width, prec = 10, 3
print(f"{x:.2f}|{x:8.3f}|{x:<8.1f}|{x:e}")
print(f"{x:{width}.{prec}f}|")
print(f"{name!r} {name!s} {name:>6} {name:*^9}")
print(f"{42:05d} {42:x} {42:#b} {1234567:,} {0.25:%}")
print(f"{{literal}} {name}")
print(f"{'nested ' + name}")
print(f"{[1, 2]!r:>10}|")
print(f"{x=}, {name=!r}, {width*2=}")
print(f"{3 + 4}", f"{'a' if x > 3 else 'b'}")
items = {"a": 1}
print(f"{items['a']} {len(items)}")
print(f"{-7:+d} {7:+d} {7: d}")
print(f"{'한글':>5}|{'가':<3}|")
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
    def __format__(self, spec):
        return "fmt:" + spec
print(f"{P()} {P()!r} {P()!s} {P():xyz}")
try:
    print(f"{x:d}")
except ValueError as e:
    print("ValueError:", e)
