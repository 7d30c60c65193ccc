"""Who says so: reporting cues and sources in a sentence, the chain outermost first, and the claim status."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from marsad.arabic.document import Sentence
from marsad.arabic.normalize import normalize
from marsad.arabic.tokenize import reading_start
from marsad.extract import lexicon
from marsad.extract.matcher import Match
from marsad.knowledge import load_yaml

_NEAR = 5  # a source belongs to a reporting cue within this many tokens
_ADJECTIVES = 3  # an event noun's adjectives stand within this many tokens after it ("الهجوم الكيميائي المفترض")


@dataclass
class SourceMention:
    first: int
    last: int
    text: str
    kind: str
    claimed: bool


@dataclass
class Claim:
    """Attribution of the part of a sentence from token `first` to `last`."""

    first: int
    last: int
    chain: list[str] = field(default_factory=list)  # without the publisher
    cue: str | None = None
    status: str = "asserted"


def _text(sent: Sentence, first: int, last: int) -> str:
    toks = sent.tokens
    return sent.span.text[toks[first].start - sent.span.start : toks[last - 1].end - sent.span.start]


def _strip(text: str) -> str:
    """A source name as written, without a leading و/ف/ب/ل clitic when the rest is a known source."""
    return text.strip("«»\"' ")


def claims(sent: Sentence, party_sources: list[tuple[int, int, str, bool]], previous: list[str] | None,
           publisher: str | None, claimed_sources: set[str] | None = None) -> list[Claim]:
    """Split the sentence at denial phrases and attribute each part.

    party_sources: actor mentions of the sentence as (first, last, text, is_state), which become sources when a
    reporting verb is next to them ("أعلن الحوثيون", "قال الجيش").
    previous: the chain of the last attributed sentence, for anaphoric sources ("المصدر").
    claimed_sources: sources the report has shown to speak for a side ("وكالة سبأ التابعة للحوثيين"); a later
    "وقالت سبأ" or "وأعلنت المنظمة" is still that side's claim. Updated with this sentence's.
    """
    toks = sent.tokens
    cues = lexicon.reporting_verbs().find(toks)
    denials_after = lexicon.phrase_matcher("denial_after").find(toks)
    denial_verbs = lexicon.phrase_matcher("denial_verbs").find(toks) + lexicon.phrase_matcher("denial_nouns").find(toks)
    known = claimed_sources if claimed_sources is not None else set()
    sources = _sources(sent, cues, party_sources, previous, known)
    # a reporting verb opens a new part of the sentence (its subject may stand just before it: "مصدر عسكري أكد");
    # a denial phrase ends the part it follows, which is thereby reported as false
    opens = {}
    backward = {c.last for c in cues if c.payloads[0][0] == "phrase"}
    for c in cues:
        if c.payloads[0] == ("phrase", "claimed"):
            # an allegation is told before what it alleges ("اتهامات بتنفيذ هجوم", "مزاعم عن"): it makes a claim of
            # what follows it, not of the news before it in the sentence
            opens.setdefault(c.first, c)
            continue
        if c.payloads[0][0] != "verb":
            continue
        if any(c.first - k in backward for k in (0, 1, 2)):
            continue  # "..., بحسب ما أفاد المرصد": the source of what came before, not the start of a new report
        start = c.first
        subject = next((s for s in sources if s.last in (c.first, c.first - 1) and s.first < c.first), None)
        if subject is not None:
            start = subject.first
        opens[start] = c
    denied_ends = {d.first: d for d in denials_after}
    bounds = sorted({0, len(toks), *opens, *denied_ends})
    out = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        part_cues = [c for c in cues if a <= c.first < b]
        part_sources = [s for s in sources if a <= s.first < b]
        claim = Claim(a, b)
        chain = _order(sent, part_sources)
        if publisher:
            chain = [c for c in chain if normalize(c) != normalize(publisher)]
        claim.chain = list(dict.fromkeys(chain))
        if part_cues:
            claim.cue = _text(sent, part_cues[0].first, part_cues[0].last)
        if any(p[1] == "claimed" for c in part_cues for p in c.payloads) or any(s.claimed for s in part_sources):
            claim.status = "claimed"
        if b in denied_ends:  # "... وهو الخبر الذي ثبت عدم صحته": this part is reported as false
            claim.status = "denied"
            claim.cue = _text(sent, denied_ends[b].first, denied_ends[b].last)
        d = next((d for d in denial_verbs if a <= d.first < b), None)
        if d is not None and _disputes(sent, d):
            claim.status = "disputed" if claim.status == "claimed" else claim.status
        elif d is not None:
            claim.status = "denied"
            claim.cue = _text(sent, d.first, d.last)
        out.append(claim)
    # a denial covers the whole story of the sources it denies: "ذكرت مواقع نقلا عن ناشطين أن ... وقال ناشطون إن
    # ... وهو الخبر الذي ثبت عدم صحته"
    for k in range(len(out) - 1, 0, -1):
        if out[k].status == "denied" and out[k].last in denied_ends:
            shared = {normalize(c) for c in out[k].chain}
            for prev in out[:k]:
                if shared & {normalize(c) for c in prev.chain}:
                    prev.status, prev.cue = "denied", out[k].cue
    # "..., وذكرت وكالة رويترز أن": an agency named after the events of its sentence is their source too
    for k, cur in enumerate(out):
        if cur.chain or k + 1 >= len(out):
            continue
        nxt = out[k + 1]
        if nxt.first in opens and any(s.kind == "agency" for s in sources if nxt.first <= s.first < nxt.last):
            cur.chain = list(nxt.chain)
    # a part with no source of its own continues the report of the part before it ("وقال ناشطون: إن ...")
    for prev, cur in zip(out, out[1:], strict=False):
        if not cur.chain and cur.first not in opens and prev.status != "denied":
            cur.chain, cur.cue = prev.chain, cur.cue or prev.cue
            if cur.status == "asserted":
                cur.status = prev.status
    return out


_INVOLVEMENT_REACH = 5  # the denier stands between the verb and what it denies: "نفت وزارة الدفاع الروسية ضلوعها"


_BACK_REACH = 5  # "الأمر الذي سارعت دمشق إلى نفيه": the pointer back stands a few words before the denial


def _disputes(sent: Sentence, d: Match) -> bool:
    """The denial `d` denies one's part in an event, or answers what was told before it: it disputes, it does not
    deny that the event happened."""
    toks = sent.tokens
    if any(set(t.readings) & lexicon.word_set("involvement") for t in toks[d.last : d.last + _INVOLVEMENT_REACH]):
        return True
    return any(b.last <= d.first and d.first - b.last <= _BACK_REACH
               for b in lexicon.phrase_matcher("denial_back").find(toks))


def disputes_claims(sent: Sentence) -> bool:
    """The sentence holds a denial of involvement or an answer to a claim ("ونفت الولايات المتحدة ضلوعها في
    الهجوم"): the claims told just before it are disputed."""
    toks = sent.tokens
    if lexicon.phrase_matcher("denial_of_it").find(toks):
        return True
    found = lexicon.phrase_matcher("denial_verbs").find(toks) + lexicon.phrase_matcher("denial_nouns").find(toks)
    return any(_disputes(sent, d) for d in found)


def _sources(sent: Sentence, cues: list[Match], party: list[tuple[int, int, str, bool]],
             previous: list[str] | None, claimed_sources: set[str]) -> list[SourceMention]:
    toks = sent.tokens
    found: list[SourceMention] = []
    near = lambda i: any(abs(i - c.first) <= _NEAR or abs(i - c.last) <= _NEAR for c in cues)  # noqa: E731
    for m in lexicon.sources().find(toks):
        canonical, kind, claimed = m.payloads[0]
        if not near(m.first):
            continue
        if kind == "anaphora":
            if previous:
                found.extend(SourceMention(m.first, m.last, s, "anaphora", s in claimed_sources) for s in previous)
            continue
        start = reading_start(toks[m.first], m.key.split(" ")[0])
        text = canonical or _strip(sent.span.text[start - sent.span.start : toks[m.last - 1].end - sent.span.start])
        after = {t.norm for t in toks[m.last : m.last + 2]}
        # ... and so does the voice of an armed group ("الناطق باسم حركة حماس", "المتحدث باسم الحوثيين"):
        # what a side says of its own war is its claim, as "أعلن الحوثيون" is
        owner = any(not is_state and m.last <= p_first <= m.last + 1 for p_first, _, _, is_state in party)
        claimed = claimed or bool(after & lexicon.word_set("affiliation")) or text in claimed_sources \
            or (kind in ("official", "media") and owner)
        found.append(SourceMention(m.first, m.last, text, kind, claimed))
    taken = {i for s in found for i in range(s.first, s.last)}
    for first, last, text, is_state in party:
        if any(i in taken for i in range(first, last)):
            continue
        # the actor is the speaker only when a reporting verb sits right next to it; a phrase ("حسبما"، "وفقا لـ")
        # names its source after it: the party before it ("قتل أحد عناصر حماس، حسبما قال مسؤولون") is the news
        if any(c.last == first or c.last + 1 == first or (last == c.first and c.payloads[0][0] == "verb")
               for c in cues):
            found.append(SourceMention(first, last, text, "party", not is_state))
    found.sort(key=lambda s: s.first)
    claimed_sources.update(s.text for s in found if s.claimed)
    return found


def _order(sent: Sentence, sources: list[SourceMention]) -> list[str]:
    """Outermost first: "X نقلته Y" puts Y before X; "Y نقلا عن X" keeps Y before X."""
    relay = lexicon.phrase_matcher("relay_verbs").find(sent.tokens)
    outer = [s for s in sources if any(r.last <= s.first <= r.last + 2 for r in relay)]
    rest = [s for s in sources if s not in outer]
    return [s.text for s in outer + rest]


@functools.cache
def _doubted() -> frozenset[str]:
    return frozenset(normalize(w) for w in load_yaml("status.yaml")["doubted"])


def doubted(sent: Sentence, last: int) -> bool:
    """An adjective of doubt among the words right after an event noun ending at token `last` ("هجوم كيماوي مفترض")."""
    return any(t.norm in _doubted() for t in sent.tokens[last : last + _ADJECTIVES])
