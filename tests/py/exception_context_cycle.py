# Three exceptions whose __context__ links form a cycle: each is printed
# once, oldest first, as CPython does.
x = ValueError(1)
y = KeyError(2)
z = TypeError(3)
x.__context__ = y
y.__context__ = z
z.__context__ = x
print(x.__context__.__context__.__context__ is x)
raise x
