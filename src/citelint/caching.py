"""A cached hash for the frozen settings that analyses are looked up by."""

from __future__ import annotations

import dataclasses
from typing import Any


def frozen_hash(instance: Any) -> int:
    """The hash of a frozen dataclass's fields, worked out once. Settings hold long word
    lists (cue lexicons, quotation marks), and every post looks its analyses up by them."""
    cached: int | None = instance.__dict__.get("_frozen_hash")
    if cached is None:
        fields = dataclasses.fields(instance)
        cached = hash(tuple(getattr(instance, field.name) for field in fields))
        instance.__dict__["_frozen_hash"] = cached
    return cached
