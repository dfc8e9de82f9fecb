# Sixteen members: fifteen printed and "and 1 more exception".
raise ExceptionGroup("sixteen", [KeyError(i) for i in range(16)])
