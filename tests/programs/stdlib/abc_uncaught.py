"""Instantiating an abstract class escapes as CPython's TypeError."""
from abc import ABC, abstractmethod


class Plugin(ABC):
    @abstractmethod
    def load(self):
        ...

    @abstractmethod
    def unload(self):
        ...


print("creating")
Plugin()
