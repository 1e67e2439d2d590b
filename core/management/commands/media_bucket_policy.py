"""`manage.py media_bucket_policy`: prints the policy that makes the media bucket's renditions
(images/) public and leaves the rest private, for MEDIA_STORAGE=s3 without a CDN:
`aws s3api put-bucket-policy --bucket NAME --policy "$(manage.py media_bucket_policy)"`
(the S3-compatible services that take bucket policies read the same JSON)."""

import json

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from core.storage import public_renditions_policy


class Command(BaseCommand):
    help = "Print the media bucket's policy: renditions public, originals and documents private."

    def handle(self, *args, **options):
        bucket = getattr(settings, "AWS_STORAGE_BUCKET_NAME", "")
        if not bucket:
            raise CommandError("Media are not in a bucket: set MEDIA_STORAGE=s3 and its variables.")
        self.stdout.write(json.dumps(public_renditions_policy(bucket), indent=2))
