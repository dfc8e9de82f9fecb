# IGNORECASE beyond simple case pairs: CPython treats 's' and 'ſ', 'i' and
# 'ı', 'σ' and 'ς', 'µ' and 'μ' ... as the same letter, in literals and in
# sets; not under ASCII.  Back references compare lower-cased text.
import re

print(re.findall("(?i)σ", "Σσς"), re.findall("(?i)ς", "Σσς"), re.findall("(?i)[σ]", "Σσς"))
print(re.findall("(?i)ΟΔΟΣ", "οδος οδοσ ΟΔΟΣ Οδός"))
print(re.findall("(?i)s", "sSſ"), re.findall("(?ai)s", "sSſ"), re.findall("(?i)[^s]", "sSſx"))
print(re.findall("(?i)[a-z]+", "ſtrıng Straße"))
print(re.findall("(?i)i", "iIıİ"), re.findall("(?i)µ", "µμΜ"))
print(re.match(r"(?i)(σ)\1", "σΣ"), re.match(r"(?i)(σ)\1", "σς"))
print(re.sub("(?i)k", "_", "kK"), re.findall("(?i)[в-д]+", "ВГД вгд"))
