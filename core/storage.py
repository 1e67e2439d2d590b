"""Uploaded media in an S3-compatible bucket (MEDIA_STORAGE=s3, site/settings/base.py).

Wagtail takes a file it cannot open for a missing one only when opening raises `OSError`: it
then draws the picture as missing (`get_rendition_or_not_found`) instead of failing the page.
boto3 raises its own errors, so an object store that is down or refuses a request would give
visitors a 500 wherever a page needs a rendition not made yet. `ObjectStorage` says it as
Wagtail expects. Pages whose renditions exist do not ask the store at all: their rows are in
the database, and a public rendition's address is built from settings, without a request."""

from botocore.exceptions import BotoCoreError, ClientError
from storages.backends.s3 import S3Storage


class ObjectStorage(S3Storage):
    """django-storages' S3 backend whose reads fail with `OSError` when the store cannot
    answer, and fetch the whole object at once so that they fail while opening, where
    callers expect it, rather than at the first read."""

    def _open(self, name, mode="rb"):
        try:
            file = super()._open(name, mode)
            if "r" in mode:
                file.open()  # downloads now (django-storages waits for the first read)
            return file
        except (BotoCoreError, ClientError) as error:
            raise OSError(f"The media store could not give {name}: {error}") from error


# Wagtail's renditions, the only objects visitors load (wagtail/images/models.py names the folder).
PUBLIC_PREFIX = "images/"


def public_renditions_policy(bucket: str) -> dict:
    """The bucket policy that lets anyone read the renditions, and nothing else: originals and
    documents stay private (`manage.py media_bucket_policy`)."""
    return {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "PublicRenditions",
                "Effect": "Allow",
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": f"arn:aws:s3:::{bucket}/{PUBLIC_PREFIX}*",
            }
        ],
    }
