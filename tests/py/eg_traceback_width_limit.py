# At most 15 members of a group are printed; then "and N more exceptions".
raise ExceptionGroup("wide", [ValueError(i) for i in range(18)])
