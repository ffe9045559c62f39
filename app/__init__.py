"""PK Desk: offline drafting, checking, printing and scoring of Perjanjian Kinerja."""

import os
import sys


def __getattr__(name: str) -> str:
    """`app.__version__`, read the first time it is asked for (PEP 562)."""
    if name != "__version__":
        raise AttributeError(f"module 'app' has no attribute {name!r}")
    value = _installed_version()
    if value is None:
        from importlib.metadata import PackageNotFoundError, version

        try:
            value = version("pk-desk")
        except PackageNotFoundError:  # running from a source tree that was never installed
            value = "0.0.0+source"
    globals()["__version__"] = value
    return value


def _installed_version() -> str | None:
    """The Version of the first pk-desk install on sys.path, as importlib.metadata finds it
    in a plain folder: importing importlib.metadata costs ~15 ms of a cold `pk-desk pdf`
    (issue 12). None when not found that way (a zip, a frozen build): ask importlib."""
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for found in names:
            kind = found.rpartition(".")[2]
            if not found.lower().startswith("pk_desk-") or kind not in ("dist-info", "egg-info"):
                continue
            meta = os.path.join(entry, found, "METADATA" if kind == "dist-info" else "PKG-INFO")
            try:
                with open(meta, encoding="utf-8") as handle:
                    for line in handle:
                        if not line.strip():
                            break  # the headers end here
                        if line.startswith("Version:"):
                            return line.partition(":")[2].strip()
            except OSError:
                continue
    return None
