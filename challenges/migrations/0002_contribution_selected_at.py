from django.db import migrations, models


def date_past_selections(apps, schema_editor):
    """When they were made was not kept: their last change is the nearest known date."""
    contribution = apps.get_model("challenges", "Contribution")
    contribution.objects.filter(is_selected=True).update(selected_at=models.F("updated_at"))


class Migration(migrations.Migration):
    dependencies = [
        ("challenges", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="contribution",
            name="selected_at",
            field=models.DateTimeField(
                blank=True, editable=False, null=True, verbose_name="Selected at"
            ),
        ),
        migrations.RunPython(date_past_selections, migrations.RunPython.noop, elidable=True),
    ]
