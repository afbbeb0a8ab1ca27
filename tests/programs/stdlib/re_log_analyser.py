"""A realistic log analyser: parse access-log lines with a regular expression, count
status codes, find the busiest clients and slow requests, using dicts only."""
import re
import tempfile
import os

LOG = """\
192.168.1.10 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326 0.023
192.168.1.11 - - [10/Oct/2023:13:55:40 +0000] "POST /api/login HTTP/1.1" 401 128 0.310
10.0.0.5 - - [10/Oct/2023:13:56:01 +0000] "GET /images/logo.png HTTP/1.1" 200 10240 0.005
192.168.1.10 - - [10/Oct/2023:13:56:12 +0000] "GET /api/items?page=2 HTTP/1.1" 200 5120 1.250
malformed line without structure
10.0.0.5 - - [10/Oct/2023:13:57:30 +0000] "DELETE /api/items/7 HTTP/1.1" 500 64 2.001
192.168.1.12 - - [10/Oct/2023:13:58:02 +0000] "GET /index.html HTTP/1.1" 304 0 0.002
192.168.1.10 - - [10/Oct/2023:13:59:59 +0000] "GET /about HTTP/1.1" 404 512 0.011
"""

LINE = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) \S+ \S+ \[(?P<when>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(?P<version>[\d.]+)" '
    r'(?P<status>\d{3}) (?P<size>\d+) (?P<seconds>\d+\.\d+)$'
)

folder = tempfile.mkdtemp()
path = os.path.join(folder, "access.log")
with open(path, "w") as f:
    f.write(LOG)

statuses = {}
clients = {}
bytes_by_method = {}
slow = []
bad = 0
with open(path) as f:
    for number, line in enumerate(f, 1):
        m = LINE.match(line.rstrip("\n"))
        if m is None:
            bad += 1
            print("skipping line", number, repr(line[:20]))
            continue
        status = int(m["status"])
        statuses[status] = statuses.get(status, 0) + 1
        clients[m["ip"]] = clients.get(m["ip"], 0) + 1
        method = m.group("method")
        bytes_by_method[method] = bytes_by_method.get(method, 0) + int(m["size"])
        if float(m["seconds"]) > 1.0:
            slow.append((float(m["seconds"]), m["path"]))
        hour = re.search(r":(\d\d):", m["when"]).group(1)

print("status counts:", sorted(statuses.items()))
print("errors:", sum(n for s, n in statuses.items() if s >= 400))
busiest = sorted(clients.items(), key=lambda kv: (-kv[1], kv[0]))
for ip, n in busiest:
    print(f"{ip:>15} {n:3d} {'#' * n}")
print("bytes by method:", bytes_by_method)
print("slow:", sorted(slow, reverse=True))
print("bad lines:", bad)
api = re.findall(r'"\w+ (/api/[^\s?]+)', LOG)
print("api paths:", api)
print(re.sub(r"\d+\.\d+\.\d+\.(\d+)", r"x.x.x.\1", LOG.splitlines()[0]))

report = os.path.join(folder, "report.txt")
with open(report, "w") as out:
    for status, count in sorted(statuses.items()):
        print(status, count, sep="\t", file=out)
with open(report) as f:
    print(f.read().splitlines())
os.remove(path)
os.remove(report)
os.rmdir(folder)
print(os.path.exists(folder))
