from django.forms.forms import NON_FIELD_ERRORS


class RefusedFormStatusMiddleware:
    """allauth shows a refused form again with 200 OK; like the site's own forms, answer
    400, or 429 when the form was refused for too many failed log-ins, so that clients and
    logs see the request failed."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_template_response(self, request, response):
        view = request.resolver_match.func
        if (
            request.method == "POST"
            and response.status_code == 200
            and view.__module__.startswith("allauth.")
        ):
            form = (response.context_data or {}).get("form")
            if form is not None and form.is_bound and form.errors:
                throttled = form.has_error(NON_FIELD_ERRORS, "too_many_login_attempts")
                response.status_code = 429 if throttled else 400
        return response
