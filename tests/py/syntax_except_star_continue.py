# continue may not leave an except* clause.
while True:
    try:
        pass
    except* ValueError:
        continue
