"""Shared fixtures: the gazetteer cache goes to a per-session temporary folder."""

import os

import pytest


@pytest.fixture(scope="session", autouse=True)
def _cache(tmp_path_factory):
    if "MARSAD_CACHE" not in os.environ:
        os.environ["MARSAD_CACHE"] = str(tmp_path_factory.mktemp("marsad-cache"))
    yield
