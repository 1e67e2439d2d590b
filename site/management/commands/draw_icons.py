"""Writes the site's icons and default sharing pictures, drawn from the mark (crowdtime.brand)."""

from django.core.management.base import BaseCommand

from crowdtime import brand


class Command(BaseCommand):
    help = "Draw the favicon, the app icons and the default sharing pictures into site/."

    def handle(self, *args, **options):
        for path, data in brand.files().items():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            self.stdout.write(f"{path.relative_to(brand.STATIC.parent)} ({len(data)} bytes)")
