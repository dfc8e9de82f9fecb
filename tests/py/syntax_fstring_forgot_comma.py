# A typo inside an f-string replacement field.
name = "Ann"
print(f"hello {name name}")
