name = "A"
print(f"hello {name name}")
