"""An account ledger: namedtuple records, deque event queue, functools.singledispatch
handlers, total_ordering on amounts and copy for snapshots."""
import copy
from collections import deque, namedtuple, defaultdict
from functools import reduce, singledispatch, total_ordering, partial

Deposit = namedtuple("Deposit", "account amount")
Withdraw = namedtuple("Withdraw", "account amount")
Transfer = namedtuple("Transfer", "source target amount")


@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __repr__(self):
        return "$%d.%02d" % divmod(self.cents, 100)


balances = defaultdict(lambda: Money(0))
log = []


@singledispatch
def apply(event):
    raise TypeError("unknown event %r" % (event,))


@apply.register(Deposit)
def _(event):
    balances[event.account] = balances[event.account] + Money(event.amount)


@apply.register(Withdraw)
def _(event):
    if balances[event.account] < Money(event.amount):
        raise ValueError("insufficient funds in %s" % event.account)
    balances[event.account] = balances[event.account] + Money(-event.amount)


@apply.register(Transfer)
def _(event):
    apply(Withdraw(event.source, event.amount))
    apply(Deposit(event.target, event.amount))


events = deque([Deposit("alice", 10000), Deposit("bob", 2550), Transfer("alice", "bob", 1999),
                Withdraw("bob", 99999), Withdraw("alice", 1), "garbage", Deposit("carol", 5)])
snapshots = []
while events:
    event = events.popleft()
    try:
        apply(event)
        log.append(type(event).__name__)
    except (ValueError, TypeError) as e:
        log.append("error: %s" % e)
    snapshots.append(copy.deepcopy(dict(balances)))
print(log)
print(sorted(balances.items()))
print(snapshots[0], len(snapshots))
total = reduce(lambda a, b: a + b, balances.values(), Money(0))
print("total", total, max(balances.values()), min(balances.values()) <= Money(5))
fee = partial(Withdraw, amount=100)
print(fee("alice"), fee("bob")._replace(amount=5))
