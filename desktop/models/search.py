"""Search tokens for contacts: one row per folded name part, e-mail address and e-mail domain.

A prefix match on a token ("me" finds "Mette", "hans" finds "Mette Hansen") becomes an
index range scan instead of a scan of every name, so type-to-search stays fast with
100,000 contacts on SQLite and PostgreSQL alike.

Tokens are folded loosely (``loosen``): people type Danish letters in ASCII in several
ways ("Møller" as "moeller" or "moller", "Åse" as "aase" or "ase", "Ærø" as "aeroe" or
"aro"), so the tokens and the query are both reduced to one spelling at write time and at
search time, and the index still answers every keystroke.
"""

from __future__ import annotations

import functools
import re

from sqlalchemy import Column, ForeignKey, Index, String, Table

from desktop.models.base import Base
from desktop.models.contact_details import fold_name

TOKEN_LENGTH = 100
_WORD = re.compile(r"[a-z0-9]+")
#: the second letter of "aa", "ae", "oe" and "ue" (å, æ, ø and ü spelt out), and of runs
#: of them, is dropped: a decision that depends on a letter and the one before it only, so
#: the loose form of a prefix is always a prefix of the loose form of the whole word
_DIGRAPH = re.compile(r"(?<=a)[ae]+|(?<=[ou])e+")
#: a query word that is (the start of) an e-mail address or domain: "@", or a dot after
#: two letters ("aarhus.dk", "kommune."), not initials such as "J.P."
_MAILISH = re.compile(r"@|[a-z0-9]{2}\.")

person_search_token = Table(
    "person_search_token",
    Base.metadata,
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True),
    Column("token", String(TOKEN_LENGTH), primary_key=True),
    Index("ix_person_search_token_token", "token"),
    # SQLite: the rows are their key, kept in the key's own b-tree (migration 0004)
    sqlite_with_rowid=False,
)


def loosen(folded: str) -> str:
    """One spelling for the ASCII ways of writing æ, ø, å (and ä, ö, ü) in a folded text.

    "moeller" and "moller" -> "moller"; "aeroe" and "aro" -> "aro"; "aase" and "ase" -> "ase".
    """
    if "aa" in folded or "ae" in folded or "oe" in folded or "ue" in folded:  # (much faster than the regex)
        return _DIGRAPH.sub("", folded)
    return folded


def name_words(text: str) -> list[str]:
    """Folded words of a name: "Anna-Sofie Ølgaard" -> ["anna", "sofie", "oelgaard"]."""
    return _WORD.findall(fold_name(text))


def mail_tokens(email: str) -> set[str]:
    """The address and its domains: "a@sub.aarhus.dk" -> the address, "sub.aarhus.dk", "aarhus.dk".

    Each part of the domain after a dot or a hyphen starts a token ("x@ballerup-kommune.dk"
    is found by "kommune.dk"), the top-level domain alone does not ("dk" finds everyone).
    """
    plain = email.isascii() and email.isprintable() and " " not in email  # fold_name's answer is lower()
    address = loosen(email.lower() if plain else fold_name(email))
    _local, at, domain = address.rpartition("@")
    if at and domain:
        return {address[:TOKEN_LENGTH], *_domain_tokens(domain)}
    return {address[:TOKEN_LENGTH]}


@functools.lru_cache(maxsize=1024)
def _domain_tokens(domain: str) -> tuple[str, ...]:
    """A domain and its parts after each dot or hyphen, the top-level domain left out.

    Cached: an import of 100,000 contacts has a few dozen domains.
    """
    last_dot = domain.rfind(".")
    tokens = [domain[:TOKEN_LENGTH]]
    tokens += [domain[i + 1 : i + 1 + TOKEN_LENGTH] for i, c in enumerate(domain[:last_dot]) if c in ".-"]
    return tuple(tokens)


def search_tokens(name: str, email: str | None) -> set[str]:
    """What a contact can be found by: each loosely folded name word, the e-mail and its domains."""
    tokens = {w[:TOKEN_LENGTH] for w in _WORD.findall(loosen(fold_name(name)))}
    if email:
        tokens |= mail_tokens(email)
    return tokens


def query_words(text: str) -> list[str]:
    """The words of a typed query in the tokens' own form (each is matched as a token prefix).

    Name words are split at every non-letter; an e-mail address or domain ("soren@",
    "aarhus.dk") stays one word, since its token does.
    """
    words: list[str] = []
    for chunk in loosen(fold_name(text)).split():
        if _MAILISH.search(chunk):
            chunk = chunk.strip("<>()[],;:'\"")  # "<anna@htk.dk>," pasted from a mail
            if chunk:
                words.append(chunk[:TOKEN_LENGTH])
        else:
            words.extend(w[:TOKEN_LENGTH] for w in _WORD.findall(chunk))
    return words


def strict_prefixes(word: str) -> list[str]:
    """Prefixes of ``fold_name`` keys (the name column) whose loose form starts with ``word``.

    For the short words that search the start of the name column instead of the tokens:
    "as" must find "aase" (Åse) there too, so an "a", "o" or "u" before the last letter may
    have been spelt "aa"/"ae", "oe" or "ue". Prefixes covered by a shorter one are left out.
    """
    prefixes = [""]
    for i, c in enumerate(word):
        if i < len(word) - 1 and c in "aou":
            spelt = [c, c + ("e" if c != "a" else "a")] + (["ae"] if c == "a" else [])
            prefixes = [p + s for p in prefixes for s in spelt]
        else:
            prefixes = [p + c for p in prefixes]
    return sorted(p for p in prefixes if not any(q != p and p.startswith(q) for q in prefixes))


def prefix_upper_bound(prefix: str) -> str:
    """The smallest string above every string that starts with ``prefix`` (for ranges)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)
