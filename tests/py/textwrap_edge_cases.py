# TextWrapper edge cases: em-dashes, hyphen breaks, sentence endings with
# quotes, max_lines with placeholders that fall back to the previous line,
# whitespace kept when drop_whitespace is off, and a subclass hook.
import textwrap

print(textwrap.wrap('well-known--and then x--y, "end." said she. Go! now', 8))
print(textwrap.wrap('ab-cd-ef-gh a-b-c --lead -x- 12-34 über-groß', 6))
print(textwrap.wrap('He said "stop." Then left. ok? yes! A.B. Mr. X', 14,
                    fix_sentence_endings=True))
print(textwrap.wrap('one two three four five six', 9, max_lines=2, placeholder=' ~'))
print(textwrap.wrap('aaaa bbbbbbbbbbbbbbbbbb cc', 8, max_lines=2))
print(textwrap.wrap('aaaa bbbb cccc', 6, max_lines=2, placeholder='...'))
print(textwrap.wrap('  a  b  c  ', 3, drop_whitespace=False))
print(textwrap.wrap('word\twith\ttabs and\nnewlines', 10, tabsize=4))
print(textwrap.wrap('supercalifragilistic-expialidocious', 10))
print(textwrap.wrap('x' * 25, 10, initial_indent='>> ', subsequent_indent='.. '))
print(textwrap.shorten('  many   spaces\there\nand there  ', 18, placeholder='…'))
print(repr(textwrap.dedent('\t\tx\n\t  y\n\t\n')))
print(repr(textwrap.dedent('  a\r\n  b\n')))


class Upper(textwrap.TextWrapper):
    def _munge_whitespace(self, text):
        return super()._munge_whitespace(text).upper()


print(Upper(width=12).fill('a custom wrapper that shouts'))
