"""The conventions of news text, per language, as data tables a reviewer can read.

Owns the words and names that mark a line as something other than the article's own prose:
photo credit labels (`FOTO:`), the picture agencies credits end with (`NTB`, `BILDBYRÅN`),
cross-link markers (`LES OGSÅ:`), ad markers, byline words (`Av`), update and publication
stamps (`Oppdatert i går 21:39`) and share/print chrome. Languages: `en`, `nb` (also used for
nn), `sv`, `da`, `de`. The rules in `boilerplate` compile these tables once; the reader applies
every language's rules to every article, because it runs before the language is identified
and a marker of one language never stands in another's prose.

Sources: the lines seen in real Norwegian (NorQuAD's NRK, BT, VG, Dagbladet, Nettavisen
texts), Swedish (Aftonbladet, Expressen), Danish (Jyllands-Posten), German and English pages
(fundus's test pages from 90 outlets). Add a word here, and a test case, when a new one is met.
"""

from __future__ import annotations

from typing import Final

# fmt: off
# The label a photo credit starts with: `FOTO: Name / NTB`, `(Photo: Reuters)`, `Bild: dpa`.
CREDIT_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "en": (
        "Photo", "Photograph", "Photos", "Image", "Picture", "Illustration", "Credit",
        "Photo credit", "Video", "Graphic", "File photo", "Stock photo", "Handout", "Screenshot",
    ),
    "nb": (
        "Foto", "Fotograf", "Bilde", "Illustrasjon", "Grafikk", "Skjermdump", "Arkivfoto", "Video",
        "Faksimile", "Illustrasjonsfoto", "Illustrasjonsbilde", "Arkivbilde", "Pressefoto", "Kart",
    ),
    "sv": (
        "Foto", "Fotograf", "Bild", "Illustration", "Grafik", "Arkivbild", "Skärmdump", "Video",
        "Pressbild", "Illustrationsbild", "Illustrationsfoto",
    ),
    "da": (
        "Foto", "Fotograf", "Billede", "Illustration", "Grafik", "Arkivfoto", "Video",
        "Illustrationsfoto", "Pressefoto", "Arkivbillede",
    ),
    "de": (
        "Foto", "Fotos", "Fotograf", "Bild", "Bildquelle", "Quelle", "Illustration", "Grafik",
        "Video", "Symbolbild", "Archivbild", "Archivfoto", "Pressefoto", "Screenshot", "Karte",
    ),
}

# `Photo by Name / Agency`: the word that joins a credit label to the name instead of a colon.
CREDIT_BY: Final[tuple[str, ...]] = ("by", "av", "von", "af", "från", "fra")

# Capitals labels that open prose, not a photo caption (`SISTE: Trafikken går igjen.`); any
# other `CAPITALS:` label opening a short line marks a Nordic-style caption (`VINNER: ...`).
PROSE_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "en": ("BREAKING", "UPDATE", "EXCLUSIVE", "WATCH", "LIVE", "ANALYSIS"),
    "nb": ("SISTE", "OPPDATERING", "OPPDATERT", "NYHET", "BREAKING", "DIREKTE", "KOMMENTAR"),
    "sv": ("SENASTE", "UPPDATERING", "UPPDATERAT", "JUST NU", "DIREKT", "KRÖNIKA"),
    "da": ("SENESTE", "OPDATERING", "OPDATERET", "BREAKING", "DIREKTE", "KOMMENTAR"),
    "de": ("EILMELDUNG", "UPDATE", "EXKLUSIV", "LIVE", "KOMMENTAR", "ANALYSE"),
}

# Picture agencies and photo desks: a credit ends with one of these (`Name / NTB scanpix`), and
# a line that is only `NAME / AGENCY` is a credit even without a label. Compared ignoring case.
AGENCIES: Final[tuple[str, ...]] = (
    "NTB scanpix", "NTB", "Scanpix", "TT Nyhetsbyrån", "TT", "Ritzau Scanpix", "Ritzau",
    "Bildbyrån", "Kamerapress", "Expressen", "Aftonbladet", "AP Photo", "AP", "AFP", "Reuters",
    "EPA", "Getty Images", "Getty", "dpa", "picture alliance", "picture-alliance", "imago images",
    "IMAGO", "Keystone", "Shutterstock", "Bloomberg", "Xinhua", "ANP", "Sipa", "Polfoto",
)

# Cross-links to other articles: the line (marker and the linked headline) is dropped. A marker
# written with a trailing `:` counts only when the line has that colon (`Related:`), because
# the bare word also starts ordinary sentences (`Related to this, ...`).
CROSS_LINKS: Final[dict[str, tuple[str, ...]]] = {
    "en": (
        "Read more", "Read also", "Also read", "See also:", "Related:", "Related articles",
        "Related stories", "More on this story", "Recommended:",
    ),
    "nb": (
        "Les også", "Les mer", "Les hele saken", "Se også", "Sjekk også", "Les flere", "Anbefalt:",
    ),
    "sv": ("Läs också", "Läs även", "Läs mer", "Se även", "Se också", "Rekommenderat:"),
    "da": ("Læs også", "Læs mere", "Se også", "Læs hele artiklen"),
    "de": (
        "Lesen Sie auch", "Lesen Sie mehr", "Mehr zum Thema", "Auch interessant",
        "Das könnte Sie auch interessieren", "Weiterlesen:", "Siehe auch:", "Zum Thema:",
    ),
}

