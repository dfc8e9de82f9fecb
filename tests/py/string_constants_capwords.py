# string's constants and capwords.
import string

for name in ("ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits",
             "hexdigits", "octdigits", "punctuation", "whitespace", "printable"):
    value = getattr(string, name)
    print(name, len(value), repr(value))
print(string.capwords(" aBc  dEf  ghi "))
print(string.capwords("a-b-c d-e", "-"))
print(string.capwords("hello world", None))
print("a" in string.ascii_letters, "!" in string.punctuation)
print("".join(c for c in "Hello, World! 123" if c not in string.punctuation))
