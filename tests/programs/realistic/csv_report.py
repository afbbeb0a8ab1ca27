# A hand-written CSV reader (quoted fields, embedded commas/newlines, escaped quotes) feeding
# a grouped report with totals, percentages and a fixed-width table.

RAW = '''region,product,units,price,notes
North,"Widget, large",12,9.99,
South,Widget,7,8.5,"said ""great"""
North,Gadget,3,24.0,"multi
line note"
East,Widget,0,8.5,
South,"Gadget",11,22.75,bulk
East,Doohickey,40,1.25,
North,Widget,5,8.5,"trailing, comma"
'''


def parse_csv(text):
    rows, row, field = [], [], []
    i, in_quotes = 0, False
    while i < len(text):
        ch = text[i]
        if in_quotes:
            if ch == '"' and text[i + 1:i + 2] == '"':
                field.append('"')
                i += 1
            elif ch == '"':
                in_quotes = False
            else:
                field.append(ch)
        elif ch == '"':
            in_quotes = True
        elif ch == ",":
            row.append("".join(field))
            field = []
        elif ch == "\n":
            row.append("".join(field))
            rows.append(row)
            row, field = [], []
        else:
            field.append(ch)
        i += 1
    if field or row:
        row.append("".join(field))
        rows.append(row)
    if in_quotes:
        raise ValueError("unterminated quoted field")
    return rows


def to_records(rows):
    header, *body = rows
    records = []
    for n, row in enumerate(body, 2):
        if len(row) != len(header):
            raise ValueError(f"row {n} has {len(row)} fields, expected {len(header)}")
        rec = dict(zip(header, row))
        rec["units"] = int(rec["units"])
        rec["price"] = float(rec["price"])
        rec["revenue"] = round(rec["units"] * rec["price"], 2)
        records.append(rec)
    return records


def group(records, key):
    out = {}
    for r in records:
        out.setdefault(r[key], []).append(r)
    return out


def table(rows, headers, aligns):
    widths = [max(len(h), *(len(c) for c in col)) for h, col in zip(headers, zip(*rows))]
    fmt = " | ".join(f"{{:{a}{w}}}" for a, w in zip(aligns, widths))
    lines = [fmt.format(*headers), "-+-".join("-" * w for w in widths)]
    lines += [fmt.format(*r) for r in rows]
    return "\n".join(lines)


def main():
    rows = parse_csv(RAW)
    print(len(rows), [len(r) for r in rows])
    for r in rows[1:4]:
        print(r)
    records = to_records(rows)
    total = sum(r["revenue"] for r in records)
    print(f"total revenue {total:.2f}")
    report = []
    for region, recs in sorted(group(records, "region").items()):
        rev = sum(r["revenue"] for r in recs)
        units = sum(r["units"] for r in recs)
        best = max(recs, key=lambda r: r["revenue"])["product"]
        report.append((region, str(units), f"{rev:.2f}", f"{rev / total:.1%}", best))
    print(table(report, ["region", "units", "revenue", "share", "best"], ["<", ">", ">", ">", "<"]))
    by_product = {p: sum(r["units"] for r in rs) for p, rs in group(records, "product").items()}
    print(sorted(by_product.items(), key=lambda kv: -kv[1]))
    noted = [(r["product"], r["notes"].replace("\n", "\\n")) for r in records if r["notes"]]
    print(noted)
    for bad in ['a,b\n1,"2\n', 'a,b\n1,2,3\n']:
        try:
            to_records(parse_csv(bad))
        except ValueError as e:
            print("ValueError:", e)
    print(parse_csv('x,"",y\n,,\n'), parse_csv("solo"))


main()
