"""Small immutable records written out by hand instead of with @dataclass.

@dataclass compiles each class's methods (__init__, __repr__, __eq__, __hash__, the frozen
__setattr__) from source text when its module is imported: 2 to 4 M instructions a class,
paid by every `pk-desk score` run before it reads a byte. A record here gets the same
equality, repr, hash and immutability from its `__slots__`, in order, and fills its fields in
a plain `__init__` with `set_field`.
"""

from __future__ import annotations

import dataclasses
from typing import Any


class Record:
    """Equality and repr over `__slots__`, in order, as a dataclass gives them."""

    __slots__ = ()
    __hash__ = None  # type: ignore[assignment]  # mutable, as a dataclass with eq

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__qualname__}({fields})"


class Frozen(Record):
    """A `Record` that cannot be changed once made (as a frozen dataclass), hashable."""

    __slots__ = ()

    def __hash__(self) -> int:
        return hash(self._values())

    def __setattr__(self, name: str, value: object) -> None:
        raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")


set_field = object.__setattr__  # how a Frozen's __init__ fills its fields
