# bytes % args (PEP 461): %s/%b take bytes-like or __bytes__, %r/%a give ascii(), numbers as str
print(b'%s and %b' % (b'spam', bytearray(b'eggs')), b'%d items at %.2f' % (3, 1.5), b'%x %X %o %#x' % (255, 255, 8, 255))
print(b'%5s|%-5s|%.2s|%5.1b|' % (b'ab', b'cd', b'efg', b'xyz'), b'%c%c' % (65, b'B'), b'%5c|' % 67, b'%%', b'%% %d' % 1)
print(b'%r %a' % ('é', [1, 'é']), b'%r' % b'x', b'%(name)s is %(age)d' % {b'name': b'Bob', b'age': 7})
print(b'%i %u %e %g %F %+d % d %05d %-4d|' % (1, 2, 1.5, 2.5, 1.25, 3, 4, 5, 6), b'%*d|%-*d|%.*f' % (4, 1, 3, 2, 2, 3.14159))
print(bytearray(b'%d') % 5, type(bytearray(b'%s') % b'x').__name__, b'x' % (), b'x' % {}, b'%s' % bytearray(b'q'))
class B:
    def __bytes__(self):
        return b'custom'
print(b'<%s>' % B(), b'<%s>' % (B(),))
def t(expr):
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
for expr in ["b'%c' % 256", "b'%c' % 'a'", "b'%c' % b'ab'", "b'%c' % 1.5", "b'%z' % 1", "b'%' % 1",
             "b'%(a' % {}", "b'%s' % (1, 2)", "b'%s %s' % (b'a',)", "b'%d' % 'x'", "b'%x' % 1.5",
             "b'%s' % 'text'", "b'%s' % 5", "b'%s' % [1]", "b'%(x)s' % {'x': b'1'}", "b'%(x)s' % (1,)",
             "b'%*d' % ('a', 3)", "b'%5%' % ()", "b'%5%' % (1,)", "b'x' % 5", "b'%s%' % (b'a',)"]:
    t(expr)
