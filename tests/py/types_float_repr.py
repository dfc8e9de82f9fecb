# float: repr, arithmetic corner cases, comparisons with ints
print(0.1 + 0.2, 1e16, 1e-5, 123456789.0, 1.0, -0.0, float('inf'), float('nan'))
print(1 + 2.5, 7 // 2.0, -7 % 2.5, divmod(7.5, 2), 2.0 ** 0.5, 10 / 4)
print(1 == 1.0, 2 ** 53 + 1 == float(2 ** 53), 0.5 < 1, float(' 1.5 '), float('-inf'))
print(round(2.5), round(3.5), round(2.675, 2), round(-0.5), (2.5).is_integer())
print(f"{3.14159:.2f} {1234567.891:,.2f} {0.5:%} {1e100:g} {12.0:08.3f}")
for expr in ["1.0 / 0", "1.0 % 0", "1.0 // 0", "float('abc')", "float([])"]:
    try:
        eval(expr)
    except Exception as e:
        print(type(e).__name__, e)
