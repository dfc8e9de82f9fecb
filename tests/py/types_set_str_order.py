# set iteration order for strings (PYTHONHASHSEED=0 -> siphash13, key 0)
print({"b", "a", "c"}, {"x", "y", "z", "w"}, {"한", "글"}, set("hello"))
print(sorted({"b", "a"}), hash("a"), hash("abc"), hash("한"), hash(""))
