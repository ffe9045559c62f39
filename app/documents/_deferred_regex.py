"""ReportLab's URL pattern compiled when first used instead of when ReportLab is imported.

Why: `reportlab.platypus.paragraph` compiles, at import, a case-insensitive pattern with
Unicode ranges up to U+FFFF (`uri_pat`); Python's `re` folds the case of every character of
those ranges, ~25 ms of every cold `pk-desk pdf` (issue 12). The pattern only splits long
link targets across lines, which our documents never print. While that one module is
imported, `re.compile` of exactly that pattern returns a stand-in that compiles the real
pattern the first time anything asks it for something; every other pattern, and the same
pattern outside that import, compiles as usual. If ReportLab changes the pattern, nothing
here matches and the import is as before.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import re
import sys
import threading
from types import ModuleType
from typing import Any

MODULE = "reportlab.platypus.paragraph"
HEAD = "(^(?:[a-z0-9\\.\\-\\+]*)://)"  # how ReportLab's uri_pat begins


class LazyPattern:
    """Stands in for a compiled pattern; compiles it on first use."""

    def __init__(self, compile_: Any, pattern: str, flags: int) -> None:
        self._compile, self._args = compile_, (pattern, flags)
        self._compiled: re.Pattern[str] | None = None
        self._lock = threading.Lock()

    def __getattr__(self, name: str) -> Any:
        with self._lock:
            if self._compiled is None:
                self._compiled = self._compile(*self._args)
        return getattr(self._compiled, name)


class _Loader(importlib.abc.Loader):
    def __init__(self, loader: Any) -> None:
        self.loader = loader

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return self.loader.create_module(spec)  # type: ignore[no-any-return]

    def exec_module(self, module: ModuleType) -> None:
        real = re.compile

        def compile_(pattern: Any, flags: int = 0) -> Any:
            if isinstance(pattern, str) and pattern.startswith(HEAD) and flags == re.IGNORECASE:
                return LazyPattern(real, pattern, flags)
            return real(pattern, flags)

        re.compile = compile_  # type: ignore[assignment]
        try:
            self.loader.exec_module(module)
        finally:
            re.compile = real


class _Finder(importlib.abc.MetaPathFinder):
    """Wraps the loader of MODULE once, then leaves sys.meta_path."""

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> Any:
        if fullname != MODULE:
            return None
        if self in sys.meta_path:
            sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or spec.loader is None:
            return spec
        spec.loader = _Loader(spec.loader)
        return spec


def install() -> None:
    """Before ReportLab's paragraph module is imported (a no-op once it is)."""
    if MODULE not in sys.modules and not any(isinstance(f, _Finder) for f in sys.meta_path):
        sys.meta_path.insert(0, _Finder())
