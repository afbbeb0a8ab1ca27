#!/usr/bin/env python3
# -*- coding: utf-8 -*-

"""Module docstring."""


x = 1  # trailing comment
y = 2;


def f():
    pass
    # trailing comment in block



z = 3
