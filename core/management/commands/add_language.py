"""`manage.py add_language ca`: a language enabled in LANGUAGES_ENABLED gets its Wagtail locale,
its interface catalog and every page, drafted by Apertium from the nearest language and
published with a notice until an editor reviews them (core/languages.py). Run it again: it adds
only what is missing."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from core.apertium import ApertiumUnavailable
from core.languages import LanguageError, add_language


class Command(BaseCommand):
    help = "Add a language: its locale, its catalog and its pages drafted by machine translation."

    def add_arguments(self, parser):
        parser.add_argument("language", help="Django's code of the language, e.g. ca")
        parser.add_argument(
            "--record",
            type=Path,
            help="write what was drafted for the pages to this YAML file (the demo replays it)",
        )

    def handle(self, *args, **options):
        code = options["language"]
        try:
            source, catalog, pages = add_language(code, record=options["record"])
        except (LanguageError, ApertiumUnavailable) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Drafted from {source}: {catalog}, compiled; {len(pages)} pages published."
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"{code} added. Its pages show a notice until an editor publishes them; the "
                f"catalog's entries say 'to review' to translators."
            )
        )
