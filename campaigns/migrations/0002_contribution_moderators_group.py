from django.db import migrations

GROUP = "Contribution moderators"
PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin"),
    ("campaigns", "contribution", "view_contribution"),
    ("campaigns", "contribution", "change_contribution"),
]


def create_moderators(apps, schema_editor):
    """They hide and restore contributions on every challenge, and edit no page (unlike
    Wagtail's own Moderators group, which edits and publishes every page)."""
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        # The models as they were at this migration (`apps`), not today's: the contributions
        # have since moved to the challenges app.
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    moderators, _ = Group.objects.get_or_create(name=GROUP)
    for app_label, model, codename in PERMISSIONS:
        moderators.permissions.add(
            Permission.objects.get(
                content_type__app_label=app_label, content_type__model=model, codename=codename
            )
        )


def remove_moderators(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_moderators, remove_moderators)]
