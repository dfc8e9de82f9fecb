# str repr: quote choice, escapes, printable non-ASCII stays as is
for s in ["abc", "it's", 'say "hi"', 'both \' and "', "tab\there\n", "\x00\x7f\x80\xa0",
          "한글 문자열", "é ß", "back\\slash", "\u200b\u3000\ufeff", "😀"]:
    print(repr(s))
print(repr(["a", "한"]), str("x"), len("한글abc"))
