print("before")
import _definitely_not_here
print("after")
