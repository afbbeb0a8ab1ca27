match = 1
case = 2
type = 3
_ = 4
match.attr = case
print(match, case, type)
match(x)
match[0] = 1
type(x)
def match(case): return case
class type: pass
type X = int
type Alias = list[int]
match x:
    case case:
        pass
    case match:
        pass
