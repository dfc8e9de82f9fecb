while True:
    try:
        pass
    except* ValueError:
        break
