from a import b,
from import x
import
import a.
