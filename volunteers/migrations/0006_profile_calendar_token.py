from django.db import migrations, models

import volunteers.models


def give_each_profile_its_own_token(apps, schema_editor):
    Profile = apps.get_model("volunteers", "Profile")
    for profile in Profile.objects.only("pk").iterator():
        Profile.objects.filter(pk=profile.pk).update(
            calendar_token=volunteers.models.new_calendar_token()
        )


class Migration(migrations.Migration):
    """The column's default is computed once for the rows already there: they get the same
    value, then each a token of its own, and only then the unique constraint."""

    dependencies = [
        ("volunteers", "0005_certificate_language_follows_settings"),
    ]

    operations = [
        migrations.AddField(
            model_name="profile",
            name="calendar_token",
            field=models.CharField(
                default=volunteers.models.new_calendar_token, editable=False, max_length=64
            ),
        ),
        migrations.RunPython(give_each_profile_its_own_token, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="profile",
            name="calendar_token",
            field=models.CharField(
                default=volunteers.models.new_calendar_token,
                editable=False,
                max_length=64,
                unique=True,
            ),
        ),
    ]
