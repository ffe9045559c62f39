"""Keep None, True and False alive under PySide6 6.12 on Python 3.11.

The cause of the exit crash of issue 10 ("Fatal Python error: bool_dealloc … refcount error in
a C extension"): PySide6 6.12's bindings return without taking a reference to None from every
method that returns nothing (`widget.hide()`, `setEnabled()`, `processEvents()`, a Python slot
of a Qt signal…) and drop one of True/False in some bool paths. On Python 3.12+ these objects
are immortal and nothing happens; on 3.11 each call takes one reference away, so after a few
thousand clicks, or in the burst of releases while the interpreter shuts down, the count
reaches zero and CPython aborts. (tests/ui/test_exit.py measures it and shows the crash.)

`immortalise_singletons()` gives the five singletons the reference count Python 3.12 gives
every immortal object, before the QApplication exists. It only adds references, so it cannot
free anything early; it is skipped where it is not needed or not safe (3.12+, other
interpreters, debug builds whose object header differs).
"""

from __future__ import annotations

import ctypes
import sys

# CPython 3.12's _Py_IMMORTAL_REFCNT on 64-bit builds: far beyond what any leak can drain.
IMMORTAL_REFCOUNT = (1 << 32) - 1


def needed() -> bool:
    return (
        sys.implementation.name == "cpython"
        and sys.version_info < (3, 12)
        and not hasattr(sys, "gettotalrefcount")  # a debug build: PyObject has extra fields
    )


def immortalise_singletons() -> bool:
    """Raise the reference counts of None, True, False, Ellipsis and NotImplemented to
    Python 3.12's immortal value; True when it was done (idempotent)."""
    if not needed():
        return False
    for obj in (None, True, False, Ellipsis, NotImplemented):
        # ob_refcnt is the first field of every PyObject in a release build.
        count = ctypes.c_ssize_t.from_address(id(obj))
        if count.value < IMMORTAL_REFCOUNT:
            count.value += IMMORTAL_REFCOUNT
    return True
