# A closure reading an enclosing variable before it is assigned.
def outer():
    def inner():
        return pending_total
    print("before assignment")
    inner()
    pending_total = 1

outer()
