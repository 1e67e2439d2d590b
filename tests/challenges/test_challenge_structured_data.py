"""A challenge's JSON-LD: the question an organisation asks, answered by its deadline."""

import pytest

from tests.conftest import translation_of
from tests.pages.test_structured_data import same_moment, structured_data


@pytest.mark.django_db
def test_a_challenge_is_a_question_with_a_deadline_and_its_answers_counted(client, challenges):
    challenge = translation_of(challenges["open"], "es")
    data = structured_data(client, challenge)
    assert data["@type"] == "Question"
    assert data["name"] == challenge.title
    assert data["text"] == challenge.task
    assert data["inLanguage"] == "es"
    assert same_moment(data["expires"], challenge.deadline)
    assert data["timeRequired"] == f"PT{challenge.minutes}M"
    assert data["answerCount"] == 2  # in every language
    assert data["author"]["@type"] == "NGO"
