"""The analysed document: original text, sentences, clauses and tokens, every span in original offsets."""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.arabic.sentences import Span, split_clauses, split_sentences
from marsad.arabic.tokenize import Token, tokenize


@dataclass
class Sentence:
    index: int
    span: Span
    tokens: list[Token]
    clause_starts: list[int] = field(default_factory=list)  # token index where each clause begins

    @property
    def text(self) -> str:
        return self.span.text

    def clause_of(self, token_index: int) -> int:
        """Index of the clause holding a token."""
        clause = 0
        for n, start in enumerate(self.clause_starts):
            if token_index >= start:
                clause = n
        return clause

    def clause_range(self, clause: int) -> tuple[int, int]:
        start = self.clause_starts[clause]
        end = self.clause_starts[clause + 1] if clause + 1 < len(self.clause_starts) else len(self.tokens)
        return start, end


@dataclass
class Document:
    text: str
    sentences: list[Sentence]
    field: str = "text"  # "text" or "title": which part of the article the offsets refer to


def analyse(text: str, field: str = "text") -> Document:
    sentences = []
    for n, span in enumerate(split_sentences(text)):
        tokens = tokenize(text, span.start, span.end)
        starts = []
        for clause in split_clauses(text, span):
            idx = next((i for i, t in enumerate(tokens) if t.start >= clause.start), None)
            if idx is not None and (not starts or idx > starts[-1]):
                starts.append(idx)
        if not starts:
            starts = [0]
        starts[0] = 0
        sentences.append(Sentence(n, span, tokens, starts))
    return Document(text, sentences, field)
