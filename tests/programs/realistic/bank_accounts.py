# A bank-account simulation with a hierarchy of custom exceptions.

class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} has {account.balance}, needs {amount}")
        self.account = account
        self.amount = amount


class AccountFrozen(BankError):
    pass


class UnknownAccount(BankError, KeyError):
    pass


class Account:
    next_number = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.history = []
        self.number = Account.next_number
        Account.next_number += 1

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._check()
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")

    def __str__(self):
        return f"<{self.number} {self.owner}: {self.balance}>"


class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, cls, *args, **kwargs):
        acct = cls(*args, **kwargs)
        self.accounts[acct.number] = acct
        return acct

    def get(self, number):
        try:
            return self.accounts[number]
        except KeyError:
            raise UnknownAccount(number) from None

    def transfer(self, src, dst, amount):
        a = self.get(src)
        b = self.get(dst)
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except BankError:
            a.deposit(amount)
            raise

    def total(self):
        return sum(a.balance for a in self.accounts.values())


def main():
    bank = Bank()
    alice = bank.open(Account, "alice", 100)
    bob = bank.open(SavingsAccount, "bob", balance=500, rate=0.05)
    carol = bank.open(Account, "carol")
    ops = [
        (1000, 1001, 30), (1001, 1002, 200), (1002, 1000, 500),
        (1000, 1999, 10), (1001, 1000, 0),
    ]
    for src, dst, amount in ops:
        try:
            bank.transfer(src, dst, amount)
            print("ok", src, "->", dst, amount)
        except InsufficientFunds as e:
            print("insufficient:", e, "| short by", e.amount - e.account.balance)
        except UnknownAccount as e:
            print("unknown:", e, isinstance(e, KeyError))
        except ValueError as e:
            print("value error:", e)
    carol.frozen = True
    try:
        bank.transfer(1001, 1002, 10)
    except BankError as e:
        print(type(e).__name__, e)
    print("bob after rollback:", bob)
    print("interest:", bob.add_interest())
    for acct in bank.accounts.values():
        print(acct, acct.history)
    print("total:", bank.total())
    print([cls.__name__ for cls in UnknownAccount.__mro__])


main()
