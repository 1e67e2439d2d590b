from campaigns.erasure import erase_sign_ups
from campaigns.models import CampaignPage
from pages.erasure import erase_with_the_last_translation

erase_with_the_last_translation(CampaignPage, erase_sign_ups)