# A line that is only an ad or sponsor marker (also when it trails a paragraph: `... figures. Ad`).
AD_MARKERS: Final[dict[str, tuple[str, ...]]] = {
    "en": ("Ad", "Advertisement", "Sponsored", "Sponsored content", "Paid content"),
    "nb": ("Annonse", "Reklame", "Annonsørinnhold", "Sponset"),
    "sv": ("Annons", "Reklam", "Sponsrat innehåll"),
    "da": ("Annonce", "Reklame", "Sponsoreret indhold"),
    "de": ("Anzeige", "Werbung", "Sponsored Content"),
}

# A byline: the word before the author's name (`Av Kari Nordmann`, `By Jane Doe and John Roe`).
BYLINE_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "en": ("By", "Written by", "Text by", "Words by"),
    "nb": ("Av", "Tekst", "Tekst og foto", "Skrevet av"),
    "sv": ("Av", "Text", "Text och foto", "Skriven av"),
    "da": ("Af", "Tekst", "Tekst og foto", "Skrevet af"),
    "de": ("Von", "Text", "Text und Foto", "Ein Beitrag von"),
}

# `Name – Journalist` (NRK): a name followed by a newsroom role is a byline too.
ROLES: Final[dict[str, tuple[str, ...]]] = {
    "en": ("Reporter", "Correspondent", "Editor", "Staff writer", "Journalist", "Columnist"),
    "nb": ("Journalist", "Reporter", "Korrespondent", "Redaktør", "Kommentator", "Fotograf"),
    "sv": ("Reporter", "Korrespondent", "Redaktör", "Krönikör", "Journalist", "Fotograf"),
    "da": ("Journalist", "Korrespondent", "Redaktør", "Kommentator", "Fotograf"),
    "de": ("Redakteur", "Redakteurin", "Korrespondent", "Korrespondentin", "Autor", "Autorin"),
}

# Publication and update stamps; the update time they carry is mined into `source.updated`.
UPDATED_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "en": ("Updated", "Last updated"),
    "nb": ("Oppdatert", "Sist oppdatert"),
    "sv": ("Uppdaterad", "Senast uppdaterad"),
    "da": ("Opdateret", "Senest opdateret"),
    "de": ("Aktualisiert", "Zuletzt aktualisiert", "Stand"),
}
PUBLISHED_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "en": ("Published", "Posted", "First published"),
    "nb": ("Publisert", "Først publisert"),
    "sv": ("Publicerad", "Publicerat"),
    "da": ("Publiceret", "Udgivet"),
    "de": ("Veröffentlicht", "Erschienen", "Publiziert", "Erstellt"),
}

# Relative days in a stamp, as days before the article's date (`i går 21:39`).
RELATIVE_DAYS: Final[dict[str, dict[str, int]]] = {
    "en": {"today": 0, "yesterday": 1},
    "nb": {"i dag": 0, "idag": 0, "i går": 1, "igår": 1},
    "sv": {"i dag": 0, "idag": 0, "i går": 1, "igår": 1},
    "da": {"i dag": 0, "i går": 1, "igår": 1},
    "de": {"heute": 0, "gestern": 1},
}

# A time given as an age (`For mindre enn 2 timer siden`, `3 hours ago`, `vor 2 Stunden`):
# the word after (or, in German, before) the number and its unit.
AGO_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "en": ("ago",), "nb": ("siden",), "sv": ("sedan",), "da": ("siden",), "de": ("vor",),
}

# Month names and their common abbreviations in stamps (`23 okt 2025`, `5. August 2024`).
MONTHS: Final[dict[str, tuple[str, ...]]] = {
    "en": (
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    ),
    "nb": (
        "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
        "oktober", "november", "desember",
    ),
    "sv": (
        "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
        "oktober", "november", "december",
    ),
    "da": (
        "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
        "oktober", "november", "december",
    ),
    "de": (
        "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
        "oktober", "november", "dezember",
    ),
}

# Lines that are page chrome, not prose: share and print buttons, audio players, comment links.
CHROME: Final[dict[str, tuple[str, ...]]] = {
    "en": (
        "Share", "Share this article", "Share on Facebook", "Share on Twitter", "Tweet", "Print",
        "Email", "Listen", "Listen to this article", "Click to copy", "Comments", "Copy link",
        "Save", "Follow", "Like",
    ),
    "nb": (
        "Del", "Del artikkelen", "Del på Facebook", "Skriv ut", "Kommentarer", "Lytt",
        "Lytt til saken", "Kopier lenke", "Følg",
    ),
    "sv": (
        "Dela", "Dela artikeln", "Skriv ut", "Kommentarer", "Lyssna", "Anmäl fel", "Kopiera länk",
        "Följ",
    ),
    "da": (
        "Del", "Del artiklen", "Print", "Kommentarer", "Lyt", "Lyt til artiklen", "Kopiér link",
        "Følg",
    ),
    "de": (
        "Teilen", "Drucken", "Kommentare", "Vorlesen", "Artikel anhören", "Link kopieren", "Merken",
        "Folgen",
    ),
}

# fmt: on


def every(table: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """Every language's entries of `table`, longest first (so `Les også` beats `Les`)."""
    words = {word for words in table.values() for word in words}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))
