"""Every admin URL, generated from Django's URL resolver, refuses the staff of organisation A
what belongs to organisation B, and no list, chooser, export or API listing shows it.

Nothing here names an admin view: each URL pattern is filled with B's objects of the kind
its parameters name (pages, revisions, workflow and task states, images, documents,
collections, groups, users, participants, contributions, translations…), so a view added
later is covered without editing this file. A parameter nobody knows yet fails the test,
with its name: add how to fill it to PARAMETERS."""

import itertools
import re
from dataclasses import dataclass, field

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.urls import URLPattern, URLResolver, get_resolver
from wagtail.admin.models import EditingSession
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Revision,
    TaskState,
    UploadedFile,
    Workflow,
    WorkflowState,
)
from wagtail_localize.models import (
    OverridableSegment,
    StringSegment,
    Translation,
    TranslationSource,
)

from campaigns.models import CampaignPage, Participation
from challenges.models import ChallengePage, ChallengeTemplate, Contribution
from organisations.models import OrganisationPage

pytestmark = pytest.mark.usefixtures("demo")  # reads the demo site until converted to factories

SECRET = "B-SECRET"
REFUSED = {403, 404, 405}


@dataclass
class World:
    """Organisation B's objects, each carrying a marker that must never reach A's staff."""

    organisation: OrganisationPage
    pages: list
    draft: Page
    revision: Revision
    workflow_state: WorkflowState
    task_state: TaskState
    translation: Translation
    source: TranslationSource
    image: Image
    document: Document
    collection: Collection
    group: object
    user: object
    participation: Participation
    contribution: Contribution
    uploaded_file: UploadedFile
    editing_session: EditingSession
    redirect: Redirect
    by_model: dict = field(default_factory=dict)

    def instance_of(self, model):
        """B's own object of that model, or None for models no organisation owns (locales,
        sites, tags, workflows…)."""
        for candidate, instance in self.by_model.items():
            if issubclass(model, candidate):
                return instance
        return None


def build_world(b: OrganisationPage) -> World:
    staff = b.staff_group.user_set.get()
    staff.email, staff.first_name = "b-secret-staff@example.org", f"{SECRET}-STAFF"
    staff.save()
    b.staff_group.name = f"{SECRET}-GROUP"
    b.staff_group.save()
    collection = b.collection
    collection.name = f"{SECRET}-COLLECTION"
    collection.save()

    campaign = CampaignPage.objects.child_of(b).first()
    challenge = ChallengePage.objects.child_of(b).first()
    campaign.title = f"{SECRET}-REVISION"
    revision = campaign.save_revision(user=staff)
    draft = challenge.copy(
        update_attrs={"title": f"{SECRET}-DRAFT", "slug": "b-secret-draft"}, keep_live=False
    )
    draft.save_revision(user=staff)
    workflow = Workflow.objects.filter(active=True).first()
    workflow_state = workflow.start(draft, staff)
    source, _ = TranslationSource.get_or_create_from_instance(campaign)
    translation = Translation.objects.filter(source=source).first()

    participation = Participation.objects.filter(campaign_key=campaign.translation_key).first()
    participation.email, participation.first_name = "b-secret-participant@example.org", SECRET
    participation.save()
    contribution = Contribution.objects.filter(challenge_key=challenge.translation_key).first()
    contribution.text = f"{SECRET}-CONTRIBUTION"
    contribution.save()
    image = Image.objects.filter(collection=collection).first()
    image.title = f"{SECRET}-IMAGE"
    image.save()
    document = Document.objects.create(
        title=f"{SECRET}-DOCUMENT", collection=collection, file=ContentFile(b"%PDF-", "b.pdf")
    )
    uploaded_file = UploadedFile.objects.create(
        file=ContentFile(b"GIF89a", "b.gif"), uploaded_by_user=staff, for_content_type=None
    )
    editing_session = EditingSession.objects.create(
        user=staff, content_object=campaign, last_seen_at=revision.created_at
    )
    redirect = Redirect.objects.create(old_path=f"/{SECRET.lower()}", redirect_page=campaign)
    world = World(
        organisation=b,
        pages=[campaign, b, draft],
        draft=draft,
        revision=revision,
        workflow_state=workflow_state,
        task_state=workflow_state.current_task_state,
        translation=translation,
        source=source,
        image=image,
        document=document,
        collection=collection,
        group=b.staff_group,
        user=staff,
        participation=participation,
        contribution=contribution,
        uploaded_file=uploaded_file,
        editing_session=editing_session,
        redirect=redirect,
    )
    world.by_model = {
        Page: campaign,
        Revision: revision,
        WorkflowState: workflow_state,
        TaskState: world.task_state,
        Translation: translation,
        TranslationSource: source,
        Image: image,
        Document: document,
        Collection: collection,
        type(b.staff_group): b.staff_group,
        get_user_model(): staff,
        Participation: participation,
        Contribution: contribution,
        UploadedFile: uploaded_file,
        EditingSession: editing_session,
        Redirect: redirect,
    }
    return world


