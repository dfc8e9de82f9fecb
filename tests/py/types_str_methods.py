# str methods: strip, case, find/index, count, replace, padding, predicates
s = "  Hello, World  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), "xxhixx".strip("x"))
print(s.upper(), s.lower(), "hello world".title(), "hELLO".capitalize(), "Straße".upper())
print("abcabc".find("c"), "abcabc".rfind("c"), "abc".find("z"), "한글한글".index("글", 2))
print("aaaa".count("aa"), "abc".count(""), "a-b-c".replace("-", "+"), "abc".replace("", "."))
print("ab".center(7, "*"), "ab".ljust(5) + "|", "ab".rjust(5), "-42".zfill(6), "7".zfill(3))
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"))
print("123".isdigit(), "abc".isalpha(), "한글".isalpha(), " \t".isspace(), "a1".isalnum())
print("ABC".isupper(), "abc".islower(), "변수_1".isidentifier(), "1x".isidentifier())
print("abc".startswith(("x", "a")), "abc".endswith("bc"), "abc".startswith("b", 1))
print(",".join(["a", "b", "c"]), "".join(reversed("abc")), "ab" * 3, "x" in "xyz")
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError", e)
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError", e)
