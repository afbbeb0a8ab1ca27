print("before")
import _broken_syntax
