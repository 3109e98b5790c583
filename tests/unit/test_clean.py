"""Text cleaning: normalisation, furniture removal, captions, and the CleanPipeline drop rules."""

from __future__ import annotations

import pytest
from scrapy.exceptions import DropItem

from pipelines.clean import CleanedBody, CleanPipeline, clean_body, is_boilerplate_only, normalize_text

# The seed release (BNPT, July 2022): every one of its paragraphs is real content and must survive.
SEED_TITLE = (
    'BNPT Promosikan Praktik Baik Indonesia di tingkat Pemerintah Pusat dan Daerah Dalam Penanganan '
    'Ekstremisme Berbasis Kekerasan dan Terorisme dalam Lokakarya Internasional'
)
SEED_PARAGRAPHS = [
    (
        'Surabaya – Perwakilan Badan Nasional Penanggulangan Terorisme (BNPT)RI hadir dan berpartisipasi '
        'aktif dalam lokakarya internasional “Enhancing National-Local Coordination on Prevention, '
        'Preparedness and Response to Radicalization and Terrorist Attacks” yang diselenggarakan oleh '
        'International Institute for Justice and the Rule of Law (IIJ) yang bekerjasama dengan Strong '
        'Cities Network (SCN) di Surabaya, pada tanggal 26 -28 Juli 2022.'
    ),
    (
        'Para Peserta Lokakarya berasal dari Indonesia, Malaysia, dan Filipina yang terdiri dari '
        'Pemerintah dan juga masyarakat. Dalam hal ini, Pemerintah Indonesia diwakili oleh BNPT (Weti '
        'Deswiyati, S.Sos., M.Si., Kasubdit Kerjasama Multilateral, Direktorat Kerjasama Regional dan '
        'Multilateral, Kedeputian Bidang Kerjasama Internasional BNPT; dan Kepala Seksi Analis Intelijen,'
        ' Kedeputian Bidang Penindakan dan Pembinaan Kemampuan BNPT); Kejaksaan Agung Republik Indonesia;'
        ' Densus 88 Polri; Kejaksaan Tinggi Jawa Timur; Ketua FKPT Jawa Timur; serta Perwakilan '
        'Pemerintah Kota Surabaya. Dalam kesempatan tersebut, Perwakilan Pemerintah Indonesia juga hadir '
        'untuk memberikan sambutan pembuka serta menjadi Narasumber dalam kegiatan tersebut.'
    ),
    (
        'Lokakarya ini bertujuan untuk meningkatkan koordinasi diantara aktor nasional (pemerintah pusat '
        'dan aparat penegak hukum) dengan aktor daerah (pemerintah kota, tokoh masyarakat, pemuka agama '
        'dan organisasi masyarakat sipil) dalam menghadapi tantangan serta berbagai praktik baik dalam '
        'pencegahan ekstremisme berbasis kekerasan yang mengarah pada terorisme serta mempersiapkan '
        'hal-hal dalam merespon serangan aksi terorisme.'
    ),
    (
        'Acara dibuka oleh Thomas Wuchte, Executive Secretary of the IIJ, yang menjelaskan dalam '
        'sambutannya bahwa lokakarya ini dapat meningkatkan kolaborasi dan koordinasi antara pemangku '
        'kepentingan baik di tingkat nasional dan daerah dalam mengantisipasi terjadinya serangan teror '
        'hingga menangani dampak pasca teror.'
    ),
    (
        '“Sangat penting untuk mengembangkan strategi kontraterorisme efektif yang berfokus pada '
        'koordinasi dan komunikasi yang tepat antara aktor – aktor relevan, termasuk melibatkan penegak '
        'hukum di tingkat nasional, pemerintah daerah, tokoh masyarakat dan tokoh agama. Hal ini tidak '
        'hanya untuk mencegah ekstremisme dan ancaman teror, namun juga untuk memitigasi efek yang '
        'terjadi setelah serangan teror dan membantu para korban maupun masyarakat yang mungkin '
        'terdampak,” tambah Thomas Wuchte.'
    ),
    (
        'Sambutan pembuka selanjutnya disampaikan oleh Kasubdit Kerjasama Multilateral yang menjelaskan '
        'berbagai inisiatif dan praktik baik yang telah dilakukan oleh Indonesia khususnya BNPT melalui '
        'Pelaksanaan Peraturan Presiden Nomor 7 tahun 2021 tentang RAN PE; FKPT, Kawasan Terpadu '
        'Nusantara hingga upaya meningkatkan kerja sama internasional di tingkat bilateral, regional '
        'maupun mulitlateral. Hal ini merupakan wujud pendekatan whole of government, whole of society '
        'approach yang dilakukan oleh BNPT dengan melibatkan seluruh komponen pemerintah dan masyarakat '
        'termasuk organisasi masyarakat sipil dalam mencegah dan menanggulangi ekstremisme berbasis '
        'kekerasan dan terorisme.'
    ),
    (
        '“BNPT selalu menganggap penting untuk mempromosikan koordinasi antara pemerintah pusat dan '
        'daerah. Kami juga percaya keterlibatan masyarakat memegang peranan penting dalam pencegahan dan '
        'deteksi dini ekstremisme berbasis kekerasan yang mengarah pada terorisme,” ungkap Kasubdit '
        'Kerjasama Multilateral BNPT.'
    ),
    (
        'Dalam kesempatan tersebut Perwakilan dari BNPT yaitu Kepala Seksi Analis Intelijen, juga turut '
        'menyampaikan praktik baik Indonesia khususnya BNPT melalui mekanisme koordinasi dan kolaborasi '
        'program dengan berbagai pemangku kepentingan untuk mencegah dan menanggulangi ekstremisme '
        'berbasis kekerasan yang mengarah pada terorisme serta serangan terorisme.'
    ),
]

