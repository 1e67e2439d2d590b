"""French typography (core/typography.py), and the French texts that must keep it: the
interface's catalog and the demo's content; Catalan's, which machine drafts get."""

import re

import pytest
from babel.messages.pofile import read_po
from django.conf import settings
from django.core.management import CommandError, call_command

from core.management.commands.typeset_french import typeset_po, typeset_yaml
from core.typography import NBSP, NNBSP, catalan, french

FRENCH_CATALOG = settings.BASE_DIR / "locale" / "fr" / "LC_MESSAGES" / "django.po"


@pytest.mark.parametrize(
    ("text", "typeset"),
    [
        ("Combien ?", f"Combien{NNBSP}?"),
        ("Merci, vous participez!", f"Merci, vous participez{NNBSP}!"),
        ("Vraiment ?!", f"Vraiment{NNBSP}?!"),
        ("un point ; un autre", f"un point{NNBSP}; un autre"),
        ("La campagne:", f"La campagne{NBSP}:"),
        ("l'eau d'ici", "l’eau d’ici"),
        ('dites "bonjour"', f"dites «{NBSP}bonjour{NBSP}»"),
        ("Rejoindre “%(title)s”", f"Rejoindre «{NBSP}%(title)s{NBSP}»"),
        ("« trop »", f"«{NBSP}trop{NBSP}»"),
        ("%(percent)s %% de l'objectif", f"%(percent)s{NNBSP}%% de l’objectif"),
        ("50 %", f"50{NNBSP}%"),
    ],
)
def test_french_punctuation_gets_its_spaces_and_signs(text, typeset):
    assert french(text) == typeset


@pytest.mark.parametrize(
    "kept",
    [
        "Rendez-vous à 14:30",
        "https://example.org/a?b=1;c=2&d=3",
        "mailto:contact@example.org",
        "écrire à contact@example.org",
        "<a href='https://example.org/?q=1' title=\"x\">",
        "%(name)s{name}{{ name }}{% url 'x' %}",
        "a&amp;b",
        "ratio 1:2",
    ],
)
def test_what_is_not_prose_is_left_alone(kept):
    assert french(kept) == kept


def test_placeholders_and_tags_stay_around_typeset_text():
    assert french("<strong>%(counter)s</strong> sur %(goal)s : merci!") == (
        f"<strong>%(counter)s</strong> sur %(goal)s{NBSP}: merci{NNBSP}!"
    )
    assert french("Lien : https://example.org/x?y=1 !") == (
        f"Lien{NBSP}: https://example.org/x?y=1{NNBSP}!"
    )


def test_typesetting_twice_changes_nothing():
    once = french("C'est « fini » ? Oui: à 14:30 ; 50 % !")
    assert french(once) == once


def test_the_french_catalog_is_typeset():
    """No straight apostrophe and no ordinary space before ? ! : ; in any French string: the
    rule keeps holding as strings are added (`manage.py typeset_french` fixes them)."""
    with FRENCH_CATALOG.open("rb") as file:
        catalog = read_po(file, locale="fr")
    strings = [
        text
        for message in catalog
        if message.id
        for text in (message.string if isinstance(message.string, tuple) else [message.string])
        if text
    ]
    assert len(strings) > 400
    for text in strings:
        prose = re.sub(r"<[^>]*>", "", text)
        assert "'" not in prose, text
        assert not re.search(r" [?!:;]", text), text
        assert french(text) == text, text


@pytest.mark.parametrize(
    ("text", "typeset"),
    [
        ("l'aigua d'aquí", "l’aigua d’aquí"),
        ('digues "hola"', "digues «hola»"),
        ("« massa »", "«massa»"),
        ("Per què ? Fes-ho !", "Per què? Fes-ho!"),
        ("Uneix-te a «%(title)s»", "Uneix-te a «%(title)s»"),
        ("<a href=\"x\" title='y'>col·labora</a>", "<a href=\"x\" title='y'>col·labora</a>"),
    ],
)
def test_catalan_gets_curly_apostrophes_and_tight_guillemets(text, typeset):
    assert catalan(text) == typeset


def test_the_machine_drafted_catalan_catalog_is_typeset():
    with (settings.BASE_DIR / "locale/ca/LC_MESSAGES/django.po").open("rb") as file:
        catalog = read_po(file, locale="ca")
    strings = [
        text
        for message in catalog
        if message.id
        for text in (message.string if isinstance(message.string, tuple) else [message.string])
    ]
    assert len(strings) > 400
    assert [text for text in strings if catalan(text) != text] == []


def test_the_demo_content_and_the_catalog_are_typeset():
    call_command("typeset_french", "--check", FRENCH_CATALOG, settings.BASE_DIR / "demo/content")


def test_the_command_rewrites_only_french_texts(tmp_path):
    content = tmp_path / "page.yaml"
    content.write_text(
        "# a comment: kept\n"
        "title:\n"
        "  fr: C'est quoi ?\n"
        "  en: What's that?\n"
        "contributions:\n"
        "  - language: fr\n"
        "    text: 'Bien vu: merci'\n"
        "  - language: en\n"
        "    text: 'Well seen: thanks'\n",
        encoding="utf-8",
    )
    with pytest.raises(CommandError):
        call_command("typeset_french", "--check", tmp_path)
    call_command("typeset_french", tmp_path)
    assert content.read_text(encoding="utf-8") == (
        "# a comment: kept\n"
        "title:\n"
        f"  fr: C’est quoi{NNBSP}?\n"
        "  en: What's that?\n"
        "contributions:\n"
        "  - language: fr\n"
        f"    text: 'Bien vu{NBSP}: merci'\n"
        "  - language: en\n"
        "    text: 'Well seen: thanks'\n"
    )
    assert typeset_yaml(content.read_text(encoding="utf-8")) == content.read_text(encoding="utf-8")


def test_the_command_keeps_the_catalog_header_and_msgids():
    po = (
        'msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n\n'
        'msgid "How many?"\nmsgstr "Combien ?"\n\n'
        'msgid "One: %(n)s"\nmsgid_plural "Many: %(n)s"\n'
        'msgstr[0] "Un : %(n)s"\nmsgstr[1] "Plusieurs: %(n)s"\n'
    )
    assert typeset_po(po) == po.replace("Combien ?", f"Combien{NNBSP}?").replace(
        "Un : ", f"Un{NBSP}: "
    ).replace("Plusieurs: ", f"Plusieurs{NBSP}: ")
