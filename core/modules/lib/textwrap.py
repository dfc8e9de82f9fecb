# textwrap - wrap, fill, shorten, dedent and indent plain text.
#
# Written for Coroscope from CPython 3.11's documented behaviour of
# TextWrapper and its helpers (the same line breaks, hyphen and em-dash
# rules, sentence-end fixing, max_lines/placeholder).  Text is cut into
# chunks by a hand-written scanner rather than by regular expressions.
# Left out: the class's regex attributes (wordsep_re, sentence_end_re...).

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_BLANKS = '\t\n\x0b\x0c\r '
_PUNCT = '!"\'&.,?'


def _wordish(ch):                 # a regex \w character
    return ch.isalnum() or ch == '_'


def _letter(ch):                  # \w but not a digit
    return _wordish(ch) and not ch.isdecimal()


def _at(s, i):                    # s[i], or '' out of range (never negative)
    return s[i] if 0 <= i < len(s) else ''


def _dash_run(s, i):
    # Length of an em-dash at s[i]: two or more '-' then a word character.
    j = i
    while _at(s, j) == '-':
        j += 1
    return j - i if j - i >= 2 and _wordish(_at(s, j)) else 0


def _em_dash_at(s, i):
    # An em-dash counts only after a word or punctuation character.
    prev = _at(s, i - 1)
    return bool(prev) and (_wordish(prev) or prev in _PUNCT) and _dash_run(s, i) > 0


def _letters_around(s, i, step):
    # Two letters next to i going one way, or letter '-' letter.
    a, b, c = _at(s, i + step), _at(s, i + 2 * step), _at(s, i + 3 * step)
    return _letter(a) and (_letter(b) or (b == '-' and _letter(c)))


def _hyphen_break(s, i):
    # 'well-known' may break after the '-' at s[i].
    return _letters_around(s, i, -1) and _letters_around(s, i, 1)


def _chunks_by_hyphen(s):
    out, i, n = [], 0, len(s)
    while i < n:
        if s[i] in _BLANKS:
            j = i
            while j < n and s[j] in _BLANKS:
                j += 1
        elif _em_dash_at(s, i):
            j = i + _dash_run(s, i)
        else:
            j = i + 1
            while j < n and s[j] not in _BLANKS and not _em_dash_at(s, j):
                if s[j] == '-' and _hyphen_break(s, j):
                    j += 1
                    break
                j += 1
        out.append(s[i:j])
        i = j
    return out


def _chunks_by_blanks(s):
    # Alternating runs of whitespace and non-whitespace.
    out, i, n = [], 0, len(s)
    while i < n:
        blank = s[i] in _BLANKS
        j = i + 1
        while j < n and (s[j] in _BLANKS) == blank:
            j += 1
        out.append(s[i:j])
        i = j
    return out


def _ends_sentence(chunk):
    # a lowercase letter, then . ! or ?, then maybe a closing quote
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return len(chunk) > 1 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


_OPTIONS = ('width', 'initial_indent', 'subsequent_indent', 'expand_tabs',
            'replace_whitespace', 'fix_sentence_endings', 'break_long_words',
            'drop_whitespace', 'break_on_hyphens', 'tabsize', 'max_lines',
            'placeholder')


class TextWrapper:
    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        given = locals()
        for name in _OPTIONS:
            setattr(self, name, given[name])

    # -- the steps, overridable as in CPython --

    def _munge_whitespace(self, text):
        out = text.expandtabs(self.tabsize) if self.expand_tabs else text
        if not self.replace_whitespace:
            return out
        return ''.join([' ' if c in _BLANKS else c for c in out])

    def _split(self, text):
        # only the value True itself turns the hyphen rules on
        scan = _chunks_by_hyphen if self.break_on_hyphens is True else _chunks_by_blanks
        return scan(text)

    def _fix_sentence_endings(self, pieces):
        # One space after a sentence's end becomes two.
        k = 0
        while k + 1 < len(pieces):
            if pieces[k + 1] == ' ' and _ends_sentence(pieces[k]):
                pieces[k + 1] = '  '
                k += 2
            else:
                k += 1

    def _handle_long_word(self, stack, line, used, room):
        # A chunk longer than a whole line: cut it to fill this one (or,
        # when words may not be broken, give it a line of its own).
        word = stack[-1]
        if not self.break_long_words:
            if not line:
                line.append(stack.pop())
            return
        cut = room - used if room >= 1 else 1
        if self.break_on_hyphens and len(word) > cut:
            dash = word.rfind('-', 0, cut)
            if dash > 0 and word[:dash].strip('-'):
                cut = dash + 1              # prefer breaking after a hyphen
        line.append(word[:cut])
        stack[-1] = word[cut:]

    def _wrap_chunks(self, pieces):
        if self.width <= 0:
            raise ValueError(f"invalid width {self.width!r} (must be > 0)")
        limit = self.max_lines
        if limit is not None:
            first = self.subsequent_indent if limit > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        todo = pieces[::-1]           # next chunk at the end: pop() is cheap
        lines = []
        while todo:
            prefix = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(prefix)
            if self.drop_whitespace and lines and not todo[-1].strip():
                todo.pop()            # no line but the first starts blank
            line, used = [], 0
            while todo and used + len(todo[-1]) <= room:
                used += len(todo[-1])
                line.append(todo.pop())
            if todo and len(todo[-1]) > room:
                self._handle_long_word(todo, line, used, room)
                used = sum(map(len, line))
            if self.drop_whitespace and line and not line[-1].strip():
                used -= len(line.pop())
            if not line:
                continue
            rest_blank = not todo or (self.drop_whitespace and len(todo) == 1
                                      and not todo[0].strip())
            if limit is None or len(lines) + 1 < limit or (rest_blank and used <= room):
                lines.append(prefix + ''.join(line))
                continue
            self._end_with_placeholder(lines, line, used, room, prefix)
            break
        return lines

    def _end_with_placeholder(self, lines, line, used, room, prefix):
        # The last allowed line: drop chunks until the placeholder fits.
        mark = self.placeholder
        while line:
            if line[-1].strip() and used + len(mark) <= room:
                lines.append(prefix + ''.join(line) + mark)
                return
            used -= len(line.pop())
        if lines:
            before = lines[-1].rstrip()
            if len(before) + len(mark) <= self.width:
                lines[-1] = before + mark
                return
        lines.append(prefix + mark.lstrip())

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        pieces = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(pieces)
        return self._wrap_chunks(pieces)

    def fill(self, text):
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **options):
    return TextWrapper(width=width, **options).wrap(text)


def fill(text, width=70, **options):
    return TextWrapper(width=width, **options).fill(text)


def shorten(text, width, **options):
    # Whitespace runs collapse to one space, then one line at most.
    squeezed = ' '.join(text.split())
    return TextWrapper(width=width, max_lines=1, **options).fill(squeezed)


def dedent(text):
    # Lines of only spaces/tabs become empty; the rest lose the longest
    # run of leading spaces/tabs they all share.
    rows = text.split('\n')
    rows = ['' if not r.strip(' \t') else r for r in rows]
    common = None
    for r in rows:
        if not r:
            continue
        lead = r[:len(r) - len(r.lstrip(' \t'))]
        if common is None:
            common = lead
        else:
            k = 0
            while k < len(common) and k < len(lead) and common[k] == lead[k]:
                k += 1
            common = common[:k]
    if common:
        rows = [r[len(common):] for r in rows]
    return '\n'.join(rows)


def indent(text, prefix, predicate=None):
    keep = predicate if predicate is not None else str.strip
    return ''.join([prefix + ln if keep(ln) else ln
                    for ln in text.splitlines(True)])
