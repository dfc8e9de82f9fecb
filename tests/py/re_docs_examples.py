# The examples of the re module's documentation: checking for a pair,
# a phonebook, text munging, adverbs, raw strings, search vs match.
import re

def displaymatch(match):
    if match is None:
        return None
    return '<Match: %r, groups=%r>' % (match.group(), match.groups())

valid = re.compile(r"^[a2-9tjqk]{5}$")
print(displaymatch(valid.match("akt5q")))
print(displaymatch(valid.match("akt5e")))
print(displaymatch(valid.match("akt")))
print(displaymatch(valid.match("727ak")))
pair = re.compile(r".*(.).*\1")
print(displaymatch(pair.match("717ak")))
print(displaymatch(pair.match("718ak")))
print(displaymatch(pair.match("354aa")))
print(pair.match("717ak").group(1))
print(pair.match("354aa").group(1))

text = """Ross McFluff: 834.345.1254 155 Elm Street

Ronald Heathmore: 892.345.3428 436 Finley Avenue
Frank Burger: 925.541.7625 662 South Dogwood Way


Heather Albrecht: 548.326.4584 919 Park Place"""
entries = re.split("\n+", text)
print(entries)
print([re.split(":? ", entry, 3) for entry in entries])
print([re.split(":? ", entry, 4) for entry in entries])

def repl(m):
    inner_word = list(m.group(2))
    inner_word.reverse()
    return m.group(1) + "".join(inner_word) + m.group(3)
text = "Professor Abdolmalek, please report your absences promptly."
print(re.sub(r"(\w)(\w+)(\w)", repl, text))

text = "He was carefully disguised but captured quickly by police."
print(re.findall(r"\w+ly\b", text))
for m in re.finditer(r"\w+ly\b", text):
    print('%02d-%02d: %s' % (m.start(), m.end(), m.group(0)))

print(re.match(r"\W(.)\1\W", " ff "))
print(re.match("\\W(.)\\1\\W", " ff "))
print(re.match(r"\\", r"\\"))
print(re.match("\\\\", r"\\"))

print(re.match("c", "abcdef"))
print(re.search("c", "abcdef"))
print(re.match("c", "abcdef"))
print(re.search("^c", "abcdef"))
print(re.search("^a", "abcdef"))
print(re.match("X", "A\nB\nX", re.MULTILINE))
print(re.search("^X", "A\nB\nX", re.MULTILINE))

m = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
print(m.group(0), m.group(1), m.group(2), m.group(1, 2))
m = re.match(r"(?P<first_name>\w+) (?P<last_name>\w+)", "Malcolm Reynolds")
print(m.group('first_name'), m.group('last_name'), m.group(1), m.group(2), m['first_name'])
m = re.match(r"(a)(b)", "ab")
print(m[0], m[1], m[2])
m = re.match(r"(\d+)\.(\d+)", "24.1632")
print(m.groups())
m = re.match(r"(\d+)\.?(\d+)?", "24")
print(m.groups(), m.groups('0'))
email = "tony@tiremove_thisger.net"
m = re.search("remove_this", email)
print(email[:m.start()] + email[m.end():])
print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.split(r'(\W+)', '...words, words...'))
print(re.split(r'\b', 'Words, words, words.'))
print(re.split(r'\W*', '...words...'))
print(re.split(r'(\W*)', '...words...'))
print(re.findall(r'\bf[a-z]*', 'which foot or hand fell fastest'))
print(re.findall(r'(\w+)=(\d+)', 'set width=20 and height=10'))
print(re.sub(r'def\s+([a-zA-Z_][a-zA-Z_0-9]*)\s*\(\s*\):',
             r'static PyObject*\npy_\1(void)\n{',
             'def myfunc():'))
def dashrepl(matchobj):
    if matchobj.group(0) == '-': return ' '
    else: return '-'
print(re.sub('-{1,2}', dashrepl, 'pro----gram-files'))
print(re.sub(r'\sAND\s', ' & ', 'Baked Beans And Spam', flags=re.IGNORECASE))
print(re.sub('x*', '-', 'abxd'))
print(re.escape('https://www.python.org'))
legal_chars = "abcdefghijklmnopqrstuvwxyz0123456789!#$%&'*+-.^_`|~:"
print('[%s]+' % re.escape(legal_chars))
operators = ['+', '-', '*', '/', '**']
print('|'.join(map(re.escape, sorted(operators, reverse=True))))
prog = re.compile(r"\d+")
print(prog.search("abc 123"), prog.match("abc 123"))
pattern = re.compile("d")
print(pattern.search("dog"), pattern.search("dog", 1))
pattern = re.compile("o")
print(pattern.match("dog"), pattern.match("dog", 1))
pattern = re.compile("o[gh]")
print(pattern.fullmatch("dog"), pattern.fullmatch("ogre"), pattern.fullmatch("doggie", 1, 3))
a = re.compile(r"""\d +  # the integral part
                   \.    # the decimal point
                   \d *  # some fractional digits""", re.X)
b = re.compile(r"\d+\.\d*")
print(a.match("3.14"), b.match("3.14"))