PARA_ID = (
    "Badan Nasional Penanggulangan Bencana melaporkan banjir bandang melanda tiga kecamatan di "
    "Kabupaten Luwu pada Kamis malam setelah hujan deras mengguyur wilayah tersebut selama lebih dari "
    "enam jam."
)
PARA_EN = (
    "The Board of Governors of Bank Indonesia decided to hold the BI-Rate at 6.00 percent, consistent "
    "with efforts to keep the rupiah stable amid high uncertainty in global financial markets."
)


def paragraphs(body: str) -> list[str]:
    return body.split("\n\n")


# --- normalize_text -------------------------------------------------------------------------------


def test_normalize_composes_unicode_to_nfc():
    assert normalize_text("Pe\u0301rez") == "P\u00e9rez"


def test_normalize_removes_zero_width_characters_and_soft_hyphens():
    assert normalize_text("pe\u200bne\u200cgak\u200dan\ufeff hu\u00adkum") == "penegakan hukum"


def test_normalize_turns_nbsp_and_other_spaces_into_single_spaces():
    assert normalize_text("Rp\u00a01.777\u2009triliun \t\u3000naik") == "Rp 1.777 triliun naik"


def test_normalize_keeps_paragraphs_as_blank_line_separated_blocks_with_stripped_lines():
    raw = "  Paragraf satu.  \r\n\r\n\r\n\n   Paragraf dua\u00a0 \n  baris kedua.  \n \n"
    assert normalize_text(raw) == "Paragraf satu.\n\nParagraf dua\nbaris kedua."


def test_normalize_of_empty_text_is_empty():
    assert normalize_text("") == ""
    assert normalize_text(" \n\u200b\n ") == ""


# --- clean_body: the seed and conservative behaviour --------------------------------------------------


def test_seed_release_survives_cleaning_unchanged():
    body = "\n\n".join(SEED_PARAGRAPHS)
    cleaned = clean_body(body)
    assert cleaned.body == body
    assert cleaned.removed == []
    assert cleaned.captions == []


def test_seed_paragraphs_all_survive_among_boilerplate():
    body = "\n\n".join(
        ["Bagikan", "Facebook Twitter WhatsApp", SEED_PARAGRAPHS[0], "Baca juga: BNPT Gelar Rakor Nasional"]
        + SEED_PARAGRAPHS[1:]
        + ["Berita Terkait", "BNPT Gelar Lokakarya di Bali", "Biro Humas BNPT", "Telp. (021) 1234 5678"]
    )
    kept = paragraphs(clean_body(body).body)
    assert kept == SEED_PARAGRAPHS


def test_clean_body_returns_a_cleaned_body_and_is_idempotent():
    body = f"{PARA_ID}\n\nBagikan\n\n{PARA_EN}\n\nFoto: Suasana rapat"
    once = clean_body(body)
    assert isinstance(once, CleanedBody)
    assert clean_body(once.body).body == once.body


def test_agency_dateline_prefix_is_kept():
    text = "Jakarta (ANTARA) - " + PARA_ID
    assert clean_body(text).body == text


# --- share widgets -----------------------------------------------------------------------------------


@pytest.mark.parametrize("widget", ["Bagikan", "Bagikan:", "Share this:", "Facebook Twitter WhatsApp",
                                    "Share on Facebook | Twitter | LinkedIn", "Bagikan artikel ini"])
def test_share_widgets_are_removed(widget):
    cleaned = clean_body(f"{PARA_ID}\n\n{widget}\n\n{PARA_EN}")
    assert paragraphs(cleaned.body) == [PARA_ID, PARA_EN]
    assert widget in cleaned.removed


def test_share_widget_on_its_own_line_inside_a_paragraph_is_removed():
    cleaned = clean_body(f"{PARA_ID}\nBagikan: Facebook Twitter WhatsApp")
    assert cleaned.body == PARA_ID


