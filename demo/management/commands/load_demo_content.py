import os

from django.core.management.base import BaseCommand
from django.db import transaction

from demo.builder import DemoBuilder
from demo.data import Content
from pages.models import HomePage


class Command(BaseCommand):
    help = "Load the demo site (home, articles, about, privacy, terms) in every language, once."

    def handle(self, *args, **options):
        if HomePage.objects.exists():
            self.stdout.write("The database already has content: demo content not loaded.")
            return
        content = Content()  # every file is read and checked before anything is written
        with transaction.atomic():
            DemoBuilder(
                content, log=self.stdout.write, port=int(os.environ.get("PORT", "8000"))
            ).build()
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
