# A dict key with ":" but no value.
print("never printed")
ages = {"ann": 30, "bob": }
