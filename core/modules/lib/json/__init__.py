# json - dumps/dump and loads/load, written from CPython 3.11's documented
# behaviour; the work is done by json.encoder and json.decoder.  Left out:
# JSON given as UTF-16 or UTF-32 bytes (the engine has no such codecs; a
# LookupError says so) and the json.tool command.

from json.decoder import JSONDecoder, JSONDecodeError
from json.encoder import JSONEncoder

__version__ = '2.0.9'
__all__ = ['dump', 'dumps', 'load', 'loads',
           'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

# The keyword options of dumps() and dump() (all keyword-only) and their
# defaults.  With every option at its default (judged by truth, as
# CPython does) and no cls, a shared encoder does the work; otherwise
# cls (JSONEncoder by default) is built from the options, extra ones
# included, so its own error names an unknown option.
_DUMP_DEFAULTS = {'skipkeys': False, 'ensure_ascii': True, 'check_circular': True,
                  'allow_nan': True, 'indent': None, 'separators': None,
                  'default': None, 'sort_keys': False}
_plain_encoder = JSONEncoder()


def _at_default(name, value):
    if name not in _DUMP_DEFAULTS:
        return False
    default = _DUMP_DEFAULTS[name]
    return value is None if default is None else bool(value) == default


def _encoder_for(options):
    cls = options.pop('cls', None)
    if cls is None and all(_at_default(k, v) for k, v in options.items()):
        return _plain_encoder
    return (cls or JSONEncoder)(**options)


def dumps(obj, **options):
    return _encoder_for(options).encode(obj)


def dump(obj, fp, **options):
    # One fp.write() per piece, as CPython does.
    for piece in _encoder_for(options).iterencode(obj):
        fp.write(piece)


_plain_decoder = JSONDecoder()
# loads() passes these on only when given (a cls may not accept them).
_HOOKS = ('object_hook', 'parse_float', 'parse_int', 'parse_constant',
          'object_pairs_hook')


def _text_of(data):
    # JSON bytes as text: UTF-8, a leading UTF-8 BOM dropped.  CPython
    # spots UTF-16/32 by BOMs and zero bytes; those codecs are missing.
    if data[:3] == b'\xef\xbb\xbf':
        data = data[3:]
    elif data[:2] in (b'\xff\xfe', b'\xfe\xff') or (len(data) >= 2 and not (data[0] and data[1])):
        raise LookupError('unknown encoding: utf-16 (Coroscope decodes JSON bytes as UTF-8 only)')
    return data.decode('utf-8', 'surrogatepass')


def loads(s, **options):
    if isinstance(s, str):
        if s[:1] == '\ufeff':
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = _text_of(s)
    else:
        raise TypeError('the JSON object must be str, bytes or bytearray, not '
                        + type(s).__name__)
    cls = options.pop('cls', None)
    for name in _HOOKS:
        if name in options and options[name] is None:
            del options[name]
    if cls is None and not options:
        return _plain_decoder.decode(s)
    return (cls or JSONDecoder)(**options).decode(s)


def load(fp, **options):
    return loads(fp.read(), **options)
