"""A realistic script: parse CSV-like sales lines into dataclasses, sort, group, report."""
from dataclasses import dataclass, field, asdict
from typing import List


DATA = """region,rep,product,units,price
north,alice,widget,12,2.50
south,bob,gadget,3,19.99
north,carol,widget,7,2.50
east,dave,gizmo,20,4.75
south,erin,widget,15,2.40
north,alice,gizmo,2,4.75
east,frank,gadget,1,21.00
"""


@dataclass(order=True)
class Sale:
    revenue: float = field(init=False, repr=False)
    region: str
    rep: str
    product: str
    units: int
    price: float

    def __post_init__(self):
        self.revenue = round(self.units * self.price, 2)


@dataclass
class RegionSummary:
    region: str
    sales: List[Sale] = field(default_factory=list)

    @property
    def total(self):
        return round(sum(s.revenue for s in self.sales), 2)

    @property
    def best(self):
        return max(self.sales)


def parse(text):
    lines = text.strip().splitlines()
    header = lines[0].split(",")
    for line in lines[1:]:
        row = dict(zip(header, line.split(",")))
        yield Sale(row["region"], row["rep"], row["product"], int(row["units"]),
                   float(row["price"]))


sales = list(parse(DATA))
print(sales[0])
print(asdict(sales[1]))
summaries = {}
for sale in sales:
    summaries.setdefault(sale.region, RegionSummary(sale.region)).sales.append(sale)

print("%-6s %5s %9s  %s" % ("region", "sales", "revenue", "best rep"))
for summary in sorted(summaries.values(), key=lambda s: s.total, reverse=True):
    print("%-6s %5d %9.2f  %s" % (summary.region, len(summary.sales), summary.total,
                                  summary.best.rep))
print("top three:", [(s.rep, s.revenue) for s in sorted(sales, reverse=True)[:3]])
by_product = {}
for sale in sales:
    by_product[sale.product] = by_product.get(sale.product, 0) + sale.units
print(sorted(by_product.items(), key=lambda kv: (-kv[1], kv[0])))
