"""The Arabic text layer: normalization, sentences, tokens and numbers, all mapped to original offsets."""
