# split: on a pattern, with capturing groups kept, maxsplit, empty matches.
import re

print(re.split(r"\W+", "Words, words, words."))
print(re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", 1))
print(re.split(r"\W+", "Words, words, words.", maxsplit=2))
print(re.split(r"[a-f]+", "0a3B9", flags=re.IGNORECASE))
print(re.split(r"(\W+)", "...words, words..."))
print(re.split(r"\b", "Words, words"))
print(re.split(r"x*", "axbc"))
print(re.split(r"(a)|b", "1a2b3"))
print(re.split(r",", ""))
print(re.split(r"\s*;\s*", "a ; b;c  ;d"))
print(re.compile(r"\d").split("a1b2c3", 2))
print(re.split(r"a", "bab", maxsplit=-1))
print(re.split(r"(?m)^", "one\ntwo\nthree"))
