#!/usr/bin/env python
import os
import sys


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "crowdtime.settings.dev")
    try:
        from django.core.management import execute_from_command_line

        import crowdtime  # noqa: F401  (the site/ folder, installed under this name)
    except ImportError as exc:
        raise SystemExit(
            f"{exc}.\nThe project is not installed in this Python: run `make run` "
            "(or `.venv/bin/python manage.py ...` after `make install`)."
        ) from exc
    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
