# str semantics: \w, \d, \s and \b on Unicode text, and with the ASCII flag;
# IGNORECASE for Latin-1, Greek and Cyrillic letters; escapes \x \u \U, octal.
import re

text = "Ünïcödé wörds, ΑΒΓ αβγ, Привет мир, ٣٤ 12 ²"
print(re.findall(r"\w+", text))
print(re.findall(r"\w+", text, re.ASCII))
print(re.findall(r"\d+", text), re.findall(r"(?a)\d+", text))
print(re.findall(r"\s", "a\u00a0b\u2003c\td"), re.findall(r"(?a)\s", "a\u00a0b\u2003c\td"))
print(re.findall(r"\b\w", "café olé"), re.findall(r"(?a)\b\w", "café olé"))
print(re.findall(r"(?i)αβγ", "ΑΒΓ αβγ ΑβΓ"))
print(re.findall(r"(?i)привет", "ПРИВЕТ привет"))
print(re.findall(r"(?i)[а-я]+", "ПРИВЕТ мир"))
print(re.findall(r"(?i)É", "éÉe"), re.findall(r"(?i)ÿ", "ÿŸ"))
print(re.findall(r"\x41\u0042\U00000043\103\0", "ABC\x00 ABC"))
print(re.match(r"[\u00e0-\u00ff]+", "àéîõü!"))
print(re.findall(r"[^\W\d_]+", "abc_123 déf"))
print(re.search(r"é+", "caféé!"), len("caféé!"))
print(re.sub(r"(?i)über", "over", "Über über ÜBER"))
print(re.split(r"\W+", "größe, maß; ëx"))
m = re.search(r"(\w+)\s(\w+)", "→ naïve café ←")
print(m, m.span(1), m.group(2))
print(re.findall(r".", "a😀b"), re.search(r"😀", "xx😀").span())
