# A try block followed by another statement instead of except/finally.
print("never printed")
try:
    x = int("12")
print(x)
