"""Loading of the knowledge files shipped in marsad/data (YAML), once per process."""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

import yaml

# libyaml parses the larger knowledge files (word lists, the curated gazetteer) many times faster
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def data_path(*parts: str):
    return resources.files("marsad").joinpath("data", *parts)


@functools.cache
def load_yaml(*parts: str) -> Any:
    """Parse one YAML file under marsad/data; a missing file reads as None."""
    path = data_path(*parts)
    if not path.is_file():
        return None
    with path.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_Loader)  # noqa: S506 (a safe loader)


def load_yaml_dir(*parts: str) -> list[tuple[str, Any]]:
    """(file name, parsed content) for every YAML file in a data folder, sorted by name."""
    folder = data_path(*parts)
    if not folder.is_dir():
        return []
    return [(p.name, load_yaml(*parts, p.name)) for p in sorted(folder.iterdir(), key=lambda p: p.name)
            if p.name.endswith(".yaml")]