# --- "Baca juga" -------------------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["Baca juga: Densus 88 Tangkap Tiga Terduga Teroris di Bekasi",
                                  "BACA JUGA : Inflasi Juli Terkendali",
                                  "Read also: Bank Indonesia Holds Policy Rate",
                                  "Baca Juga - Gempa Cianjur, Pemerintah Kirim Bantuan"])
def test_inserted_read_also_lines_are_removed(line):
    assert clean_body(f"{PARA_ID}\n\n{line}\n\n{PARA_EN}").body == f"{PARA_ID}\n\n{PARA_EN}"


def test_bare_read_also_heading_takes_its_linked_headline_with_it():
    body = f"{PARA_ID}\n\nBaca Juga\nBNPT Gelar Rakor Pencegahan Terorisme\n\n{PARA_EN}"
    assert clean_body(body).body == f"{PARA_ID}\n\n{PARA_EN}"


def test_a_sentence_that_starts_with_baca_juga_is_kept():
    sentence = ("Baca juga petunjuk teknis yang telah dibagikan kepada seluruh peserta sebelum ujian dimulai, "
                "kata panitia.")
    assert clean_body(f"{PARA_ID}\n\n{sentence}").body == f"{PARA_ID}\n\n{sentence}"


# --- related-article lists ---------------------------------------------------------------------------


@pytest.mark.parametrize("heading", ["Berita Terkait", "Related News", "Berita Lainnya", "Artikel Terkait:"])
def test_related_article_list_is_removed_with_its_headlines(heading):
    related = ["BNPT Gelar Lokakarya di Bali", "Kepala BNPT Kunjungi Poso", "Status Gunung Semeru Naik Menjadi Siaga"]
    body = "\n\n".join([PARA_ID, PARA_EN, heading, *related])
    cleaned = clean_body(body)
    assert paragraphs(cleaned.body) == [PARA_ID, PARA_EN]
    assert "Kepala BNPT Kunjungi Poso" in cleaned.removed


def test_related_list_stops_at_the_next_real_paragraph():
    body = f"Berita Terkait\n\nBNPT Gelar Lokakarya di Bali\n\n{PARA_ID}"
    assert clean_body(body).body == PARA_ID


# --- closing contact and signature blocks ------------------------------------------------------------


def test_bank_indonesia_style_signature_with_name_above_title_is_removed():
    body = f"{PARA_EN}\n\nErwin Haryono\nKepala Departemen Komunikasi"
    cleaned = clean_body(body)
    assert cleaned.body == PARA_EN
    assert cleaned.removed == ["Erwin Haryono", "Kepala Departemen Komunikasi"]


def test_contact_person_block_is_removed():
    body = f"{PARA_ID}\n\nContact person:\nAndi Wijaya\n0812 3456 7890\nhumas@bnpt.go.id"
    assert clean_body(body).body == PARA_ID


def test_further_information_paragraph_is_removed():
    body = (f"{PARA_ID}\n\nInformasi lebih lanjut dapat menghubungi Biro Hubungan Masyarakat, "
            "telp. (021) 3500 123, surel humas@kemenkeu.go.id")
    assert clean_body(body).body == PARA_ID


def test_press_bureau_signature_block_is_removed():
    body = f"{PARA_ID}\n\n***\n\nBiro Humas\nKementerian Koordinator Bidang Perekonomian\nwww.ekon.go.id"
    cleaned = clean_body(body)
    assert cleaned.body == PARA_ID
    assert "***" in cleaned.removed


def test_translation_credits_are_removed():
    body = f"{PARA_EN}\n\nTranslated by: Dewi Lestari Reviewed by: Hendra Gunawan"
    assert clean_body(body).body == PARA_EN


def test_closing_sentence_that_mentions_the_press_office_is_kept():
    closing = "Biro Humas akan terus memperbarui informasi mengenai perkembangan penanganan banjir."
    assert clean_body(f"{PARA_ID}\n\n{closing}").body == f"{PARA_ID}\n\n{closing}"


def test_signature_title_in_the_middle_of_the_body_is_kept():
    body = f"{PARA_ID}\n\nKepala Departemen Komunikasi\n\n{PARA_EN}\n\n{PARA_ID}"
    assert "Kepala Departemen Komunikasi" in paragraphs(clean_body(body).body)


# --- Microsoft Word residue --------------------------------------------------------------------------


def test_word_conditional_comment_paragraph_is_removed():
    junk = ("<!--[if gte mso 9]><xml> Normal 0 false false false EN-US X-NONE X-NONE "
            "MicrosoftInternetExplorer4 </xml><![endif]-->")
    cleaned = clean_body(f"{junk}\n\n{PARA_ID}")
    assert cleaned.body == PARA_ID
    assert cleaned.removed


