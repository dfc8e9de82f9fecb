raise
raise E
raise E("m") from exc
raise E from None
assert x
assert x, "msg"
del a
del a, b
del a[0], a.b
del (a, b)