def model_named(app_label, model_name):
    return apps.get_model(app_label, model_name)


def model_kinds(w: World):
    """(app_label, model_name, pk) of B's objects, for URLs that name a model and an object."""
    for model, instance in w.by_model.items():
        meta = model._meta
        yield meta.app_label, meta.model_name, instance.pk


# Each parameter name: how to fill it with B's objects. `object` says whether it names one
# of B's objects (the answer must then be a refusal); opaque values (actions, modes, tokens)
# only get the check that nothing of B's shows.
@dataclass
class Filling:
    values: object  # callable(world, model) -> list of values
    names_an_object: bool = True


def pages(w, model):
    return [page.pk for page in w.pages]


def b_pk(w, model):
    """B's object of the view's model; for a model no organisation owns, any of its rows, and
    then only the check that nothing of B's shows applies (see names_an_object)."""
    if model is None:
        return [w.pages[0].pk]
    instance = w.instance_of(model) or model._default_manager.order_by("pk").first()
    return [instance.pk if instance else 0]


PARAMETERS = {
    "parent_page_id": Filling(pages),
    "page_id": Filling(pages),
    "page_pk": Filling(pages),
    "page_to_move_id": Filling(pages),
    "destination_id": Filling(lambda w, m: [w.organisation.pk]),
    "pk": Filling(b_pk),
    "revision_id": Filling(lambda w, m: [w.revision.pk]),
    "revision_id_a": Filling(lambda w, m: [w.revision.pk]),
    "revision_id_b": Filling(lambda w, m: ["latest"], names_an_object=False),
    "task_state_id": Filling(lambda w, m: [w.task_state.pk]),
    "workflow_state_id": Filling(lambda w, m: [w.workflow_state.pk]),
    # Tasks and workflows belong to the site, not to an organisation.
    "task_id": Filling(lambda w, m: [w.task_state.task_id], names_an_object=False),
    "workflow_pk": Filling(lambda w, m: [w.workflow_state.workflow_id], names_an_object=False),
    "image_id": Filling(lambda w, m: [w.image.pk]),
    "document_id": Filling(lambda w, m: [w.document.pk]),
    "doc_id": Filling(lambda w, m: [w.document.pk]),
    "collection_id": Filling(lambda w, m: [w.collection.pk]),
    "uploaded_file_id": Filling(lambda w, m: [w.uploaded_file.pk]),
    "translation_id": Filling(lambda w, m: [w.translation.pk]),
    "translation_source_id": Filling(lambda w, m: [w.source.pk]),
    "string_segment_id": Filling(
        lambda w, m: [StringSegment.objects.filter(source=w.source).first().pk]
    ),
    "overridable_segment_id": Filling(
        lambda w, m: (
            [segment.pk for segment in OverridableSegment.objects.filter(source=w.source)[:1]]
            or [0]
        )
    ),
    # Wagtail's editing-session views act only on the caller's own sessions and answer the
    # same whatever the id: the snapshot checks B's session is untouched.
    "session_id": Filling(lambda w, m: [w.editing_session.pk], names_an_object=False),
    "object_id": Filling(lambda w, m: [w.pages[0].pk]),
    # Challenge templates belong to the site: the page they start under is what is refused.
    "template_id": Filling(
        lambda w, m: [template.pk for template in ChallengeTemplate.objects.all()[:1]] or [0],
        names_an_object=False,
    ),
    "redirect_id": Filling(lambda w, m: [w.redirect.pk]),
    "action_name": Filling(lambda w, m: ["approve", "publish", "copy"], names_an_object=False),
    "action": Filling(lambda w, m: ["delete", "publish"], names_an_object=False),
    "mode": Filling(lambda w, m: [""], names_an_object=False),
    "filter_spec": Filling(lambda w, m: ["fill-80x80"], names_an_object=False),
    "uidb64": Filling(lambda w, m: ["MQ"], names_an_object=False),
    "token": Filling(lambda w, m: ["set-password"], names_an_object=False),
}
# Pairs of parameters that name a model: filled together with B's objects of each kind.
MODEL_PAIRS = [
    ("app_label", "model_name"),
    ("content_type_app_name", "content_type_model_name"),
    ("app_name", "model_name"),
]


