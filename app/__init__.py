"""PK Desk: offline drafting, checking, printing and scoring of Perjanjian Kinerja."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("pk-desk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
