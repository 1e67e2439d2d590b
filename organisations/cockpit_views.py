"""The translation cockpit in the admin: every page the user may edit, by language, with its
state, filters and batch actions (organisations/cockpit.py does the work)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponse, QueryDict
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import TemplateView, View
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Locale

from core.apertium import ApertiumUnavailable
from organisations import cockpit
from organisations.forms import CockpitBatchForm, CockpitFilterForm, CockpitImportForm

ROWS_PER_PAGE = 50


def may_use_cockpit(user) -> bool:
    return user.has_perm("wagtail_localize.submit_translation")


class CockpitAccessMixin:
    def dispatch(self, request, *args, **kwargs):
        if not may_use_cockpit(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def back(self):
        """The cockpit, with the filters and page the batch was chosen under."""
        query = QueryDict(self.request.POST.get("filters", "")).urlencode()
        return redirect(
            f"{reverse('translation_cockpit')}?{query}" if query else "translation_cockpit"
        )


class CockpitView(CockpitAccessMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "organisations/admin/cockpit.html"
    page_title = gettext_lazy("Translations")
    header_icon = "site"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        locales = cockpit.target_locales()
        rows = cockpit.rows_for(self.request.user, locales)
        filters = CockpitFilterForm(
            self.request.GET, rows=rows, locales=locales, states=cockpit.State.choices
        )
        filters.is_valid()  # a filter with a value it does not offer is left out
        chosen = filters.cleaned_data
        shown_locales = [
            locale
            for locale in locales
            if chosen.get("language") in ("", None, locale.language_code)
        ]
        rows = [row for row in rows if self.matches(row, chosen)]
        paginator = Paginator(rows, ROWS_PER_PAGE)
        items = paginator.get_page(self.request.GET.get("p"))
        context.update(
            filters=filters,
            locales=locales,
            shown_locales=shown_locales,
            items=items,
            rows=[(row, self.cells_of(row, shown_locales)) for row in items],
            elided_page_range=paginator.get_elided_page_range(items.number),
            row_count=len(rows),
            machine_name=cockpit.machine_name(locales),
            import_form=CockpitImportForm(),
            filters_query=self.request.GET.urlencode(),
            default_locale=Locale.get_default(),
        )
        return context

    @staticmethod
    def cells_of(row, locales):
        codes = {locale.language_code for locale in locales}
        return [cell for cell in row.cells if cell.locale.language_code in codes]

    @staticmethod
    def matches(row, chosen) -> bool:
        for name, value in (
            ("organisation", row.organisation and row.organisation["pk"]),
            ("section", row.section and row.section["pk"]),
            ("page_type", row.content_type_id),
        ):
            if chosen.get(name) not in ("", None) and chosen[name] != value:
                return False
        state, language = chosen.get("state"), chosen.get("language")
        if state:
            return any(
                cell.state == state and language in ("", None, cell.locale.language_code)
                for cell in row.cells
            )
        return True

    def post(self, request):
        form = CockpitBatchForm(
            request.POST,
            pages=cockpit.source_pages(request.user),
            locales=Locale.objects.exclude(pk=Locale.get_default().pk),
        )
        if not form.is_valid():
            for errors in form.errors.values():
                for error in errors:
                    messages.error(request, error)
            return self.back()
        pages = list(form.cleaned_data["page"])
        locales = list(form.cleaned_data["locale"])
        action = form.cleaned_data["action"]
        if action == "export":
            return self.export(pages, locales)
        if action == "submit":
            outcome = cockpit.submit(pages, locales, request.user)
            message = ngettext(
                "%(count)d translation started, as a draft.",
                "%(count)d translations started, as drafts.",
                outcome.done,
            )
        elif action == "machine":
            if not cockpit.machine_name(locales):
                messages.error(request, _("Machine translation is not available right now."))
                return self.back()
            try:
                outcome = cockpit.machine_draft(pages, locales, request.user)
            except ApertiumUnavailable:
                messages.error(
                    request,
                    _(
                        "Machine translation stopped answering: the drafts made before are kept. "
                        "Try again later."
                    ),
                )
                return self.back()
            message = ngettext(
                "%(count)d translation machine-drafted, for a translator to review.",
                "%(count)d translations machine-drafted, for a translator to review.",
                outcome.done,
            )
        else:
            outcome = cockpit.sync(pages, request.user)
            message = ngettext(
                "%(count)d page synchronised with its translations.",
                "%(count)d pages synchronised with their translations.",
                outcome.done,
            )
        messages.success(request, message % {"count": outcome.done})
        if outcome.skipped:
            messages.warning(request, skipped_message(outcome.skipped))
        return self.back()

    def export(self, pages, locales):
        archive, count = cockpit.export_po(pages, locales)
        if not count:
            messages.error(
                self.request,
                _(
                    "None of these pages is being translated into these languages yet: nothing to export."
                ),
            )
            return self.back()
        response = HttpResponse(archive, content_type="application/zip")
        response["Content-Disposition"] = 'attachment; filename="translations.zip"'
        return response


def skipped_message(count: int) -> str:
    return ngettext(
        "%(count)d was left as it was: nothing to do there, or not yours.",
        "%(count)d were left as they were: nothing to do there, or not yours.",
        count,
    ) % {"count": count}


class CockpitImportView(CockpitAccessMixin, View):
    def get(self, request):
        return redirect("translation_cockpit")

    def post(self, request):
        form = CockpitImportForm(request.POST, request.FILES)
        if not form.is_valid():
            messages.error(request, _("Choose the PO files to import."))
            return self.back()
        outcome = cockpit.import_po(form.cleaned_data["files"], request.user)
        if outcome.done:
            messages.success(
                request,
                ngettext(
                    "Translations imported from %(count)d file.",
                    "Translations imported from %(count)d files.",
                    outcome.done,
                )
                % {"count": outcome.done},
            )
        if outcome.skipped:
            messages.error(
                request,
                ngettext(
                    "%(count)d file was not imported: not a PO file of a translation of your pages.",
                    "%(count)d files were not imported: not PO files of translations of your pages.",
                    outcome.skipped,
                )
                % {"count": outcome.skipped},
            )
        return self.back()
