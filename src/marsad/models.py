"""The record model: plain data classes for articles and the event record contract of DESIGN.md."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal

EventType = Literal[
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
]

SubEventType = Literal[
    "Armed clash",
    "Government regains territory",
    "Non-state actor overtakes territory",
    "Chemical weapon",
    "Air/drone strike",
    "Suicide bomb",
    "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED",
    "Grenade",
    "Sexual violence",
    "Attack",
    "Abduction/forced disappearance",
    "Peaceful protest",
    "Protest with intervention",
    "Excessive force against protesters",
    "Violent demonstration",
    "Mob violence",
    "Agreement",
    "Arrests",
    "Change to group/activity",
    "Disrupted weapons use",
    "Headquarters or base established",
    "Looting/property destruction",
    "Non-violent transfer of territory",
    "Other",
]

# ACLED's taxonomy: which sub-event types belong to which event type.
TAXONOMY: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
EVENT_TYPE_OF = {sub: main for main, subs in TAXONOMY.items() for sub in subs}

Status = Literal["asserted", "claimed", "disputed", "denied"]
Framing = Literal["pejorative", "partisan"]


@dataclass
class Article:
    """One report as read from the input, before any analysis."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    origin: str | None = None  # file (and line) the article was read from, for error messages


@dataclass
class Actor:
    name: str
    name_ar: str | None
    mention: str
    inter: int | None
    country: str | None
    framing: Framing | None = None  # set when `mention` is a loaded label; canonical fields stay neutral


@dataclass
class Place:
    name: str
    name_ar: str | None
    mention: str
    country: str | None
    admin1: str | None
    admin2: str | None
    latitude: float | None
    longitude: float | None
    geonameid: int | None
    geo_precision: Literal[1, 2, 3]


@dataclass
class Attribution:
    reported_by: list[str]
    cue: str | None
    status: Status
    contradicted_by: list[str] = field(default_factory=list)  # event_ids of records in the same report that contradict this one


@dataclass
class Evidence:
    text: str
    start: int
    end: int
    trigger: str
    field: Literal["text", "title"] = "text"  # the part of the article that start/end index into


@dataclass
class Event:
    event_id: str
    article_id: str
    source: str | None
    published: str | None
    event_date: str | None
    time_precision: Literal[1, 2, 3] | None
    event_type: EventType
    sub_event_type: SubEventType
    actor1: Actor | None
    actor2: Actor | None
    assoc_actor_1: list[Actor]
    assoc_actor_2: list[Actor]
    location: Place | None
    fatalities: int | None
    fatalities_text: str | None
    attribution: Attribution
    evidence: Evidence
    confidence: float

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)
