# Docstrings and simple function attributes.
def documented(a, b):
    """Return the sum of a and b."""
    return a + b

def undocumented():
    return 1

print(documented.__doc__)
print(undocumented.__doc__)
print(documented.__name__, documented(2, 3))
def outer():
    def inner():
        """inner doc"""
    return inner
print(outer().__name__, outer().__doc__)
