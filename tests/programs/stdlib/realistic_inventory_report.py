"""A warehouse report: namedtuple rows, grouping with itertools, totals with functools
and operator, formatted with string.Template."""
import itertools
import operator
from collections import Counter, defaultdict, namedtuple
from functools import reduce, partial
from string import Template

Item = namedtuple("Item", "sku category qty price", defaults=[0.0])
rows = [
    Item("A-1", "tools", 5, 12.5), Item("B-2", "paint", 12, 7.25), Item("A-3", "tools", 0, 30.0),
    Item("C-9", "garden", 7, 4.0), Item("B-7", "paint", 3), Item("C-2", "garden", 25, 1.5),
    Item("A-8", "tools", 2, 99.99),
]
by_category = operator.attrgetter("category")
for category, items in itertools.groupby(sorted(rows, key=by_category), key=by_category):
    items = list(items)
    value = reduce(operator.add, (i.qty * i.price for i in items), 0.0)
    print("%-7s %2d skus %4d units  $%9.2f" % (category, len(items), sum(map(operator.attrgetter("qty"), items)), value))
out_of_stock = [i.sku for i in rows if not i.qty]
low = sorted((i for i in rows if 0 < i.qty < 5), key=operator.attrgetter("qty"))
print("out of stock:", out_of_stock, "low:", [(i.sku, i.qty) for i in low])
restock = {i.sku: i._replace(qty=i.qty + 10) for i in low}
print(sorted(restock.values()))
units = Counter()
for item in rows:
    units[item.category] += item.qty
print(units.most_common(), units.total())
prices = defaultdict(list)
for item in rows:
    prices[item.category].append(item.price)
print({k: max(v) for k, v in sorted(prices.items())})
pairs = list(itertools.combinations(sorted(r.sku for r in rows if r.category == "tools"), 2))
print(pairs)
line = Template("$sku ($category): $qty @ $$$price")
fmt = partial(lambda t, item: t.substitute(item._asdict()), line)
for item in itertools.islice(sorted(rows, key=operator.attrgetter("price"), reverse=True), 3):
    print(fmt(item))
try:
    Template("$sku costs $cost").substitute(rows[0]._asdict())
except KeyError as e:
    print("missing field:", e)
