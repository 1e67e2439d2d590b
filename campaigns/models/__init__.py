from .campaign import (
    ActionType,
    CampaignCause,
    CampaignIndexPage,
    CampaignPage,
    CampaignStatus,
    Progress,
)
from .organisation import Organisation
from .participation import CampaignStats, Participation

__all__ = [
    "ActionType",
    "CampaignCause",
    "CampaignIndexPage",
    "CampaignPage",
    "CampaignStats",
    "CampaignStatus",
    "Organisation",
    "Participation",
    "Progress",
]
