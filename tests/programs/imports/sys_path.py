# programs may change sys.path at run time
import sys

print(type(sys.path).__name__, len(sys.path) >= 1)
try:
    import far_away
except ModuleNotFoundError as e:
    print(e)
folder = sys.path[0] + "/_extra_path"
sys.path.append(folder)
import far_away
print(far_away.WHERE)
sys.path.remove(folder)
import far_away as again
print(again is far_away)
del sys.modules["far_away"]
try:
    import far_away
except ModuleNotFoundError as e:
    print("after removal:", e)
