s = "\n\t\\\'\"\a\b\f\v\r\x41\u00e9\U0001F600\101\0\q\d"
t = "line\
continued"
