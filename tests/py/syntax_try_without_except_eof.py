# A try block at the end of the file, with no except/finally.
print("never printed")
def load():
    try:
        return int("12")
