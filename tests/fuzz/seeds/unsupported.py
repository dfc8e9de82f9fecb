match x:
    case 1:
        pass
try:
    pass
except* ValueError:
    pass
b'bytes'
1j
'\N{BULLET}'