def test_word_style_definitions_are_removed():
    junk = ('st1\\:*{behavior:url(#ieooui) }\n\n/* Style Definitions */ table.MsoNormalTable '
            '{mso-style-name:"Table Normal"; mso-tstyle-rowband-size:0; mso-padding-alt:0cm 5.4pt 0cm 5.4pt; '
            'font-size:10.0pt; font-family:"Times New Roman";}')
    assert clean_body(f"{junk}\n\n{PARA_ID}").body == PARA_ID


def test_text_glued_to_word_settings_dump_is_kept():
    body = "Normal 0 false false false EN-US X-NONE X-NONE MicrosoftInternetExplorer4 " + PARA_ID
    assert clean_body(body).body == PARA_ID


# --- captions ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("caption", ["Foto: Kepala BNPT memberikan sambutan pada pembukaan lokakarya.",
                                     "Photo: The minister inspects the dam in Subang.",
                                     "Keterangan foto: Petugas membagikan bantuan kepada pengungsi."])
def test_paragraphs_starting_with_a_photo_label_become_captions(caption):
    cleaned = clean_body(f"{PARA_ID}\n\n{caption}\n\n{PARA_EN}")
    assert cleaned.body == f"{PARA_ID}\n\n{PARA_EN}"
    assert cleaned.captions == [caption]


def test_paragraph_ending_with_a_photo_credit_becomes_a_caption():
    caption = "Peserta lokakarya berfoto bersama usai kegiatan di Surabaya (Foto: Humas BNPT)"
    cleaned = clean_body(f"{PARA_ID}\n\n{caption}")
    assert cleaned.body == PARA_ID
    assert cleaned.captions == [caption]


def test_paragraph_starting_with_the_word_foto_without_a_label_is_kept():
    text = "Foto bersama dilakukan seusai penandatanganan nota kesepahaman oleh kedua pihak di Jakarta."
    assert clean_body(text).body == text


# --- is_boilerplate_only -----------------------------------------------------------------------------


def test_empty_body_is_boilerplate_only():
    assert is_boilerplate_only("")
    assert is_boilerplate_only(None)


def test_body_of_nothing_but_furniture_is_boilerplate_only():
    assert is_boilerplate_only("Bagikan\n\nFacebook Twitter WhatsApp\n\nBaca juga: Inflasi Juli Terkendali")


def test_body_under_twenty_words_is_boilerplate_only():
    assert is_boilerplate_only("Pemerintah memperpanjang masa tanggap darurat selama 14 hari.")


def test_real_release_is_not_boilerplate_only():
    assert not is_boilerplate_only("\n\n".join(SEED_PARAGRAPHS))


# --- CleanPipeline -----------------------------------------------------------------------------------


def make_item(**fields):
    item = {"url": "https://bnpt.go.id/x", "title": SEED_TITLE, "subtitle": None,
            "body": "\n\n".join(SEED_PARAGRAPHS), "captions": []}
    item.update(fields)
    return item


def test_pipeline_normalizes_title_and_subtitle_to_single_lines():
    item = CleanPipeline().process_item(make_item(title="  BNPT\u00a0Gelar\n Rakor \u200b", subtitle="Sub\n judul"))
    assert item["title"] == "BNPT Gelar Rakor"
    assert item["subtitle"] == "Sub judul"


def test_pipeline_cleans_body_and_appends_captions():
    body = "\n\n".join(SEED_PARAGRAPHS + ["Foto: Peserta lokakarya", "Bagikan"])
    item = CleanPipeline().process_item(make_item(body=body, captions=["existing"]))
    assert item["body"] == "\n\n".join(SEED_PARAGRAPHS)
    assert item["captions"] == ["existing", "Foto: Peserta lokakarya"]


def test_pipeline_drops_item_with_boilerplate_only_body():
    with pytest.raises(DropItem, match=r"^empty body: https://bnpt.go.id/x$"):
        CleanPipeline().process_item(make_item(body="Bagikan\n\nBaca juga: Inflasi Juli Terkendali"))


def test_pipeline_drops_item_without_title():
    with pytest.raises(DropItem, match=r"^missing title: https://bnpt.go.id/x$"):
        CleanPipeline().process_item(make_item(title=" \u200b "))


def test_pipeline_accepts_the_spider_argument():
    item = make_item()
    assert CleanPipeline().process_item(item, object()) is item


def test_pipeline_works_on_the_release_item_dataclass():
    from scraper.items import ReleaseItem

    item = ReleaseItem(source="bnpt", url="https://bnpt.go.id/x", title=f" {SEED_TITLE} ",
                       body="\n\n".join([*SEED_PARAGRAPHS, "Foto: Peserta lokakarya"]))
    CleanPipeline().process_item(item)
    assert item.title == SEED_TITLE
    assert item.captions == ["Foto: Peserta lokakarya"]
