"""Shared fixtures: the gazetteer cache goes to a per-session temporary folder; one way to extract a test sentence."""

import os

import pytest

import marsad
from marsad.schema import validate

PUB = "2018-04-10"  # a Tuesday


def extract(text, published=PUB, source="صحيفة الاختبار", **kw):
    """The records of a sentence written for a test, each checked against the record's JSON Schema."""
    events = marsad.extract(text, article_id="t", published=published, source=source, **kw)
    for e in events:
        validate(e.to_dict())
    return events


@pytest.fixture(scope="session", autouse=True)
def _cache(tmp_path_factory):
    if "MARSAD_CACHE" not in os.environ:
        os.environ["MARSAD_CACHE"] = str(tmp_path_factory.mktemp("marsad-cache"))
    yield
