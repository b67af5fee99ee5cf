"""Value semantics for small slotted classes, without the ``dataclasses`` module.

Every command imports the types a parse builds (findings, the config, sections, ...). As
dataclasses, they cost each start-up the ``dataclasses`` import (it brings ``inspect``, ``ast``,
``dis`` and ``tokenize``: ~10 ms, a third of ``python -c pass``) and the compilation of every
class's generated methods (~0.5 ms a class). A subclass of :class:`Value` writes its own
``__init__`` and gets what a frozen dataclass would add: equality and hashing over its fields,
and a readable ``repr``.
"""

from __future__ import annotations


class Value:
    """Equality, hash and repr over the fields a subclass names in ``__slots__``; read-only by
    convention (the attributes are typed ``Final`` where mypy should hold callers to it)."""

    __slots__: tuple[str, ...] = ()

    def _values(self) -> tuple[object, ...]:
        return tuple([getattr(self, name) for name in self.__slots__])

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, Value):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({fields})"
