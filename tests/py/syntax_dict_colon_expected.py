# A set element among dict items: CPython points at the key that lacks its ":".
print("never printed")
scores = {
    "ann": 90,
    "bob": 85,
    "cid"
}
print(scores)
