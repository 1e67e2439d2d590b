from django.db import migrations

WORKFLOW = "Editorial review"
APPROVERS = ["Editors", "Moderators"]


def create_workflow(apps, schema_editor):
    """Every page goes through "Editorial review" when its author cannot publish (an
    organisation's staff); the site's editors approve it, or send it back with a comment.
    It replaces Wagtail's default "Moderators approval" on the whole tree."""
    Page = apps.get_model("wagtailcore", "Page")
    Group = apps.get_model("auth", "Group")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    root = Page.objects.filter(depth=1).first()
    if root is None:
        return
    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task, _ = GroupApprovalTask.objects.get_or_create(
        name=WORKFLOW, defaults={"content_type": task_type, "active": True}
    )
    for name in APPROVERS:
        group, _ = Group.objects.get_or_create(name=name)
        task.groups.add(group)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})


def let_editors_decide_on_applications(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("organisations")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="organisations",
        codename__in=[
            "view_organisationapplication",
            "change_organisationapplication",
            "delete_organisationapplication",
        ],
    )
    for name in APPROVERS:
        Group.objects.get_or_create(name=name)[0].permissions.add(*permissions)


def remove_workflow(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW).delete()
    apps.get_model("wagtailcore", "Task").objects.filter(name=WORKFLOW).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("organisations", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(create_workflow, remove_workflow),
        migrations.RunPython(let_editors_decide_on_applications, migrations.RunPython.noop),
    ]
