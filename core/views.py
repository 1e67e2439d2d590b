from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from core import unsubscribe as unsubscribing


# RFC 8058: mail clients POST `List-Unsubscribe=One-Click` here without a session or a form
# token. The signed link is the proof; unsubscribing twice changes nothing.
@csrf_exempt
@never_cache
def unsubscribe(request, token):
    """GET asks for a click on a button (link checkers and previews of mail clients open links
    without their owner); POST, from that button or a mail client, unsubscribes."""
    found = unsubscribing.read_token(token)
    if found is None:
        return TemplateResponse(request, "core/unsubscribe_invalid.html", status=404)
    hashed, kind = found
    context = {"kind_label": unsubscribing.kinds()[kind]}
    if request.method == "POST":
        unsubscribing.opt_out(hashed, kind)
        return TemplateResponse(request, "core/unsubscribed.html", context)
    return TemplateResponse(request, "core/unsubscribe.html", context)
