"""allauth's sign-up form, made to cost the same whether the address has an account or not."""

from allauth.account.forms import SignupForm
from django.contrib.auth.hashers import make_password


class EvenSignupForm(SignupForm):
    """A new account hashes its password, by far the slowest step of a sign-up; allauth skips it
    when the address already has an account, which made that answer about ten times faster and
    told who has an account. Hashing the submitted password there too (and discarding it) makes
    both answers take the same time; the page and the redirect were already the same."""

    def try_save(self, request):
        if self.account_already_exists:
            make_password(self.cleaned_data["password1"])
        return super().try_save(request)
