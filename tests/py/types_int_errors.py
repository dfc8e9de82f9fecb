# int: CPython's exception types and messages
for expr in ["1 % 0", "1 // 0", "1 / 0", "divmod(1, 0)", "int('abc')", "int('5', 1)",
             "int([])", "int(5.5, 2)", "1 << -1", "1 + 'a'", "int(float('inf'))"]:
    try:
        eval(expr)
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
