"""Redis goes away and comes back (a redis-server of the test's own, killed and restarted):
visitors keep signing up and contributing, figures come from the database, rate limits hold
in each worker, and a publish made meanwhile reaches every worker once Redis is back."""

import re

import pytest
import redis
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import caches
from django.test import Client

from campaigns.models import Participation
from challenges.models import ChallengePage, Contribution
from core.cache import CHANNEL, listen_for_publishes
from tests.site.faults import wait_until

pytestmark = [pytest.mark.faults, pytest.mark.django_db]


def join(client, campaign, email, people="1"):
    data = {"email": email, "first_name": "Léa", "people": people, "consent": "on"}
    return client.post(campaign.url + "join/", data)


def participants_shown(client, campaign) -> int:
    response = client.get(campaign.url)
    assert response.status_code == 200
    return int(re.search(r'aria-valuenow="(\d+)"', response.content.decode()).group(1))


def test_without_redis_sign_ups_and_contributions_are_kept_and_counted(
    shared_cache, redis_server, campaign, challenge
):
    client = Client()
    before = participants_shown(client, campaign)  # the figures are now in Redis
    redis_server.stop()

    assert join(client, campaign, "lea@example.org", people="3").status_code == 302
    assert Participation.objects.filter(email="lea@example.org").count() == 1
    assert len(mail.outbox) == 1  # its confirmation, the sender woken without Redis
    assert participants_shown(client, campaign) == before + 3  # from the database

    contributions = challenge.contribution_count
    volunteer = Client()
    volunteer.force_login(get_user_model().objects.create_user("ana", "ana@example.org", "pw"))
    response = volunteer.post(challenge.url + "contribute/", {"text": "Une piste à suivre."})
    assert response.status_code == 302
    assert Contribution.objects.filter(author__username="ana").count() == 1
    assert ChallengePage.objects.get(pk=challenge.pk).contribution_count == contributions + 1

    redis_server.start()  # empty, as after a restart
    assert join(client, campaign, "max@example.org").status_code == 302
    assert participants_shown(client, campaign) == before + 4
    assert shared_cache.client.get_client().dbsize() > 0  # Redis is used again


def test_without_redis_rate_limits_still_hold_in_each_worker(
    shared_cache, redis_server, campaign, settings, ratelimit_clock
):
    settings.CAMPAIGN_JOIN_RATE = "2/m"
    client = Client()
    redis_server.stop()
    statuses = [join(client, campaign, f"p{i}@example.org").status_code for i in range(3)]
    assert statuses == [302, 302, 429]
    assert Participation.objects.filter(email__in=["p0@example.org", "p1@example.org"]).count() == 2
    assert len(mail.outbox) == 2


def test_a_publish_made_without_redis_reaches_the_other_workers_once_it_is_back(
    shared_cache, redis_server, articles, django_capture_on_commit_callbacks
):
    redis_server.stop()
    article = articles[0]
    article.title = "Publié pendant la panne"
    with django_capture_on_commit_callbacks(execute=True):  # announced as it commits
        article.save_revision().publish()  # the editor's work is saved all the same

    redis_server.start()
    other_worker = redis.Redis.from_url(redis_server.url).pubsub(ignore_subscribe_messages=True)
    other_worker.subscribe(CHANNEL)
    heard = wait_until(lambda: other_worker.get_message(timeout=0.2))
    other_worker.close()
    assert heard and heard["data"] == b"published"


def test_a_worker_that_lost_redis_forgets_what_it_kept_once_redis_is_back(
    shared_cache, redis_server
):
    probe = redis.Redis.from_url(redis_server.url)
    listen_for_publishes()
    assert wait_until(lambda: probe.pubsub_numsub(CHANNEL)[0][1] == 1)
    fragments = caches["template_fragments"]
    redis_server.stop()
    fragments.set("menu", "kept while Redis was away, maybe after a publish it did not hear")

    redis_server.start()
    assert wait_until(lambda: fragments.get("menu") is None)
    assert wait_until(lambda: probe.pubsub_numsub(CHANNEL)[0][1] == 1)  # listening again
    probe.close()
