# str.format: positional, keyword, attribute/index access, conversions, specs
class P:
    x = 3
print("{} {} {}".format(1, "a", 2.5), "{1}{0}".format("a", "b"), "{n}!".format(n=5))
print("{0.x} {1[0]} {2[k]}".format(P(), [9], {"k": "v"}))
print("{!r} {!s:>5} {:^7} {:<4}|".format("a", "b", "c", "d"))
print("{:05d} {:x} {:,} {:.3f} {:+d} {:>{w}}".format(42, 255, 1234567, 3.14159, 7, "r", w=4))
print("{{literal}} {}".format("ok"))
for fmt, args in [("{}", ()), ("{0} {}", (1, 2)), ("{a}", ()), ("{", ()), ("}", ()),
                  ("{:d}", ("a",))]:
    try:
        print(fmt.format(*args))
    except Exception as e:
        print(type(e).__name__, e)
