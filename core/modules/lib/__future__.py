# __future__ - the record of `from __future__ import NAME` features.
#
# Written for Coroscope from CPython 3.11's documented table (the releases
# and compiler flags are data and match CPython's).  The compiler acts on
# `annotations` (annotations kept as strings); every other feature is
# mandatory in Python 3 and changes nothing.  Nothing is left out.

CO_NESTED = 0x10
CO_GENERATOR_ALLOWED = 0            # generators need no flag any more
CO_FUTURE_DIVISION = 0x20000
CO_FUTURE_ABSOLUTE_IMPORT = 0x40000
CO_FUTURE_WITH_STATEMENT = 0x80000
CO_FUTURE_PRINT_FUNCTION = 0x100000
CO_FUTURE_UNICODE_LITERALS = 0x200000
CO_FUTURE_BARRY_AS_BDFL = 0x400000
CO_FUTURE_GENERATOR_STOP = 0x800000
CO_FUTURE_ANNOTATIONS = 0x1000000


class _Feature:
    def __init__(self, optionalRelease, mandatoryRelease, compiler_flag):
        self.optional, self.mandatory = optionalRelease, mandatoryRelease
        self.compiler_flag = compiler_flag

    def getOptionalRelease(self):
        return self.optional            # first release that accepted the import

    def getMandatoryRelease(self):
        return self.mandatory           # release where it became the rule (or None)

    def __repr__(self):
        return '_Feature%r' % ((self.optional, self.mandatory, self.compiler_flag),)


# name: (optional since, mandatory since, flag), in CPython's order
_TABLE = {
    'nested_scopes': ((2, 1, 0, 'beta', 1), (2, 2, 0, 'alpha', 0), CO_NESTED),
    'generators': ((2, 2, 0, 'alpha', 1), (2, 3, 0, 'final', 0), CO_GENERATOR_ALLOWED),
    'division': ((2, 2, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), CO_FUTURE_DIVISION),
    'absolute_import': ((2, 5, 0, 'alpha', 1), (3, 0, 0, 'alpha', 0),
                        CO_FUTURE_ABSOLUTE_IMPORT),
    'with_statement': ((2, 5, 0, 'alpha', 1), (2, 6, 0, 'alpha', 0),
                       CO_FUTURE_WITH_STATEMENT),
    'print_function': ((2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0),
                       CO_FUTURE_PRINT_FUNCTION),
    'unicode_literals': ((2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0),
                         CO_FUTURE_UNICODE_LITERALS),
    'barry_as_FLUFL': ((3, 1, 0, 'alpha', 2), (4, 0, 0, 'alpha', 0),
                       CO_FUTURE_BARRY_AS_BDFL),
    'generator_stop': ((3, 5, 0, 'beta', 1), (3, 7, 0, 'alpha', 0),
                       CO_FUTURE_GENERATOR_STOP),
    'annotations': ((3, 7, 0, 'beta', 1), None, CO_FUTURE_ANNOTATIONS),
}

all_feature_names = list(_TABLE)
globals().update({name: _Feature(*row) for name, row in _TABLE.items()})
__all__ = ['all_feature_names'] + all_feature_names
del _TABLE
