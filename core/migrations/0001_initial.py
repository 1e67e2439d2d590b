from django.db import migrations, models


def take_over_or_create(apps, schema_editor):
    """The table was the project package's (crowdtime_sentemail) until the ground floor took
    the model over: keep its rows under the new name, or create it on a new database."""
    model = apps.get_model("core", "SentEmail")
    if "crowdtime_sentemail" in schema_editor.connection.introspection.table_names():
        schema_editor.alter_db_table(model, "crowdtime_sentemail", model._meta.db_table)
    else:
        schema_editor.create_model(model)


def give_back(apps, schema_editor):
    schema_editor.delete_model(apps.get_model("core", "SentEmail"))


class Migration(migrations.Migration):

    initial = True

    dependencies = []

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="SentEmail",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("key", models.CharField(max_length=200, unique=True)),
                        ("sent_at", models.DateTimeField(auto_now_add=True)),
                    ],
                ),
            ],
        ),
        migrations.RunPython(take_over_or_create, give_back),
    ]
