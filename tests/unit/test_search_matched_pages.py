"""Search hits name the attachment pages that matched, and nothing else of the match positions."""

from search.queries import SearchRequest, name_matched_pages, search_params

REFS = [{"attachment_id": 7, "url": "https://bi.example/a.pdf", "title": "Statement", "page": 1},
        {"attachment_id": 7, "url": "https://bi.example/a.pdf", "title": "Statement", "page": 2}]


def test_a_match_in_the_release_text_only_names_no_page() -> None:
    result = {"hits": [{"id": 1, "attachment_pages": REFS, "_matchesPosition": {"body": [{"start": 0, "length": 3}]}}]}
    [hit] = name_matched_pages(result)["hits"]
    assert hit == {"id": 1, "matched_attachments": []}


def test_a_match_on_a_page_names_that_page_once() -> None:
    positions = {"attachment_text": [{"start": 0, "length": 3, "indices": [1]}, {"start": 9, "length": 3, "indices": [1]}]}
    result = {"hits": [{"id": 1, "attachment_pages": REFS, "_matchesPosition": positions}]}
    [hit] = name_matched_pages(result)["hits"]
    assert hit["matched_attachments"] == [{"url": "https://bi.example/a.pdf", "title": "Statement", "page": 2}]


def test_searches_ask_for_match_positions_and_the_page_list() -> None:
    params = search_params(SearchRequest(q="inflasi"))
    assert params["showMatchesPosition"] is True and "attachment_pages" in params["attributesToRetrieve"]
