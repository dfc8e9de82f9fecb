# re.error for bad patterns: CPython's messages, .msg, .pattern, .pos,
# .lineno, .colno (with the line and column in the message when the pattern
# has several lines); OverflowError, ValueError and TypeError where CPython
# raises them.
import re

bad = [
    "(abc", "abc)", "a)b(", "*a", "+", "a**", "a{2}{3}", "x{5,2}", "[abc", "[]",
    "[z-a]", r"[\d-z]", "\\", r"a\q", r"\x4", r"\u12", r"\8", r"(a)\2", "(?P<1x>a)",
    "(?P<n>a)(?P<n>b)", "(?P=missing)", "(?P", "(?", "(?Px)", "(?<x)", "(?z)",
    "(?#unclosed", "(?i", "(?-", "(?i-i:a)", "a(?i)", "(?(2)a|b)", "(?(0)a)",
    "(?(x)a)", "(?(1)a|b|c)", r"(?<=a+)b", r"(?<!a|bc)x", r"(a)(?<=\1)", "(?<=(a)\\1)",
    "(?L)a", "(?au)x", "(?-a:x)", "a|*", "^*", r"\b+", r"\400", "(?P<a>(?P=a))",
    "ab\ncd)", "a\n(b\nc", "(?x)a\n  b)  # comment",
]
for pattern in bad:
    try:
        re.compile(pattern)
        print("compiled", repr(pattern))
    except re.error as e:
        print(repr(pattern), "->", e, "|", repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == pattern)

try:
    re.compile("a{99999999999}")
except OverflowError as e:
    print("OverflowError", e)
try:
    re.compile("x", re.LOCALE)
except ValueError as e:
    print("ValueError", e)
try:
    re.compile("(?a)x", re.UNICODE)
except ValueError as e:
    print("ValueError", e)
try:
    re.compile(re.compile("a"), re.I)
except ValueError as e:
    print("ValueError", e)
try:
    re.compile(42)
except TypeError as e:
    print("TypeError", e)

e = re.error("plain")
print(repr(e), e.msg, e.pos, e.lineno)
e = re.error("with pos", "ab\ncd", 4)
print(e, e.lineno, e.colno)
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)

try:
    re.compile("(")
except Exception as e:
    print(type(e).__name__, type(e).__module__, e.args)
