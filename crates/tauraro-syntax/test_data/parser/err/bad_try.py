try:
    pass
x = 1
try:
    pass
except ValueError:
    pass
except* TypeError:
    pass
try:
    pass
except A, B:
    pass
