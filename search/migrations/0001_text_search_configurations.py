"""PostgreSQL's text-search configurations for the site's languages: each drops accents
(`unaccent`, so that "meteo" finds "météo"), then stems as its language does ("bénévole" finds
"bénévoles"). A language PostgreSQL has no stemmer for gets `simple` (accents dropped, words
kept whole): Catalan on a PostgreSQL without one. Nothing to do on SQLite, whose full-text
index already ignores accents (and stems nothing).

Pages indexed before this migration keep their old vectors until `manage.py update_index`."""

from django.db import migrations

# Ours: (PostgreSQL's configuration it copies, that configuration's stemming dictionary).
CONFIGURATIONS = {
    "crowdtime_french": ("french", "french_stem"),
    "crowdtime_english": ("english", "english_stem"),
    "crowdtime_spanish": ("spanish", "spanish_stem"),
    "crowdtime_catalan": ("catalan", "catalan_stem"),
    "crowdtime_simple": ("simple", "simple"),
}
WORDS = "asciiword, asciihword, hword_asciipart, word, hword, hword_part"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
        for ours, (theirs, dictionary) in CONFIGURATIONS.items():
            cursor.execute("SELECT 1 FROM pg_ts_config WHERE cfgname = %s", [theirs])
            if cursor.fetchone() is None:
                theirs, dictionary = "simple", "simple"
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {ours}")
            cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {ours} (COPY = pg_catalog.{theirs})")
            cursor.execute(
                f"ALTER TEXT SEARCH CONFIGURATION {ours} "
                f"ALTER MAPPING FOR {WORDS} WITH unaccent, {dictionary}"
            )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for ours in CONFIGURATIONS:
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {ours}")


class Migration(migrations.Migration):
    dependencies = []

    operations = [migrations.RunPython(create, drop, elidable=False)]
