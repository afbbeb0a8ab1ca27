def f(): pass

def g(a, b=1, *args, c, d=2, **kwargs) -> None:
    return a

def h(a, b, /, c, *, d, e=3):
    pass

def k(*, a): pass

def annotated(x: int, y: "str" = "", *args: int, **kw: dict) -> list[int]:
    pass

def star_ann(*args: *Ts): pass

@decorator
@decorator.attr(arg)
@(lambda f: f)
def decorated():
    """Docstring."""
    ...

async def coro():
    await x
    await asyncio.sleep(1)
    return await f() ** 2

def gen():
    yield
    yield 1
    x = yield
    yield from other()
    y = (yield)
