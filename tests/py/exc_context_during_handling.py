def cleanup():
    raise OSError("cleanup failed")
def work():
    try:
        raise KeyError("first")
    except KeyError:
        cleanup()
def main():
    try:
        work()
    finally:
        print("finally in main")
main()
