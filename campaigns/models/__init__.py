from .campaign import (
    ActionType,
    CampaignCause,
    CampaignIndexPage,
    CampaignPage,
    CampaignStatus,
    Progress,
)
from .challenge import (
    ChallengeCause,
    ChallengeIndexPage,
    ChallengePage,
    ChallengeSkill,
    ChallengeStatus,
)
from .contribution import Contribution, ContributionMark, ContributionReport
from .participation import CampaignStats, Participation

__all__ = [
    "ActionType",
    "CampaignCause",
    "CampaignIndexPage",
    "CampaignPage",
    "CampaignStats",
    "CampaignStatus",
    "ChallengeCause",
    "ChallengeIndexPage",
    "ChallengePage",
    "ChallengeSkill",
    "ChallengeStatus",
    "Contribution",
    "ContributionMark",
    "ContributionReport",
    "Participation",
    "Progress",
]
