counter = 1
def f():
    value = 2
    return valeu
try:
    f()
except NameError as e:
    print("NameError:", e)
print(countr)
