"""schema.org description of a challenge: a Question an organisation asks, which volunteers
answer by its deadline (`expires`) in about `timeRequired`."""

from core.structured_data import thing, without_empty
from pages.structured_data import organisation_ref


def challenge(page, request) -> dict:
    return without_empty(
        {
            **thing(page, request, "Question"),
            "text": page.task,
            "dateCreated": page.first_published_at,
            "expires": page.deadline,
            "timeRequired": f"PT{page.minutes}M",
            "answerCount": page.contribution_count,
            "author": organisation_ref(page.organisation, request),
        }
    )
