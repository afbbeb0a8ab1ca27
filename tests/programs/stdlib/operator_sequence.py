import operator as op

items = [10, 20, 30, 20]
print(op.getitem(items, 1), op.getitem("hello", slice(1, 3)), op.contains(items, 30), op.contains("abc", "z"))
op.setitem(items, 0, 99)
op.delitem(items, 1)
print(items, op.countOf(items, 20), op.indexOf(items, 30), op.concat([1], [2, 3]), op.concat("ab", "cd"))
d = {"a": 1}
op.setitem(d, "b", 2)
op.delitem(d, "a")
print(d, op.getitem(d, "b"), op.length_hint([1, 2, 3]), op.length_hint(x for x in []), op.length_hint(object(), 7), op.length_hint(iter("abc"), 9), op.length_hint(iter([1]), 5))
print(op.call(max, 3, 9, 4), op.call(sorted, [3, 1], reverse=True))
for f, args in [(op.indexOf, ([1, 2], 3)), (op.concat, (1, 2)), (op.concat, ({}, {})), (op.getitem, ([], 0)),
                (op.delitem, ({}, "k")), (op.getitem, (5, 0)), (op.length_hint, ([], "x"))]:
    try:
        f(*args)
    except (TypeError, ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
