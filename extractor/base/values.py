"""Value semantics for small slotted classes, without the ``dataclasses`` module.

Every command imports the types a parse builds (findings, the config, sections, ...). As
dataclasses, they cost each start-up the ``dataclasses`` import (it brings ``inspect``, ``ast``,
``dis`` and ``tokenize``: ~10 ms, a third of ``python -c pass``) and the compilation of every
class's generated methods (~0.5 ms a class). A subclass of :class:`Value` writes its own
``__init__`` and gets what a frozen dataclass would add: equality and hashing over its fields,
and a readable ``repr``.
"""

from __future__ import annotations

from collections import namedtuple

TYPE_CHECKING = False  # not typing's: importing typing costs a start-up ~3 ms
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any


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


class _NamedTupleMeta(type):
    """What ``class X(NamedTuple)`` runs in the typing module: the class body's annotated names
    become a ``collections.namedtuple``'s fields (those given a value, its defaults), and the
    body's other names (docstring, methods) are set on it."""

    def __new__(cls, typename: str, bases: tuple[type, ...], namespace: dict[str, Any]) -> type:
        annotations = dict(namespace.get("__annotations__", {}))
        defaults = [namespace[name] for name in annotations if name in namespace]
        made = _make_named_tuple(
            typename, list(annotations), defaults=defaults, module=namespace["__module__"]
        )
        made.__annotations__ = made.__new__.__annotations__ = annotations
        for key, value in namespace.items():
            if key not in _NAMED_TUPLE_OWN and key not in annotations:
                setattr(made, key, value)
        return made


# namedtuple as a function of run-time values (mypy reads a call to it as a class definition).
_make_named_tuple: Callable[..., type] = namedtuple
_NAMED_TUPLE_OWN = frozenset({"__module__", "__name__", "__annotations__"})
_NamedTupleBase = type.__new__(_NamedTupleMeta, "NamedTuple", (), {})


class _AsNamedTuple:
    """``typing.NamedTuple`` as a base class (``class X(NamedTuple)``), without the typing
    module (~3 ms of every start-up): a module imports typing's under ``TYPE_CHECKING``, for
    mypy, and this one to run. ``tests/test_startup.py`` holds the classes the two make equal."""

    def __mro_entries__(self, bases: tuple[object, ...]) -> tuple[type]:
        return (_NamedTupleBase,)


NamedTuple = _AsNamedTuple()
