# Back references \1 and (?P=name), and conditionals (?(1)yes|no).
import re

print(re.findall(r"\b(\w+) \1\b", "this is is a test test ok"))
print(re.sub(r"\b(\w+)( \1\b)+", r"\1", "the the the cat sat sat"))
print(re.match(r"(?P<q>['\"]).*?(?P=q)", "'it' said \"x\""))
print(re.search(r"<(\w+)>.*?</\1>", "<b>bold</b> <i>it</i>").group())
print(re.match(r"(a)|\1", "b"))
print(re.match(r"(a)?\1", "aa"), re.match(r"(a)?\1", "b"))
print(re.match(r"(a*)\1", "aaaa").group(1))
print(re.match(r"(?i)(ab)\1", "abAB"))
print(re.fullmatch(r"(<)?\w+(?(1)>)", "<tag>"), re.fullmatch(r"(<)?\w+(?(1)>)", "tag"))
print(re.fullmatch(r"(<)?\w+(?(1)>)", "<tag"))
print(re.fullmatch(r"(?P<p>\()?\d+(?(p)\)|)", "(12)"))
print(re.fullmatch(r"(a)?(?(1)b|c)", "c"))
print(re.findall(r"(\w)\1", "aabbcd"))
print([m.group() for m in re.finditer(r"(.)\1+", "aaabccdddd")])
