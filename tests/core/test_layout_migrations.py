"""Moving models between apps keeps every row: the challenges (with their contributions, marks
and reports) left the campaigns app for their own, and the record of sent e-mails left the
project package for core. Each test fills a database under the old layout, migrates it
forward, and finds everything."""

import datetime
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone
from wagtail.models import Locale, Page

from challenges.models import ChallengePage, Contribution, ContributionMark, ContributionReport
from core.models import SentEmail

pytestmark = pytest.mark.django_db(transaction=True)

CAMPAIGNS_BEFORE_THE_MOVE = ("campaigns", "0005_contribution_visible_indexes")
BEFORE_THE_MOVE = [CAMPAIGNS_BEFORE_THE_MOVE, ("challenges", None)]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    ContentType.objects.clear_cache()
    return executor


def migrate_to_the_end():
    executor = MigrationExecutor(connection)
    migrate(executor.loader.graph.leaf_nodes())


@pytest.fixture
def challenge():
    """A French challenge and one contribution, marked and reported, made today."""
    call_command("flush", interactive=False, verbosity=0)  # whatever an earlier test left
    locale = Locale.objects.create(language_code="fr")
    root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    challenge = root.add_child(
        instance=ChallengePage(
            title="Un slogan",
            slug="un-slogan",
            summary="Trouvez un slogan.",
            task="Une phrase.",
            deadline=timezone.now() + datetime.timedelta(days=7),
            locale=locale,
        )
    )
    users = get_user_model().objects
    ana, ben = (users.create_user(name, f"{name}@example.org") for name in ("ana", "ben"))
    contribution = Contribution.objects.create(
        challenge_key=challenge.translation_key, author=ana, text="Réparer ensemble", language="fr"
    )
    ContributionMark.objects.create(contribution=contribution, user=ben)
    ContributionReport.objects.create(contribution=contribution, user=ben)
    return challenge


def test_moving_challenges_out_of_campaigns_keeps_every_row(challenge):
    try:
        executor = migrate(BEFORE_THE_MOVE)
        old = executor.loader.project_state([CAMPAIGNS_BEFORE_THE_MOVE]).apps
        assert ContentType.objects.get_for_id(challenge.content_type_id).app_label == "campaigns"
        # Under the old layout, a second volunteer contributes and the first marks it.
        ana, ben = old.get_model("auth", "User").objects.order_by("username")
        later = old.get_model("campaigns", "Contribution").objects.create(
            challenge_key=challenge.translation_key, author=ben, text="Ensemble", language="es"
        )
        old.get_model("campaigns", "ContributionMark").objects.create(contribution=later, user=ana)
    finally:
        migrate_to_the_end()

    found = Page.objects.get(pk=challenge.pk).specific
    assert isinstance(found, ChallengePage)
    assert found.summary == "Trouvez un slogan."
    texts = {c.text: c for c in found.contributions()}
    assert set(texts) == {"Réparer ensemble", "Ensemble"}
    assert [m.user.username for m in ContributionMark.objects.order_by("pk")] == ["ben", "ana"]
    assert ContributionReport.objects.get().contribution == texts["Réparer ensemble"]
    assert found.contribution_count == 2


def test_the_record_of_sent_emails_keeps_its_rows_in_core():
    key = f"campaign-confirmation:{uuid.uuid4()}"
    try:
        migrate([("core", None)])
        with connection.cursor() as cursor:  # the table as the project package created it
            cursor.execute(
                "CREATE TABLE crowdtime_sentemail (id integer PRIMARY KEY, "
                "key varchar(200) NOT NULL UNIQUE, sent_at timestamp NOT NULL)"
            )
            cursor.execute(
                "INSERT INTO crowdtime_sentemail (id, key, sent_at) VALUES (1, %s, %s)",
                [key, timezone.now()],
            )
    finally:
        migrate_to_the_end()

    assert list(SentEmail.objects.values_list("key", flat=True)) == [key]
