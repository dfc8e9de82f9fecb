# old-style % formatting
print("%s %d %r %f %x %5.2f|" % ("a", 42, "b", 1.5, 255, 3.14159))
print("%(a)s-%(b)03d" % {"a": "x", "b": 7}, "%-5s|" % "ab", "%c%c" % (65, "b"), "100%%" % ())
print("%s" % (1,), "%s" % [1, 2], "%.2e" % 12345.678, "%i" % 3.9, "%o" % 8)
for fmt, args in [("%s %s", (1,)), ("%s", (1, 2)), ("%d", "a"), ("%x", 1.5), ("x", 5)]:
    try:
        print(fmt % args)
    except Exception as e:
        print(type(e).__name__, e)