def routes():
    """Every admin URL pattern: (route with Django's <converter:name> syntax, view)."""

    def walk(patterns, prefix):
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, route)
            elif isinstance(pattern, URLPattern):
                yield route, pattern.callback

    seen = set()
    for route, view in walk(get_resolver().url_patterns, "/"):
        route = route.replace("^", "").replace("$", "").replace("\\.", ".")
        # Wagtail's "failwhale" raises on purpose, to test the server's error page.
        if route.startswith("/admin/") and route not in seen and route != "/admin/failwhale/":
            seen.add(route)
            yield route, view


PARAMETER = re.compile(r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>[^)]*\)")


def parameters_of(route):
    return [a or b for a, b in PARAMETER.findall(route)]


def fill(route, values):
    return PARAMETER.sub(lambda m: str(values[m.group(1) or m.group(2)]), route).replace(
        ".*", "nothing"
    )


def view_model(view):
    """The model a view is about: a generic view's `model`, or an API viewset's."""
    model = getattr(view, "view_initkwargs", {}).get("model")
    model = model or getattr(getattr(view, "cls", None), "model", None)
    if isinstance(model, str):
        return model_named(*model.split("."))
    return model


def addresses(route, view, world):
    """Every way to fill the route with B's objects: (URL, whether it names one of them)."""
    names = parameters_of(route)
    model = view_model(view)
    choices = []  # each: a list of (values, names one of B's objects)
    for first, second in MODEL_PAIRS:
        if first in names and second in names:
            if "pk" in names or "object_id" in names:
                choices.append(
                    [
                        ({first: a, second: m, "pk": pk, "object_id": pk}, True)
                        for a, m, pk in model_kinds(world)
                    ]
                )
            else:  # a kind of object, no object: the page types B uses, and B's models
                types = {page.specific_class._meta for page in world.pages}
                types |= {m._meta for m in world.by_model}
                choices.append([({first: t.app_label, second: t.model_name}, False) for t in types])
            names = [n for n in names if n not in (first, second, "pk", "object_id")]
    for name in names:
        filling = PARAMETERS.get(name)
        assert filling is not None, f"{route}: no way to fill <{name}> yet: add it to PARAMETERS"
        owned = filling.names_an_object
        if name == "pk" and model is not None:
            owned = world.instance_of(model) is not None
        choices.append([({name: value}, owned) for value in filling.values(world, model)])
    for combination in itertools.product(*choices):
        values = {}
        for part, _owned in combination:
            values.update(part)
        yield fill(route, values), any(owned for _part, owned in combination)


