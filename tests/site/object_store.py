"""An S3-compatible server of the tests' own: moto's (`moto_server`, from PyPI), a separate
process on a free port that a test can kill. It keeps everything in memory. It refuses an
unsigned read of a private object and honours a bucket policy, as S3 does, but checks neither
signatures nor their expiry, and takes an object uploaded in parts without an ACL for a public
one (S3 keeps it as private as any other): the privacy tests use objects sent whole."""

import json
import sys
import urllib.error
import urllib.request

import boto3

from tests.site.faults import LocalServer

BUCKET = "crowdtime-media"
# Any keys do: moto does not check them.
ACCESS_KEY, SECRET_KEY = "crowdtime-tests", "crowdtime-tests-secret"


class S3Server(LocalServer):
    name = "moto_server"

    def __init__(self):
        super().__init__()
        self.endpoint = f"http://127.0.0.1:{self.port}"

    def command(self) -> list:
        return [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(self.port)]

    def answers(self) -> bool:
        return fetch(f"{self.endpoint}/")[0] is not None

    def environment(self) -> dict:
        """The variables an operator sets for this server (README: Media storage)."""
        return {
            "MEDIA_STORAGE": "s3",
            "AWS_STORAGE_BUCKET_NAME": BUCKET,
            "AWS_S3_ENDPOINT_URL": self.endpoint,
            "AWS_S3_REGION_NAME": "eu-west-3",
            "AWS_ACCESS_KEY_ID": ACCESS_KEY,
            "AWS_SECRET_ACCESS_KEY": SECRET_KEY,
        }

    def client(self):
        return boto3.client(
            "s3",
            endpoint_url=self.endpoint,
            region_name="eu-west-3",
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY,
        )

    def create_bucket(self, policy: dict) -> None:
        client = self.client()
        client.create_bucket(
            Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-west-3"}
        )
        client.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps(policy))

    def object_keys(self, prefix: str = "") -> set[str]:
        listing = self.client().list_objects_v2(Bucket=BUCKET, Prefix=prefix)
        return {item["Key"] for item in listing.get("Contents", [])}

    def unsigned_url(self, key: str) -> str:
        """The object's plain address, as anyone could write it."""
        return f"{self.endpoint}/{BUCKET}/{key}"


def fetch(url: str) -> tuple[int | None, bytes]:
    """An anonymous GET, as a browser makes it: the status and the body; None if nothing
    answers."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 (our own server)
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()
    except OSError:
        return None, b""
