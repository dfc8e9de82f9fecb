# str indexing and slicing by code point
s = "한글abc"
print(s[0], s[1], s[-1], s[1:4], s[::-1], s[::2], len(s), list(s))
for expr in ["s[10]", "s['a']", "s + 1", "1 in s"]:
    try:
        eval(expr)
    except Exception as e:
        print(type(e).__name__, e)
