from .campaign import (
    ActionType,
    CampaignCause,
    CampaignIndexPage,
    CampaignPage,
    CampaignStatus,
    Progress,
)
from .participation import CampaignStats, Participation

__all__ = [
    "ActionType",
    "CampaignCause",
    "CampaignIndexPage",
    "CampaignPage",
    "CampaignStats",
    "CampaignStatus",
    "Participation",
    "Progress",
]
