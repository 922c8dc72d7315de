"""Delegator: decide what to hand off, describe it well, and hand it over."""

__version__ = "0.1.0"
