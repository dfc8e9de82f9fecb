# Greedy, lazy and possessive quantifiers, counted repeats {m}, {m,}, {,n},
# {m,n}, a literal { when it is no repeat, atomic groups.
import re

html = "<b>bold</b> and <i>it</i>"
print(re.findall(r"<.*>", html), re.findall(r"<.*?>", html))
print(re.match(r"a+", "aaa"), re.match(r"a+?", "aaa"), re.match(r"a*?b", "aab"))
print(re.match(r"a??b", "ab"), re.match(r"(a|b)*?c", "abac").groups())
for q in ["{2}", "{2,}", "{,2}", "{1,3}", "{0}", "{,}", "{2,3}?", "{}", "{x}", "{1,x}", "{"]:
    p = "a" + q
    m = re.match(p, "aaaa{}x")
    print(p, m and m.group())
print(re.match(r"\d{3}-\d{4}", "555-1234"))
print(re.match(r"a++a", "aaa"), re.match(r"a*+b", "aab"), re.match(r"(?:ab)++a", "ababa"))
print(re.match(r"(?>a+)a", "aaa"), re.match(r"(?>a|ab)c", "abc"), re.match(r"(?>ab|a)c", "abc"))
print(re.match(r"(a|ab)(c|bcd)(d*)", "abcd").groups())
print(re.match(r"(a+)+b", "aaab").groups(), re.match(r"(a*)*b", "b").groups())
print(re.match(r"(a|)*", "aa").groups(), re.match(r"(?:a|())*", "aa").groups())
print(re.match(r"(\w)(\w)?(\w)??(\w)*", "abcd").groups())
print(re.findall(r"\d{2,3}?", "12345678"))
print(re.match(r"(?:x{2}){2}", "xxxx"), re.match(r"(x{1,2}?){2}$", "xxx").groups())
