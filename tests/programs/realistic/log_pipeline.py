# Generator pipelines processing a synthetic web-server log.

def generate_log(n):
    paths = ["/", "/login", "/api/items", "/api/items/7", "/static/app.js", "/admin"]
    statuses = [200, 200, 200, 404, 500, 301, 200, 403]
    for i in range(n):
        hour = 8 + (i * 7) % 12
        minute = (i * 13) % 60
        ip = f"10.0.{i % 4}.{(i * 31) % 256}"
        path = paths[(i * 5 + i // 3) % len(paths)]
        status = statuses[(i * 3 + 1) % len(statuses)]
        size = (i * 977) % 5000
        yield f"{ip} [{hour:02d}:{minute:02d}] GET {path} {status} {size}"
        if i % 17 == 0:
            yield "# comment line"
        if i % 23 == 5:
            yield "garbage"


def strip_comments(lines):
    for line in lines:
        if not line.startswith("#"):
            yield line


def parse(lines):
    for line in lines:
        parts = line.split()
        if len(parts) != 6:
            continue
        ip, time, method, path, status, size = parts
        yield {"ip": ip, "hour": int(time[1:3]), "method": method, "path": path,
               "status": int(status), "size": int(size)}


def where(records, predicate):
    return (r for r in records if predicate(r))


def take(n, iterable):
    for i, item in enumerate(iterable):
        if i >= n:
            return
        yield item


def count_by(records, key):
    counts = {}
    for r in records:
        k = key(r)
        counts[k] = counts.get(k, 0) + 1
    return counts


def running_total(values):
    total = 0
    for v in values:
        total += v
        yield total


def windows(iterable, size):
    window = []
    for item in iterable:
        window.append(item)
        if len(window) == size:
            yield tuple(window)
            window.pop(0)


def accumulate_stats():
    count = 0
    total = 0
    while True:
        value = yield (count, total)
        if value is None:
            break
        count += 1
        total += value
    return total


def main():
    records = list(parse(strip_comments(generate_log(60))))
    print(len(records), records[0])
    errors = where(records, lambda r: r["status"] >= 400)
    for r in take(5, errors):
        print(f"{r['ip']:>12} {r['hour']:02d}h {r['path']:<15} {r['status']}")
    by_status = count_by(records, lambda r: r["status"])
    print(sorted(by_status.items()))
    by_path = count_by(records, lambda r: r["path"])
    for path, n in sorted(by_path.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{path:<15}{'#' * n} {n}")
    sizes = (r["size"] for r in records if r["path"].startswith("/api"))
    print(list(running_total(sizes))[-3:])
    print(list(windows((r["status"] for r in records[:8]), 3)))
    hourly = count_by(records, lambda r: r["hour"])
    busiest = max(hourly, key=lambda h: (hourly[h], -h))
    print("busiest hour", busiest, hourly[busiest])
    stats = accumulate_stats()
    next(stats)
    for r in records[:10]:
        progress = stats.send(r["size"])
    print("progress", progress)
    try:
        stats.send(None)
    except StopIteration as stop:
        print("final total", stop.value)
    pipeline = (line.upper() for line in strip_comments(generate_log(3)))
    print(next(pipeline))
    print(sum(1 for _ in pipeline))
    unique_ips = {r["ip"] for r in records}
    print(len(unique_ips), sorted(unique_ips)[:4])
    print(any(r["size"] == 0 for r in records), all(r["method"] == "GET" for r in records))


main()
