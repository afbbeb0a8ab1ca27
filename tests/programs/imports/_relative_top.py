def go():
    from .. import anything
