"""The import's fast phone/e-mail paths give exactly the slow path's answer (value or refusal)."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop.models.contact_details import normalize_email, normalize_phone
from desktop.models.errors import ValidationError
from desktop.services.imports.fast_checks import _dk_plain, _dk_valid, fast_email, fast_phone


def _outcome(fn, raw: str) -> tuple[str, str | None]:  # type: ignore[no-untyped-def]
    try:
        return ("ok", fn(raw))
    except ValidationError as exc:
        return ("error", exc.message if hasattr(exc, "message") else str(exc))


def _same_phone(raw: str) -> None:
    assert _outcome(fast_phone, raw) == _outcome(normalize_phone, raw), raw


digits8 = st.text(alphabet="0123456789", min_size=8, max_size=8)
prefixes = st.sampled_from(["", "+45", "+45 ", "0045", "0045 ", "45", "45 ", "+46 ", "00 45", "+ 45", " "])


@st.composite
def danish_shapes(draw: st.DrawFn) -> str:
    digits = draw(digits8)
    seps = [draw(st.sampled_from(["", " ", "  ", "-", "."])) for _ in range(3)]
    body = digits[:2] + seps[0] + digits[2:4] + seps[1] + digits[4:6] + seps[2] + digits[6:]
    pad = draw(st.sampled_from(["", " ", "\t", "\u00a0"]))
    return pad + draw(prefixes) + body + pad


@settings(max_examples=3000, deadline=None)
@given(danish_shapes())
@example("12345678")
@example("20345678")  # 2x with a 0 third digit: mobile/fixed-line rules decide
@example("20045678")
@example("80123456")  # toll free
@example("90123456")  # premium rate
@example("0045 31234567")
@example("+4531234567")
def test_fast_phone_equals_slow_path_on_danish_shapes(raw: str) -> None:
    _same_phone(raw)


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="0123456789 +-()", max_size=18) | st.text(max_size=14))
def test_fast_phone_equals_slow_path_on_anything(raw: str) -> None:
    _same_phone(raw)


@settings(max_examples=1500, deadline=None)
@given(
    st.text(alphabet="0123456789\u0660\u0661\u0662\u0666\uff10\uff12\uff16\u09e6", min_size=8, max_size=8),
    st.sampled_from(["", "+45", "0045", "+45 "]),
    st.booleans(),
)
@example("201\u0660\u0660\u0660\u0660\u0660", "", False)  # once taken as valid and kept unconverted
@example("201\u0660\u0660\u0660\u0660\u0660", "", True)
def test_other_scripts_digits_are_left_to_phonenumbers(digits: str, prefix: str, spaced: bool) -> None:
    body = " ".join(digits[i : i + 2] for i in range(0, 8, 2)) if spaced else digits
    _same_phone(prefix + body)


def test_every_three_digit_prefix_is_judged_like_phonenumbers() -> None:
    """Validity depends on the leading digits: every prefix with assorted tails, exhaustively."""
    assert _dk_valid() is not None, "the fast path must be active for the phonenumbers version we ship"
    assert _dk_plain() is not None
    for prefix in range(1000):
        for tail in ("00000", "10000", "01234", "99999", "50505"):
            for shape in ("", "+45", "0045", "+45 "):  # one-match path and shape path
                _same_phone(f"{shape}{prefix:03d}{tail}")


local = st.from_regex(r"[A-Za-z0-9_+.\-!#ÆØåé\"]{0,70}", fullmatch=True)
domain = st.from_regex(r"[A-Za-z0-9.\-æøå_]{0,40}", fullmatch=True) | st.sampled_from(
    [
        "example.dk",
        "EXAMPLE.DK",
        "aarhus.dk.",
        "localhost",
        "x.test",
        "x.local",
        "a..dk",
        "-a.dk",
        "xn--ls8h.la",
    ]
)


@settings(max_examples=3000, deadline=None)
@given(local, domain, st.sampled_from(["", " ", "\t"]))
@example("mette", "aarhus.dk", "")
@example("Postmaster", "Aarhus.DK", "")
@example("a" * 65, "x.dk", "")
@example("a" * 64, "b" * 63 + "." + "c" * 63 + ".dk", "")
def test_fast_email_equals_slow_path(local_part: str, domain_part: str, pad: str) -> None:
    raw = f"{pad}{local_part}@{domain_part}{pad}"
    assert _outcome(fast_email, raw) == _outcome(normalize_email, raw), raw


@pytest.mark.parametrize("raw", ["", "plain", "a@b@c.dk", "@x.dk", "x@", "Mette <m@x.dk>"])
def test_fast_email_odd_input(raw: str) -> None:
    assert _outcome(fast_email, raw) == _outcome(normalize_email, raw)
