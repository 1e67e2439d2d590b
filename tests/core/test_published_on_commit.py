"""What each worker keeps follows the database, never ahead of it: a publish, a deletion or a
menu change empties the caches once its transaction commits. Each test here commits for real:
another worker's view (a thread, with its own database connection and the same memory as the
worker that listens for the news) runs while the change is saved but not committed yet.

Transactional tests empty the database after them (pytest-django runs them after the others),
so each one builds its own small site. A view during another connection's write needs
PostgreSQL: SQLite's test database, in memory, locks the table being written against readers."""

import threading
import uuid

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from wagtail.models import Locale, Page, Site

from pages.models import HomePage, Navigation, StandardPage
from tests.concurrency import in_another_worker

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def small_site(page_cache):
    """A French home page with one page under it and a menu that links to it."""
    call_command("flush", interactive=False, verbosity=0)  # whatever an earlier test left
    locale = Locale.objects.create(language_code="fr")
    root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    home = root.add_child(
        instance=HomePage(title="Accueil", slug="accueil", hero_heading="Bienvenue", locale=locale)
    )
    Site.objects.create(hostname="testserver", root_page=home, is_default_site=True)
    page = home.add_child(
        instance=StandardPage(title="Ancien titre", slug="a-propos", body=[], locale=locale)
    )
    menu_link = {"page": page.pk, "url": "", "label": "Ancien lien"}
    Navigation.objects.create(
        name="Crowdtime",
        header_links=[{"type": "link", "value": menu_link, "id": str(uuid.uuid4())}],
        locale=locale,
    )
    return page


@pytest.mark.postgres
def test_a_publish_shows_on_the_next_view_though_another_worker_looked_before_the_commit(
    small_site, visit
):
    page = small_site
    assert "Ancien titre" in visit(page.url).text
    with transaction.atomic():
        page.title = "Nouveau titre"
        page.save_revision().publish()
        during = in_another_worker(lambda: visit(page.url).text)
        assert "Ancien titre" in during  # the other worker sees what is committed
    after = visit(page.url)
    assert "Nouveau titre" in after.text
    assert "Age" not in after.headers  # drawn afresh, not the other worker's copy


@pytest.mark.postgres
def test_a_deleted_page_is_gone_on_the_next_view_though_another_worker_looked_before_the_commit(
    small_site, visit
):
    page = small_site
    url = page.url
    assert visit(url).status == 200
    with transaction.atomic():
        page.delete()
        assert in_another_worker(lambda: visit(url).status) == 200
    assert visit(url).status == 404


@pytest.mark.postgres
def test_a_menu_change_shows_on_the_next_view_though_another_worker_looked_before_the_commit(
    small_site, visit
):
    home_url = small_site.get_parent().url
    assert "Ancien lien" in visit(home_url).text
    with transaction.atomic():
        navigation = Navigation.objects.get()
        navigation.header_links[0].value["label"] = "Nouveau lien"
        navigation.save()
        assert "Ancien lien" in in_another_worker(lambda: visit(home_url).text)
    assert "Nouveau lien" in visit(home_url).text


def test_a_view_that_read_the_old_rows_keeps_nothing_once_the_publish_commits(
    small_site, visit, monkeypatch
):
    """Another worker's view read the page before the commit, and draws it after the news:
    what it draws is not kept."""
    page = small_site
    read, committed = threading.Event(), threading.Event()
    serve = StandardPage.serve

    def serve_slowly(self, request, *args, **kwargs):
        read.set()
        committed.wait(timeout=30)
        return serve(self, request, *args, **kwargs)

    monkeypatch.setattr(StandardPage, "serve", serve_slowly)
    other_worker = threading.Thread(target=lambda: [visit(page.url), connection.close()])
    other_worker.start()
    assert read.wait(timeout=30)
    monkeypatch.setattr(StandardPage, "serve", serve)
    page.title = "Nouveau titre"
    page.save_revision().publish()  # committed at once: no transaction is open
    committed.set()
    other_worker.join(timeout=60)
    assert "Nouveau titre" in visit(page.url).text


def test_a_publish_rolled_back_leaves_nothing_of_it_in_memory(small_site, visit):
    page = small_site
    assert "Ancien titre" in visit(page.url).text
    with pytest.raises(RuntimeError), transaction.atomic():
        page.title = "Titre jamais publié"
        page.save_revision().publish()
        assert "Titre jamais publié" in visit(page.url).text  # its own change, in its transaction
        raise RuntimeError("the save fails after the publish")
    assert "Ancien titre" in visit(page.url).text


def test_a_campaigns_figures_counted_before_the_sign_up_commits_are_not_kept():
    from django.core.cache import cache

    from campaigns.models.participation import (
        FIGURES,
        CampaignFigures,
        Participation,
        campaign_figures,
    )
    from core.shared_cache import cache_key

    campaign = type("Campaign", (), {"translation_key": uuid.uuid4()})
    key = campaign.translation_key
    with transaction.atomic():
        Participation.join(
            campaign, email="ana@example.org", people=2, language="fr", privacy_notice_version="1"
        )
        # Another worker counts what is committed (nobody yet) and keeps it.
        cache.set(cache_key(FIGURES, key), CampaignFigures(participants=0, impact=0))
    assert campaign_figures([key])[key].participants == 2
