from django.utils.functional import cached_property

from core.cache import remember


class RunByOrganisation:
    """Campaigns and challenges live under the page of the organisation that runs them: its
    staff may edit them and nothing else."""

    parent_page_types = ["organisations.OrganisationPage"]
    subpage_types = []

    @cached_property
    def organisation(self):
        """Kept by each worker until a publish or a move empties the fragments."""
        from organisations.models import OrganisationPage

        return remember(
            f"organisation-of:{self.pk}",
            lambda: OrganisationPage.objects.parent_of(self).live().first(),
        )
