from django.core.cache import cache


def cache_key(prefix: str, key) -> str:
    return f"{prefix}:{key}"


def cached_per_key(prefix: str, keys, compute, timeout: int) -> dict:
    """A value for each of `keys`: from the shared cache in one round trip, and for those it
    does not hold, from `compute(missing_keys)` (one query for all of them), kept `timeout`
    seconds."""
    names = {key: cache_key(prefix, key) for key in keys}
    cached = cache.get_many(list(names.values()))
    values = {key: cached[name] for key, name in names.items() if name in cached}
    missing = [key for key in names if key not in values]
    if missing:
        fresh = compute(missing)
        cache.set_many({names[key]: value for key, value in fresh.items()}, timeout)
        values.update(fresh)
    return values
