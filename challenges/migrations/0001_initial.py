"""The challenges app takes over the models that campaigns held (campaigns 0006 renamed their
tables), with their content types, so that every page, revision, permission and translation
that points at them still does."""

import django.core.validators
import django.db.models.deletion
import django.utils.timezone
import modelcluster.contrib.taggit
import modelcluster.fields
import pages.models.base
import wagtail.contrib.routable_page.models
import wagtail.fields
from django.conf import settings
from django.db import migrations, models


MOVED = ["challengecause", "challengeindexpage", "challengepage", "challengeskill", "contribution", "contributionmark", "contributionreport"]


def move_content_types(apps, schema_editor):
    content_types = apps.get_model("contenttypes", "ContentType").objects
    # Content types created for the new app before this ran would collide; nothing points at
    # them yet.
    content_types.filter(app_label="challenges", model__in=MOVED).delete()
    content_types.filter(app_label="campaigns", model__in=MOVED).update(app_label="challenges")


def move_content_types_back(apps, schema_editor):
    content_types = apps.get_model("contenttypes", "ContentType").objects
    content_types.filter(app_label="campaigns", model__in=MOVED).delete()
    content_types.filter(app_label="challenges", model__in=MOVED).update(app_label="campaigns")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('campaigns', '0006_challenges_move_to_their_own_app'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('pages', '0001_initial'),
        ('wagtailcore', '0098_apitoken'),
        ('wagtaildocs', '0014_alter_document_file_size'),
        ('wagtailimages', '0027_image_description'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='ChallengeCause',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('tag', models.ForeignKey(limit_choices_to={'kind': 'cause'}, on_delete=django.db.models.deletion.CASCADE, related_name='tagged_challenges_by_cause', to='pages.tag')),
                    ],
                    options={
                        'abstract': False,
                    },
                ),
                migrations.CreateModel(
                    name='ChallengeIndexPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('introduction', models.TextField(blank=True, verbose_name='Introduction')),
                        ('social_image', models.ForeignKey(blank=True, help_text="Shown when the page is shared; defaults to the page's main image.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='Social image')),
                    ],
                    options={
                        'verbose_name': 'Challenge index',
                    },
                    bases=('wagtailcore.page',),
                ),
                migrations.CreateModel(
                    name='ChallengePage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('hero_image_alt', models.CharField(blank=True, help_text='Describe the image for people who cannot see it.', max_length=200, verbose_name='Alternative text of the main image')),
                        ('summary', models.TextField(help_text='One sentence.', verbose_name='Summary')),
                        ('task', models.TextField(help_text='Exactly what to send, and in what form.', verbose_name='The task')),
                        ('context', wagtail.fields.RichTextField(blank=True, help_text='What a volunteer needs to know to help.', verbose_name='Context')),
                        ('minutes', models.PositiveSmallIntegerField(default=15, validators=[django.core.validators.MinValueValidator(1)], verbose_name='Estimated minutes')),
                        ('deadline', models.DateTimeField(verbose_name='Deadline')),
                        ('max_answer_length', models.PositiveIntegerField(default=1000, validators=[django.core.validators.MinValueValidator(50), django.core.validators.MaxValueValidator(10000)], verbose_name='Maximum answer length (characters)')),
                        ('follow_up', wagtail.fields.RichTextField(blank=True, help_text='Shown once contributions are selected, and e-mailed to every contributor.', verbose_name='What we did with it')),
                        ('causes', modelcluster.contrib.taggit.ClusterTaggableManager(blank=True, help_text='A comma-separated list of tags.', through='challenges.ChallengeCause', to='pages.Tag', verbose_name='Causes')),
                        ('document', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtaildocs.document', verbose_name='Document to look at')),
                        ('hero_image', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='Main image')),
                        ('social_image', models.ForeignKey(blank=True, help_text="Shown when the page is shared; defaults to the page's main image.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='Social image')),
                    ],
                    options={
                        'verbose_name': 'Challenge',
                    },
                    bases=(pages.models.base.RunByOrganisation, wagtail.contrib.routable_page.models.RoutablePageMixin, 'wagtailcore.page', models.Model),
                ),
                migrations.AddField(
                    model_name='challengecause',
                    name='content_object',
                    field=modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='tagged_causes', to='challenges.challengepage'),
                ),
                migrations.CreateModel(
                    name='ChallengeSkill',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('content_object', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='tagged_skills', to='challenges.challengepage')),
                        ('tag', models.ForeignKey(limit_choices_to={'kind': 'skill'}, on_delete=django.db.models.deletion.CASCADE, related_name='tagged_challenges_by_skill', to='pages.tag')),
                    ],
                    options={
                        'abstract': False,
                    },
                ),
                migrations.AddField(
                    model_name='challengepage',
                    name='skills',
                    field=modelcluster.contrib.taggit.ClusterTaggableManager(blank=True, help_text='A comma-separated list of tags.', through='challenges.ChallengeSkill', to='pages.Tag', verbose_name='Skills wanted'),
                ),
                migrations.CreateModel(
                    name='Contribution',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('challenge_key', models.UUIDField(db_index=True, verbose_name='Challenge')),
                        ('text', models.TextField(verbose_name='Contribution')),
                        ('link', models.URLField(blank=True, max_length=500, verbose_name='Link')),
                        ('language', models.CharField(max_length=10, verbose_name='Language')),
                        ('created_at', models.DateTimeField(default=django.utils.timezone.now, editable=False, verbose_name='Sent at')),
                        ('updated_at', models.DateTimeField(auto_now=True, verbose_name='Edited at')),
                        ('is_selected', models.BooleanField(default=False, verbose_name='Selected by the organisation')),
                        ('follow_up_sent_at', models.DateTimeField(blank=True, editable=False, null=True, verbose_name='Follow-up e-mailed at')),
                        ('is_hidden', models.BooleanField(default=False, help_text='Hidden after three reports, until a moderator looks at it.', verbose_name='Hidden')),
                        ('useful_count', models.PositiveIntegerField(default=0, editable=False, verbose_name='Useful')),
                        ('author', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='contributions', to=settings.AUTH_USER_MODEL, verbose_name='Author')),
                    ],
                    options={
                        'verbose_name': 'contribution',
                        'verbose_name_plural': 'contributions',
                        'ordering': ['-created_at'],
                    },
                ),
                migrations.CreateModel(
                    name='ContributionMark',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('created_at', models.DateTimeField(default=django.utils.timezone.now, editable=False)),
                        ('contribution', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='marks', to='challenges.contribution')),
                        ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='contribution_marks', to=settings.AUTH_USER_MODEL)),
                    ],
                ),
                migrations.CreateModel(
                    name='ContributionReport',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('created_at', models.DateTimeField(default=django.utils.timezone.now, editable=False)),
                        ('contribution', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='reports', to='challenges.contribution')),
                        ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='contribution_reports', to=settings.AUTH_USER_MODEL)),
                    ],
                ),
                migrations.AddIndex(
                    model_name='contribution',
                    index=models.Index(condition=models.Q(('is_hidden', False)), fields=['challenge_key', '-is_selected', '-useful_count', '-created_at'], name='contribution_most_useful'),
                ),
                migrations.AddIndex(
                    model_name='contribution',
                    index=models.Index(condition=models.Q(('is_hidden', False)), fields=['challenge_key', '-is_selected', '-created_at'], name='contribution_newest'),
                ),
                migrations.AddIndex(
                    model_name='contribution',
                    index=models.Index(condition=models.Q(('is_hidden', False), ('is_selected', True)), fields=['challenge_key'], name='contribution_selected'),
                ),
                migrations.AddConstraint(
                    model_name='contribution',
                    constraint=models.UniqueConstraint(condition=models.Q(('author__isnull', False)), fields=('challenge_key', 'author'), name='one_contribution_per_volunteer_and_challenge'),
                ),
                migrations.AddConstraint(
                    model_name='contributionmark',
                    constraint=models.UniqueConstraint(fields=('contribution', 'user'), name='one_mark_per_volunteer_and_contribution'),
                ),
                migrations.AddConstraint(
                    model_name='contributionreport',
                    constraint=models.UniqueConstraint(fields=('contribution', 'user'), name='one_report_per_volunteer_and_contribution'),
                ),
            ],
        ),
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
