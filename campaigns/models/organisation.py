from django.utils.functional import cached_property


class RunByOrganisation:
    """Campaigns and challenges live under the page of the organisation that runs them: its
    staff may edit them and nothing else."""

    parent_page_types = ["organisations.OrganisationPage"]
    subpage_types = []

    @cached_property
    def organisation(self):
        from organisations.models import OrganisationPage

        return OrganisationPage.objects.parent_of(self).live().first()
