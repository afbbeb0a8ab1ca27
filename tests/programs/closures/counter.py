# Closures with nonlocal state.
def make_counter(start=0, step=1):
    count = start
    def increment():
        nonlocal count
        count += step
        return count
    return increment

c1 = make_counter()
c2 = make_counter(100, 10)
print(c1(), c1(), c1(), c2(), c2(), c1())
def make_account(balance):
    history = []
    def deposit(x):
        nonlocal balance
        balance += x
        history.append(("dep", x))
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            history.append(("denied", x))
            return balance
        balance -= x
        history.append(("wd", x))
        return balance
    def report():
        return balance, history
    return deposit, withdraw, report

dep, wd, rep = make_account(50)
print(dep(25), wd(100), wd(30), dep(5))
print(rep())
