import re

EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")
DATE = re.compile(r"^(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])$")
HEX_COLOR = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}\b")
IPV4 = re.compile(r"^((25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(25[0-5]|2[0-4]\d|1?\d?\d)$")

for email in ["user@example.com", "first.last+tag@sub.domain.org", "bad@", "@bad.com", "no at.com"]:
    print(f"{email!r:35} {bool(EMAIL.match(email))}")
for date in ["2024-02-29", "2024-13-01", "1999-12-31", "2024-1-1"]:
    m = DATE.match(date)
    print(date, m.groupdict() if m else None)
print(HEX_COLOR.findall("colors: #fff, #A0B1C2, #12345, #abcd and #000000."))
for ip in ["192.168.0.1", "255.255.255.255", "256.1.1.1", "1.2.3", "0.0.0.0"]:
    print(ip, bool(IPV4.match(ip)))
def camel_to_snake(name):
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
print([camel_to_snake(n) for n in ["CamelCase", "getHTTPResponse", "simple", "ABC"]])
print(re.sub(r"_([a-z])", lambda m: m.group(1).upper(), "snake_case_to_camel"))
print(re.findall(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|\d+", "parseHTMLString2Times"))
