# Template subclasses: another delimiter, a stricter idpattern, a
# braceidpattern, flags, a pattern of one's own; the pattern attribute.
import re
import string
from string import Template

print(Template.pattern.pattern.count('escaped'), Template.flags, Template.delimiter, Template.idpattern)


class Lower(Template):
    idpattern = '[a-z]+'
    flags = 0


print(Lower('$abc $ABC ${x}').safe_substitute(abc=1, x=2, ABC=3))


class Braces(Template):
    braceidpattern = '[A-Z.]+'


print(Braces('$name ${A.B} ${name}').safe_substitute(name='n', **{'A.B': 'ab'}))


class At(Template):
    delimiter = '@@'


print(At('@@who says @@@@ at @@{when}').substitute(who='me', when='noon'))


class Own(Template):
    pattern = r'''
    \[(?:
      (?P<escaped>\[) |
      (?P<named>[a-z]+)\] |
      (?P<braced>[A-Z]+)\] |
      (?P<invalid>)
    )'''


t = Own('[name] and [[ and [UP] and [')
print(t.safe_substitute(name='x', UP='y'), t.get_identifiers(), t.is_valid())
try:
    t.substitute(name='x', UP='y')
except ValueError as e:
    print(e)
print(string.capwords('  the  quick\tfox  '), string.capwords('a_b_c', '_'))
print(Template('$x $y').substitute({'x': 1, 'y': 2}, y='kw'))
