"""marsad: Arabic news reports in, ACLED-style conflict event records out."""

from marsad.api import extract, extract_articles
from marsad.models import Actor, Article, Attribution, Event, Evidence, Place

__version__ = "0.1.0"
__all__ = ["extract", "extract_articles", "Article", "Event", "Actor", "Place", "Attribution", "Evidence"]
