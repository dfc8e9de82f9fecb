try:
    x
finally:
x = 1
