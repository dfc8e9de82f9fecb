# collections.abc - the abstract base classes of containers.  They are
# defined in _collections_abc (which collections itself imports early);
# this module re-exports its public names.

import _collections_abc

__all__ = _collections_abc.__all__
globals().update({name: getattr(_collections_abc, name) for name in __all__})
