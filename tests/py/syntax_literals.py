print(0x1F, 0o17, 0b101, 1_000_000, 0xff_ff, 00, 123456789012345678901234567890)
print(1.5, 1e3, 1.5e-3, .5, 5., 1_0.2_5, 1E10, 3.0e+2, 0.1 + 0.2)
print('single', "double", '''triple
quoted''', """also "triple" """)
print("tab\there", "nl\\n", "quote\"s", 'it\'s', "\x41\u00e9\u4e2d\U0001F600", "\101")
print(r"raw\n\t", R"RAW\d", len("\n"), len(r"\n"))
print("implicit" " concat" 'enation', ("multi"
      "line"))
s = "back\
slash"
print(s)
x = 1 + \
    2
print(x)  # a comment
# full-line comment
print([1, 2,
       3], {
    "k": "v",   # trailing comma next
})
print(True, False, None, ..., type(...).__name__)
print(-5 // 2, -5 % 3, 2 ** -1, 2 ** 100, 7 / 2, divmod(-7, 2))
print(1 if 0b0 else 0o0, 0.0 == -0.0, repr(-0.0))
