# A def with no body at the end of the file.
print("never printed")
def greet(name):
