# A table formatted with %-style formatting.
inventory = [("widget", 12, 2.5), ("gadget", 0, 19.99), ("doohickey", 1234, 0.05)]
print("%-12s %6s %8s %10s" % ("item", "qty", "price", "value"))
print("%s" % ("=" * 39))
total = 0
for name, qty, price in inventory:
    value = qty * price
    total += value
    print("%-12s %6d %8.2f %10.2f" % (name, qty, price, value))
print("%-12s %6s %8s %10.2f" % ("total", "", "", total))
print("%d items, mean value %.3f" % (len(inventory), total / len(inventory)))
