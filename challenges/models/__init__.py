from .bookmark import Bookmark
from .challenge import (
    ChallengeCause,
    ChallengeIndexPage,
    ChallengePage,
    ChallengeSkill,
    ChallengeStatus,
)
from .contribution import Contribution, ContributionMark, ContributionReport
from .translation import ContributionTranslation

__all__ = [
    "Bookmark",
    "ChallengeCause",
    "ChallengeIndexPage",
    "ChallengePage",
    "ChallengeSkill",
    "ChallengeStatus",
    "Contribution",
    "ContributionMark",
    "ContributionReport",
    "ContributionTranslation",
]
