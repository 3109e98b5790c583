"""Unit tests for scraper.encoding: the text of a page whose declared charset is wrong."""

from __future__ import annotations

import pytest

from scraper.encoding import decode_body

TEXT = "Jakarta – Badan Nasional Penanggulangan Bencana menyebut “siaga” di Cianjur."


@pytest.mark.parametrize("label", ["iso-8859-1", "latin-1", "windows-1252", "cp1252", "ISO-8859-1", "us-ascii"])
def test_utf8_body_labelled_single_byte_is_read_as_utf8(label):
    decoded = decode_body(TEXT.encode("utf-8"), label)
    assert decoded.text == TEXT
    assert decoded.encoding == "utf_8" and decoded.corrected


def test_cp1252_body_labelled_utf8_is_read_as_cp1252_without_replacement_characters():
    decoded = decode_body(TEXT.encode("cp1252"), "utf-8")
    assert decoded.text == TEXT
    assert "\ufffd" not in decoded.text
    assert decoded.encoding == "cp1252" and decoded.corrected


def test_correct_labels_are_kept():
    assert decode_body(TEXT.encode("utf-8"), "utf-8") == decode_body(TEXT.encode("utf-8"), "UTF8")
    assert not decode_body(TEXT.encode("utf-8"), "utf-8").corrected
    latin = "Café São Tomé".encode("cp1252")  # not valid UTF-8: the label is right
    decoded = decode_body(latin, "iso-8859-1")
    assert decoded.text == "Café São Tomé" and not decoded.corrected


def test_ascii_body_is_never_corrected():
    decoded = decode_body(b"<p>Penanggulangan</p>", "iso-8859-1")
    assert decoded.text == "<p>Penanggulangan</p>" and not decoded.corrected


def test_missing_or_unknown_label_means_utf8():
    assert decode_body(TEXT.encode("utf-8"), None).text == TEXT
    assert decode_body(TEXT.encode("utf-8"), "x-no-such-charset").text == TEXT


def test_bytes_valid_in_neither_keep_the_declared_charset_with_replacements():
    body = b"Rp 5 juta " + b"\x81\xff\xfe"  # 0x81 is undefined in cp1252
    decoded = decode_body(body, "utf-8")
    assert decoded.text.startswith("Rp 5 juta") and "\ufffd" in decoded.text and not decoded.corrected


MIXED = "Jakarta – Kementerian menyebut ".encode() + "“siaga” di Cianjur".encode("cp1252")


@pytest.mark.parametrize("label", ["utf-8", "windows-1252", None])
def test_mixed_cp1252_inside_utf8_is_repaired_by_detwingle(label):
    decoded = decode_body(MIXED, label)
    assert decoded.text == "Jakarta – Kementerian menyebut “siaga” di Cianjur"
    assert "\ufffd" not in decoded.text and "â€" not in decoded.text
    assert decoded.corrected and decoded.encoding == "utf_8"
    assert decoded.body is not None and decoded.body.decode("utf-8") == decoded.text


def test_pure_cp1252_is_not_mistaken_for_a_mix():
    decoded = decode_body("Café São Tomé “siaga”".encode("cp1252"), "utf-8")
    assert decoded.text == "Café São Tomé “siaga”" and decoded.encoding == "cp1252" and decoded.body is None


def test_without_a_label_the_documents_own_meta_charset_is_used():
    page = '<html><head><meta charset="windows-1252"></head><body>Café “siaga”</body></html>'
    decoded = decode_body(page.encode("cp1252"), None)
    assert "Café “siaga”" in decoded.text and decoded.encoding == "cp1252" and not decoded.corrected
