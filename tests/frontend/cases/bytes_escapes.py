a = b'\x00\x7f\x80\xff\xAB'
b = b'\0\7\77\101\777\400\1234'
c = b'\n\t\r\a\b\f\v\\\'\"'
d = b'\u1234\U00012345\N{DASH}\q\ '
e = b'line\
continued'
f = b'\x41\x42' b'\x43'
