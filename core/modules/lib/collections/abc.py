# collections.abc - the abstract base classes of containers; they live in
# _collections_abc (as in CPython), imported by collections at start.

from _collections_abc import *
from _collections_abc import __all__
