s = 'a\tb\n\x41\u00e9\U0001F600' + r'\raw' + '''tri
ple''' + "it's" 'implicit' \
    'concat'
print(repr(s), len(s), s.upper().split('\t'), '한국어'.encode if False else 0)
