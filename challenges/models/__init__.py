from .bookmark import Bookmark
from .challenge import (
    ChallengeCause,
    ChallengeIndexPage,
    ChallengePage,
    ChallengeSkill,
    ChallengeStatus,
)
from .contribution import Contribution, ContributionMark, ContributionReport
from .template import ChallengeTemplate
from .translation import ContributionTranslation

__all__ = [
    "Bookmark",
    "ChallengeCause",
    "ChallengeIndexPage",
    "ChallengePage",
    "ChallengeSkill",
    "ChallengeStatus",
    "ChallengeTemplate",
    "Contribution",
    "ContributionMark",
    "ContributionReport",
    "ContributionTranslation",
]
