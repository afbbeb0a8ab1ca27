import copy


class C:
    def __init__(self):
        self.v = [1]

    def __copy__(self):
        print("__copy__ called")
        return "copied"

    def __deepcopy__(self, memo):
        print("__deepcopy__", type(memo).__name__)
        return "deep"


print(copy.copy(C()), copy.deepcopy(C()), copy.deepcopy([C()]))


class R:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (R, (self.v + 1,))


print(copy.copy(R(1)).v, copy.deepcopy(R(5)).v)


class GS:
    def __init__(self):
        self.a = 1
        self.b = 2

    def __getstate__(self):
        return {"a": self.a}

    def __setstate__(self, state):
        print("setstate", state)
        self.__dict__.update(state)


g = copy.copy(GS())
print(vars(g))


class Resource:
    def __init__(self, name, cache):
        self.name = name
        self.cache = cache

    def __deepcopy__(self, memo):
        # Share the cache, copy the rest.
        clone = Resource(copy.deepcopy(self.name, memo), self.cache)
        memo[id(self)] = clone
        return clone


res = Resource(["n"], {"k": 1})
cl = copy.deepcopy(res)
print(cl.cache is res.cache, cl.name == res.name, cl.name is res.name)
