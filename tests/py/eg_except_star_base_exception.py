# BaseExceptions (not Exceptions) are matched by except* too; their
# groups are BaseExceptionGroups.
try:
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(2), SystemExit(3)])
    except* ValueError as e:
        print("ValueError part:", type(e).__name__, repr(e))
    except* SystemExit as e:
        print("SystemExit part:", type(e).__name__, repr(e))
except BaseExceptionGroup as rest:
    print("rest:", type(rest).__name__, repr(rest))
