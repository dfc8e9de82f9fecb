print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(3.14159, 2), round(2.675, 2), round(1.005, 2), round(1234.5678, -2))
print(round(15, -1), round(25, -1), round(-25, -1), round(12345, -2))
print(round(7), type(round(7.6)), type(round(7.6, 0)), round(7.6, 0))
print(round(0.125, 2), round(0.375, 2), round(-2.5))
print(round(1e20), round(5, 2), round(True))
try:
    round("x")
except TypeError as e:
    print("TypeError:", e)
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
