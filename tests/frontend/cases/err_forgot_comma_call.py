print("a" x)
