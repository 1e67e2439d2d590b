"""`manage.py remove_language ca`: every page in that language unpublished, so that the
language switcher, the hreflang links and the sitemap no longer offer it. Its catalog and its
drafts stay; `add_language` publishes them again."""

from django.core.management.base import BaseCommand, CommandError

from core.languages import LanguageError, remove_language


class Command(BaseCommand):
    help = "Remove a language from the site: its pages unpublished."

    def add_arguments(self, parser):
        parser.add_argument("language", help="Django's code of the language, e.g. ca")

    def handle(self, *args, **options):
        code = options["language"]
        try:
            count = remove_language(code)
        except LanguageError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"{count} pages in {code} unpublished. Take {code} out of LANGUAGES_ENABLED too."
            )
        )
