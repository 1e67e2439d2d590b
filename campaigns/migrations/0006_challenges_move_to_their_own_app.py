"""Challenges, contributions, marks and reports move to the challenges app (which takes them
over in its first migration), keeping every row."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('campaigns', '0005_contribution_visible_indexes'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            # The rows stay where they are; only the tables' names follow the models.
            database_operations=[
                migrations.AlterModelTable(name="challengecause", table="challenges_challengecause"),
                migrations.AlterModelTable(name="challengeindexpage", table="challenges_challengeindexpage"),
                migrations.AlterModelTable(name="challengepage", table="challenges_challengepage"),
                migrations.AlterModelTable(name="challengeskill", table="challenges_challengeskill"),
                migrations.AlterModelTable(name="contribution", table="challenges_contribution"),
                migrations.AlterModelTable(name="contributionmark", table="challenges_contributionmark"),
                migrations.AlterModelTable(name="contributionreport", table="challenges_contributionreport"),
            ],
            state_operations=[
                migrations.RemoveField(
                    model_name='challengepage',
                    name='causes',
                ),
                migrations.RemoveField(
                    model_name='challengeindexpage',
                    name='page_ptr',
                ),
                migrations.RemoveField(
                    model_name='challengeindexpage',
                    name='social_image',
                ),
                migrations.RemoveField(
                    model_name='challengepage',
                    name='document',
                ),
                migrations.RemoveField(
                    model_name='challengepage',
                    name='hero_image',
                ),
                migrations.RemoveField(
                    model_name='challengepage',
                    name='page_ptr',
                ),
                migrations.RemoveField(
                    model_name='challengepage',
                    name='skills',
                ),
                migrations.RemoveField(
                    model_name='challengepage',
                    name='social_image',
                ),
                migrations.RemoveField(
                    model_name='challengeskill',
                    name='content_object',
                ),
                migrations.RemoveField(
                    model_name='challengeskill',
                    name='tag',
                ),
                migrations.RemoveField(
                    model_name='contribution',
                    name='author',
                ),
                migrations.RemoveField(
                    model_name='contributionreport',
                    name='contribution',
                ),
                migrations.RemoveField(
                    model_name='contributionmark',
                    name='contribution',
                ),
                migrations.RemoveField(
                    model_name='contributionmark',
                    name='user',
                ),
                migrations.RemoveField(
                    model_name='contributionreport',
                    name='user',
                ),
                migrations.DeleteModel(
                    name='ChallengeCause',
                ),
                migrations.DeleteModel(
                    name='ChallengeIndexPage',
                ),
                migrations.DeleteModel(
                    name='ChallengePage',
                ),
                migrations.DeleteModel(
                    name='ChallengeSkill',
                ),
                migrations.DeleteModel(
                    name='Contribution',
                ),
                migrations.DeleteModel(
                    name='ContributionMark',
                ),
                migrations.DeleteModel(
                    name='ContributionReport',
                ),
            ],
        ),
    ]
