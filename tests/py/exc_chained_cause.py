class AppError(Exception):
    pass

def load():
    try:
        {}["missing"]
    except KeyError as e:
        raise AppError("could not load") from e

try:
    load()
except AppError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
load()
