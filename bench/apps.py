from django.apps import AppConfig


class BenchConfig(AppConfig):
    """`make bench`'s generated load (load_bench_data); run.py and its helpers drive it."""

    name = "bench"
