from django.db import migrations


def keep_documents_private(apps, schema_editor):
    """Organisations approved before documents were private: the same restriction as
    onboarding.keep_documents_private gives a new one."""
    OrganisationPage = apps.get_model("organisations", "OrganisationPage")
    Collection = apps.get_model("wagtailcore", "Collection")
    CollectionViewRestriction = apps.get_model("wagtailcore", "CollectionViewRestriction")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root = Collection.objects.filter(depth=1).first()
    editors = GroupCollectionPermission.objects.filter(
        collection=root, permission__codename="change_document"
    ).values_list("group", flat=True)
    for organisation in OrganisationPage.objects.exclude(collection=None).exclude(
        staff_group=None
    ):
        restriction, created = CollectionViewRestriction.objects.get_or_create(
            collection_id=organisation.collection_id, defaults={"restriction_type": "groups"}
        )
        if created:
            restriction.groups.set([organisation.staff_group_id, *editors])


class Migration(migrations.Migration):
    dependencies = [
        ("organisations", "0002_editorial_review_and_editors"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(keep_documents_private, migrations.RunPython.noop)]
