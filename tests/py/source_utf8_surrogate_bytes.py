x = "í €"
print(x)
