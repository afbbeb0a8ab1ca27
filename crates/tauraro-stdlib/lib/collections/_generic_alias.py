"""cls[item] for the collections classes, as types.GenericAlias (deque[int])."""


def generic_alias(cls, item):
    """cls[item] as types.GenericAlias, the class of list[int]."""
    try:
        alias_class = type(list[int])
    except NotImplementedError:
        raise NotImplementedError("not supported yet: subscripting the class '%s' (generic "
                                  "aliases)" % cls.__name__) from None
    return alias_class(cls, item)
