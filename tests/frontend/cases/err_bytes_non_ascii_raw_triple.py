x = rb'''raw
é'''
