"""Great-circle distance between two points given in degrees."""

from __future__ import annotations

import math

EARTH_DIAMETER_KM = 12742


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance in kilometres."""
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return EARTH_DIAMETER_KM * math.asin(math.sqrt(min(1.0, h)))
