"""1. Pernyataan Perjanjian Kinerja: the statement page both parties sign (portrait).

Wording follows the seeds: DKI (seed 001, "Pihak Kesatu … Pihak Kedua", and seed 004 with
"PIHAK PERTAMA"), Kaltara Format 3 ("Selanjutnya disebut sebagai …"), and the Kepala Daerah
variant with a single signer (Format 1) when the agreement has no superior. Party names come
from the profile's `party_labels`, so a region changes the wording in data.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.documents.common import Ctx, identity_table, letterhead, signing_place, titles
from app.documents.model import AgreementDocument
from app.documents.signatures import block_for, signature_table
from app.documents.text import para, place_date

TITLE = "Pernyataan Perjanjian Kinerja"

OPENING_TWO = (
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel "
    "serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:"
)
OPENING_ONE = (
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel "
    "serta berorientasi pada hasil, yang bertanda tangan di bawah ini:"
)
PROMISE = (
    "berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini{comma} "
    "dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam "
    "dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi "
    "tanggung jawab kami."
)


@dataclass(frozen=True)
class Wording:
    """How one statement format words the parties, sentence by sentence."""

    first_line: str  # after the first party's Nama/Jabatan
    second_line: str  # after the superior's
    verb: str  # the superior "melakukan"/"memberikan" supervisi
    title: str = "PERJANJIAN KINERJA"
    comma: str = ","  # "… lampiran perjanjian ini, dalam rangka …" (none in Kaltara Format 3)
    lower: bool = False  # "pihak pertama" in the text, capitals only starting a sentence


WORDINGS = {
    # Seed 001 (Pihak Kesatu) and the DKI profiles.
    "dki_pernyataan": Wording(
        "selanjutnya disebut {first}",
        "selaku atasan {first}, selanjutnya disebut {second}",
        "melakukan",
    ),
    # Seed 004: the 2020 "PERJANJIAN KINERJA DAN RENCANA KINERJA" with PIHAK PERTAMA/KEDUA.
    "dki_pk_rencana_kinerja": Wording(
        "selanjutnya disebut {first}",
        "selaku atasan {first}, selanjutnya disebut {second}",
        "melakukan",
        title="PERJANJIAN KINERJA DAN RENCANA KINERJA",
    ),
    # Seed 003 Format 3.
    "kaltara_pernyataan": Wording(
        "Selanjutnya disebut sebagai {first}",
        "Selaku atasan {first}, selanjutnya disebut sebagai {second}",
        "memberikan",
        comma="",
        lower=True,
    ),
}


def is_landscape(doc: AgreementDocument) -> bool:
    return False


def wording(doc: AgreementDocument) -> Wording:
    return WORDINGS.get(doc.profile.layout("pernyataan"), WORDINGS["dki_pernyataan"])


def title_lines(doc: AgreementDocument) -> list[str]:
    name = wording(doc).title
    if doc.kind == "replacement":
        name = "PERJANJIAN KINERJA PENGGANTI"
    return [name, f"TAHUN {doc.year}"]


def build(doc: AgreementDocument, ctx: Ctx) -> list[Flowable]:
    s = ctx.styles
    profile = doc.profile
    words = wording(doc)
    first, second = profile.party_first, profile.party_second
    if words.lower:  # "pihak pertama" inside a sentence, "Pihak pertama" starting one
        first, second = first.lower(), second.lower()
    promise = PROMISE.format(comma=words.comma)
    out: list[Flowable] = [*letterhead(doc, ctx), *titles(title_lines(doc), ctx), Spacer(1, 3 * mm)]
    place = place_date(signing_place(doc), doc.signing_date, doc.year)

    if doc.superior is None:
        # Kepala Daerah: one signer, no supervision paragraph (seed 003 Format 1).
        out += [
            para(OPENING_ONE, s.body),
            identity_table([("Nama", doc.owner.name), ("Jabatan", doc.owner.title)], ctx),
            Spacer(1, 3 * mm),
        ]
        # Format 1 words it as two paragraphs, the first continuing "yang bertanda tangan".
        promise, _, responsibility = promise.partition(" Keberhasilan")
        out.append(para(promise, s.body))
        closing = para("Keberhasilan" + responsibility, s.body)
        out.append(
            signature_table(
                [None, block_for(doc.owner, above=place)],
                ctx.width,
                s,
                nip_grouping=profile.nip_grouping,
                keep_with=[closing],
            )
        )
        return out

    out += [
        para(OPENING_TWO, s.body),
        identity_table([("Nama", doc.owner.name), ("Jabatan", doc.owner.title)], ctx),
        Spacer(1, 2 * mm),
        para(words.first_line.format(first=first, second=second), s.body),
        identity_table([("Nama", doc.superior.name), ("Jabatan", doc.superior.title)], ctx),
        Spacer(1, 2 * mm),
        para(words.second_line.format(first=first, second=second), s.body),
        para(f"{_sentence(first)} {promise}", s.body),
    ]
    supervision = para(
        f"{_sentence(second)} akan {words.verb} supervisi yang diperlukan serta akan "
        "melakukan evaluasi terhadap "
        "capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka "
        "pemberian penghargaan dan sanksi.",
        s.body,
    )
    out.append(
        signature_table(
            [
                block_for(doc.superior, f"{profile.party_second},"),
                block_for(doc.owner, f"{profile.party_first},", above=place),
            ],
            ctx.width,
            s,
            nip_grouping=profile.nip_grouping,
            keep_with=[supervision],
        )
    )
    return out


def _sentence(words: str) -> str:
    """ "pihak pertama" starting a sentence -> "Pihak pertama"; "PIHAK PERTAMA" kept."""
    return words[:1].upper() + words[1:]
