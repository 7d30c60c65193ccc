"""JSON Schema of the event record, generated from the data classes in models.py."""

from __future__ import annotations

import functools
from typing import Any

from pydantic import TypeAdapter

from marsad.models import Event


@functools.cache
def event_schema() -> dict[str, Any]:
    schema = TypeAdapter(Event).json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "marsad event record"
    _constrain(schema)
    return schema


def _constrain(schema: dict[str, Any]) -> None:
    """Add the value ranges the type hints cannot say."""
    props = schema["properties"]
    props["confidence"].update(minimum=0, maximum=1)
    props["published"]["anyOf"][0]["format"] = "date"
    props["event_date"]["anyOf"][0]["format"] = "date"
    defs = schema["$defs"]
    defs["Actor"]["properties"]["inter"]["anyOf"][0].update(minimum=1, maximum=8)
    place = defs["Place"]["properties"]
    place["latitude"]["anyOf"][0].update(minimum=-90, maximum=90)
    place["longitude"]["anyOf"][0].update(minimum=-180, maximum=180)
    for name in ("Actor", "Place", "Attribution", "Evidence"):
        defs[name]["additionalProperties"] = False
    schema["additionalProperties"] = False


def validate(record: dict[str, Any]) -> None:
    """Raise jsonschema.ValidationError when `record` breaks the contract."""
    import jsonschema

    jsonschema.validate(record, event_schema(), format_checker=jsonschema.FormatChecker())
