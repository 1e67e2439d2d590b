"""Wagtail's admin log-in stops password guessing, per account and per client address."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client, override_settings

RIGHT = "la-bonne-phrase-de-passe"


@pytest.fixture
def editors(db):
    User = get_user_model()
    return [User.objects.create_superuser(name, f"{name}@example.org", RIGHT) for name in "ab"]


@pytest.fixture(autouse=True)
def clock(ratelimit_clock):
    return ratelimit_clock


def log_in(client, username, password, address="10.0.0.1", **extra):
    return client.post(
        "/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=address, **extra
    )


def logged_in(client) -> bool:
    return "_auth_user_id" in client.session


@pytest.mark.django_db
def test_five_wrong_passwords_lock_the_account_even_for_the_right_one(editors):
    client = Client()
    tries = [log_in(client, name, "essai").status_code for name in ["a", "A", " a", "a ", "a"]]
    assert tries == [200] * 5  # the form again, with its error
    response = log_in(client, "a", RIGHT, HTTP_ACCEPT_LANGUAGE="es")
    assert response.status_code == 429
    assert "Demasiados intentos" in response.content.decode()
    assert not logged_in(client)
    elsewhere = Client()  # the account is locked from every address
    assert log_in(elsewhere, "a", RIGHT, address="10.0.0.9").status_code == 429
    assert not logged_in(elsewhere)


@pytest.mark.django_db
def test_another_account_from_another_address_is_not_affected(editors):
    for _ in range(5):
        log_in(Client(), "a", "essai")
    client = Client()
    response = log_in(client, "b", RIGHT, address="10.0.0.2")
    assert response.status_code == 302 and logged_in(client)


@pytest.mark.django_db
def test_one_address_guessing_many_accounts_is_stopped(editors):
    for n in range(10):
        assert log_in(Client(), f"inconnu{n}", "essai").status_code == 200
    client = Client()
    assert log_in(client, "b", RIGHT).status_code == 429
    assert not logged_in(client)


@pytest.mark.django_db
def test_the_right_password_works_again_once_the_window_has_passed(editors, clock):
    for _ in range(5):
        log_in(Client(), "a", "essai")
    assert log_in(Client(), "a", RIGHT).status_code == 429
    clock.now += 5 * 60 + 1
    client = Client()
    assert log_in(client, "a", RIGHT).status_code == 302
    assert logged_in(client)


@pytest.mark.django_db
@override_settings(ADMIN_LOGIN_RATE="2/h/key")
def test_the_limits_come_from_the_setting(editors):
    assert [log_in(Client(), "a", "essai").status_code for _ in range(2)] == [200, 200]
    assert log_in(Client(), "a", RIGHT).status_code == 429
