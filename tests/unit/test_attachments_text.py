"""Reading PDFs: text per page with table rows kept, titles, and a reason for every file that cannot be
read (the bad inputs of issue 18), each built in code by tests/replicas/pdfs.py."""

from __future__ import annotations

import pytest

from archive.attachments import sniff
from archive.attachments.isolate import Limits, read_isolated
from archive.attachments.text import Unreadable, document_title, read_pdf
from tests.replicas import pdfs


def test_a_statistical_table_is_read_as_one_line_per_row():
    found = read_pdf(pdfs.inflation_release())
    assert found.page_count == 1
    assert "Papua Tengah 4,12 0,35 108,21" in found.pages[0].splitlines()
    assert found.title == "Inflasi Year-on-Year September 2026 sebesar 2,31 Persen"  # the metadata title


def test_pages_stay_apart_and_an_untitled_file_is_named_by_its_first_heading():
    found = read_pdf(pdfs.monetary_statement())
    assert found.page_count == 2
    assert "akseptasi QRIS antarnegara" in found.pages[1] and "akseptasi" not in found.pages[0]
    assert found.title == "Siaran Pers: BI-Rate Tetap 5,00%"


def test_office_generator_titles_are_not_document_titles():
    assert document_title("Microsoft Word - SP_28.docx", ["\nSiaran Pers Bersama\nisi"]) == "Siaran Pers Bersama"
    assert document_title("Neraca Perdagangan", ["x"]) == "Neraca Perdagangan"


def test_a_scanned_page_has_no_text_layer():
    found = read_pdf(pdfs.scanned_letter())
    assert found.pages_without_text() == [1] and found.title is None


@pytest.mark.parametrize(("body", "content_type", "status", "words"), [
    (b"", "application/pdf", "empty", "0 bytes"),
    (b"<!DOCTYPE html><html><body>File tidak ditemukan</body></html>", "application/pdf", "not_pdf", "HTML page"),
    (b"PK\x03\x04 a zip file", "application/octet-stream", "not_pdf", "no %PDF- signature"),
])
def test_what_is_not_a_pdf_is_refused_by_its_bytes(body, content_type, status, words):
    rejected = sniff(body, content_type)
    assert rejected is not None and rejected.status == status and words in rejected.reason


def test_a_pdf_is_recognised_whatever_the_server_calls_it():
    assert sniff(pdfs.inflation_release(), "application/octet-stream") is None


def _refusal(data: bytes, **kwargs) -> Unreadable:
    with pytest.raises(Unreadable) as caught:
        read_pdf(data, **kwargs)
    return caught.value


def test_an_encrypted_pdf_is_refused_as_encrypted():
    refused = _refusal(pdfs.encrypted_pdf(pdfs.inflation_release()))
    assert refused.status == "encrypted" and "password" in refused.reason


def test_an_encrypted_pdf_with_an_empty_user_password_is_read_like_viewers_do():
    found = read_pdf(pdfs.encrypted_pdf(pdfs.inflation_release(), password=""))
    assert "Papua Tengah" in found.pages[0]


def test_a_truncated_pdf_is_refused_as_truncated():
    data = pdfs.inflation_release()
    refused = _refusal(data[: len(data) // 2])
    assert refused.status == "truncated" and "%%EOF" in refused.reason


def test_a_corrupt_pdf_is_refused_as_corrupt():
    refused = _refusal(b"%PDF-1.4\n" + bytes(range(256)) * 8 + b"\n%%EOF\n")
    assert refused.status == "corrupt"


def test_a_page_count_bomb_is_refused_before_its_pages_are_read():
    refused = _refusal(pdfs.page_count_bomb(5000), max_pages=2000)
    assert refused.status == "too_many_pages" and "5000 pages" in refused.reason


def test_a_decompression_bomb_is_refused():
    refused = _refusal(pdfs.decompression_bomb(100))
    assert refused.status == "bomb"


def test_the_child_process_returns_the_same_text():
    found = read_isolated(pdfs.monetary_statement())
    assert found.pages == read_pdf(pdfs.monetary_statement()).pages


def test_a_child_over_its_memory_limit_is_reported_as_a_bomb():
    with pytest.raises(Unreadable) as caught:
        read_isolated(pdfs.inflation_release(), Limits(memory_mb=24))
    assert caught.value.status == "bomb" and "24 MB" in caught.value.reason


def test_a_child_over_its_time_limit_is_reported():
    with pytest.raises(Unreadable) as caught:
        read_isolated(pdfs.inflation_release(), Limits(seconds=0.01))
    assert caught.value.status == "timeout"