def snapshot(world):
    """B's rows, as they must stay."""
    keys = [page.translation_key for page in world.pages]
    pages = Page.objects.filter(translation_key__in=keys)
    return {
        "pages": list(pages.order_by("pk").values()),
        "revisions": list(
            Revision.page_revisions.filter(object_id__in=[str(p.pk) for p in pages])
            .order_by("pk")
            .values("pk", "content")
        ),
        "workflow": list(WorkflowState.objects.filter(pk=world.workflow_state.pk).values()),
        "tasks": list(TaskState.objects.filter(workflow_state=world.workflow_state).values()),
        "translations": list(Translation.objects.filter(source=world.source).values()),
        "participants": list(
            Participation.objects.filter(campaign_key__in=keys).order_by("pk").values()
        ),
        "contributions": list(
            Contribution.objects.filter(challenge_key__in=keys).order_by("pk").values()
        ),
        "images": list(Image.objects.filter(collection=world.collection).order_by("pk").values()),
        "documents": list(
            Document.objects.filter(collection=world.collection).order_by("pk").values()
        ),
        "collections": list(Collection.objects.filter(pk=world.collection.pk).values()),
        "group": list(
            type(world.group).objects.filter(pk=world.group.pk).values("name", "permissions")
        ),
        "page permissions": list(GroupPagePermission.objects.filter(group=world.group).values()),
        "collection permissions": list(
            GroupCollectionPermission.objects.filter(group=world.group).values()
        ),
        "user": list(get_user_model().objects.filter(pk=world.user.pk).values()),
        "uploads": list(UploadedFile.objects.filter(pk=world.uploaded_file.pk).values()),
        "redirects": list(Redirect.objects.filter(pk=world.redirect.pk).values()),
        "sessions": list(EditingSession.objects.filter(pk=world.editing_session.pk).values()),
    }


def refused(response, client) -> bool:
    """A refusal, a redirect to the log-in, or a redirect to an address that refuses."""
    if response.status_code in REFUSED:
        return True
    if response.status_code != 302:
        return False
    location = response["Location"]
    if location.startswith("/admin/login/"):
        return True
    return location.startswith("/") and client.get(location).status_code in REFUSED


def shows_b(response) -> str | None:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    text = content.decode("utf-8", "replace")
    for marker in re.findall(rf"{SECRET}-[A-Z]+|b-secret-\w+@example\.org", text):
        return marker
    return None


LISTING_QUERIES = [{}, {"q": SECRET}, {"export": "csv"}]


@pytest.fixture
def staff_of_a(client):
    a = OrganisationPage.objects.get(slug="terre-en-commun", locale__language_code="fr")
    user = a.staff_group.user_set.get()
    client.force_login(user)
    return user


@pytest.fixture
def world(db):
    b = OrganisationPage.objects.get(slug="memoire-du-ciel", locale__language_code="fr")
    return build_world(b)


@pytest.mark.django_db
def test_every_admin_url_refuses_as_staff_what_belongs_to_b(client, staff_of_a, world):
    before = snapshot(world)
    leaks = []
    for route, view in routes():
        if not parameters_of(route):
            continue
        for address, names_an_object in addresses(route, view, world):
            for method in ("get", "post"):
                client.force_login(staff_of_a)
                response = getattr(client, method)(address)
                marker = shows_b(response)
                if marker or (names_an_object and not refused(response, client)):
                    leaks.append(
                        f"{method.upper()} {address}: {response.status_code} {marker or ''}"
                    )
    assert leaks == [], "\n".join(leaks)
    assert snapshot(world) == before


@pytest.mark.django_db
def test_no_admin_list_chooser_export_or_api_shows_as_staff_anything_of_b(
    client, staff_of_a, world
):
    leaks = []
    api_queries = [
        {"child_of": world.organisation.pk},
        {"collection_id": world.collection.pk},
        {"search": SECRET},
    ]
    for route, _view in routes():
        if parameters_of(route):
            continue
        client.force_login(staff_of_a)
        for query in [*LISTING_QUERIES, *(api_queries if "/api/" in route else [])]:
            response = client.get(route, query)
            marker = shows_b(response)
            if marker:
                leaks.append(f"GET {route}?{query}: {response.status_code} {marker}")
    assert leaks == [], "\n".join(leaks)
