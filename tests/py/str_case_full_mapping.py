# Full case mappings (SpecialCasing) as CPython: 'İ'.lower() is two code
# points, 'ß'.upper() is 'SS', ligatures expand, title() and capitalize()
# use titlecase, casefold() differs from lower(), and a capital sigma
# becomes final sigma at the end of a word.
def show(s):
    return ' '.join('%X' % ord(c) for c in s)
for s in ['İ', 'ß', 'ﬁ', 'ŉ', 'ΐ', 'ﬀ', 'ǰ', 'ẞ', 'ᾳ', 'ᾼ', 'ﬓ', 'ǅ', 'ǆ', 'Ǆ', 'ǈ', 'ﬗ', 'ᾀ']:
    print(show(s), '|', show(s.lower()), '|', show(s.upper()), '|', show(s.title()), '|',
          show(s.capitalize()), '|', show(s.swapcase()), '|', show(s.casefold()),
          s.isupper(), s.islower(), s.istitle())
print('İstanbul'.lower() == 'i\u0307stanbul', len('İstanbul'.lower()), 'straße'.upper(), 'ﬁnance'.upper())
print('straße'.casefold() == 'STRASSE'.casefold(), 'ﬁ'.casefold(), 'ΣΊΣΥΦΟΣ'.lower(), 'ΣΊΣΥΦΟΣ'.casefold())
for s in ['ΟΔΟΣ', 'ΟΔΟΣ ΑΣ', 'Σ', 'ΑΣ.', 'ΑΣ\u0301', 'Α\u0301Σ', "Α'Σ", 'ΑΣΑ', 'Α.Σ', 'ΑΣ1', 'ΑΣʰ', 'ʰΣ', '1Σ']:
    print(repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()))
print('hello WORLD ǆungla ǉ'.title(), 'ǅ'.istitle(), 'Ǆ'.istitle(), 'ᾼ'.istitle(), 'ᾼa'.istitle())
print('ǅ'.isupper(), 'ǅ'.islower(), 'ᵃ'.islower(), 'Ⓐ'.isupper(), 'ⓐ'.upper(), '𝐀'.isupper(), '𝐀'.lower() == '𝐀')
print('Ꭰ'.lower(), 'ꭰ'.upper(), 'Ꭰ'.casefold(), 'ǅ'.swapcase(), 'µ'.upper(), 'ÿ'.upper(), 'ı'.upper(), 'ſ'.upper())
print('ǰ'.upper() == 'J\u030c', '\u0345'.upper(), 'ABC'.islower(), 'abc ß'.islower(), 'ÀÉ'.isupper(), ''.islower())
