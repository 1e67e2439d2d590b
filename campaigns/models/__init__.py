from .campaign import (
    ActionType,
    CampaignCause,
    CampaignIndexPage,
    CampaignPage,
    CampaignStatus,
    Progress,
)
from .participation import CampaignFigures, Participation

__all__ = [
    "ActionType",
    "CampaignCause",
    "CampaignFigures",
    "CampaignIndexPage",
    "CampaignPage",
    "CampaignStatus",
    "Participation",
    "Progress",
]
