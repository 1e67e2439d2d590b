"""`manage.py draft_catalog ca`: after `make messages`, the entries of a machine-drafted
language's catalog that are new or changed are drafted again by Apertium, from the language the
catalog was drafted from (core/languages.py), as `add_language` drafted the rest; the others
are kept. It needs no database."""

import re

from django.core.management.base import BaseCommand, CommandError

from core.apertium import ApertiumUnavailable
from core.languages import ApertiumDrafts, LanguageError, catalog_path, check_enabled, draft_catalog

DRAFTED_FROM = re.compile(r"^# Machine-drafted from (\w+) by ", re.MULTILINE)


class Command(BaseCommand):
    help = "Draft by machine translation the entries of a language's catalog still to translate."

    def add_arguments(self, parser):
        parser.add_argument("language", help="Django's code of the language, e.g. ca")
        parser.add_argument(
            "--source", help="the language to draft from (default: the one the catalog names)"
        )

    def handle(self, *args, **options):
        code = options["language"]
        source = options["source"] or self.drafted_from(code)
        try:
            check_enabled(code)
            path = draft_catalog(code, ApertiumDrafts(source, code))
        except (LanguageError, ApertiumUnavailable) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"{path}: drafted from {source}."))

    def drafted_from(self, code: str) -> str:
        path = catalog_path(code)
        found = DRAFTED_FROM.search(path.read_text()) if path.exists() else None
        if found is None:
            raise CommandError(f"{path} names no language it was drafted from: give --source.")
        return found.group(1)
