# Varnish 7.1 in front of HAProxy: the page cache of anonymous visitors (README, "Deploying").
# deploy/cluster.py fills in the @…@ values.
#
# What is kept, and for how long, is the application's word: a page is kept only when Django
# says `Cache-Control: public, s-maxage=…` (LIVE_FIGURES_SECONDS on pages with live figures,
# FRONTEND_CACHE_SECONDS otherwise) and sets no cookie. A publish purges the page's addresses
# at once (Wagtail's frontend_cache, HTTP PURGE from the nodes).
vcl 4.1;

import cookie;
import std;

backend haproxy {
    .host = "127.0.0.1";
    .port = "@HAPROXY_PORT@";
    .connect_timeout = 2s;
    .first_byte_timeout = 60s;
    .between_bytes_timeout = 10s;
    # Sick while no node behind HAProxy answers /healthz: pages are then served up to an hour
    # past their time (grace, below) rather than an error.
    .probe = {
        .request = "GET /healthz HTTP/1.1"
            "Host: 127.0.0.1"
            "Connection: close"
            "User-Agent: Varnish health probe";
        .interval = 1s;
        .timeout = 2s;
        .window = 3;
        .threshold = 2;
    }
}

# Who may purge: the nodes, on this machine. A TLS terminator on this machine forwards its
# visitors from 127.0.0.1 too: it must refuse the PURGE method itself (README).
acl purgers {
    "127.0.0.1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Method not allowed"));
        }
        # A ban on the path, not a purge of one hash: it reaches every copy of the page,
        # whatever host name it was asked under (Wagtail purges under the site's own name,
        # visitors may use another), whatever its query string (a listing's pages) and Vary.
        ban("obj.http.X-Path == " + regsub(req.url, "\?.*$", ""));
        return (synth(200, "Purged"));
    }
    # Only GET and HEAD are answered from the cache; sign-ups and every other POST go to the
    # nodes as they came, cookies and all.
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The admin, the private documents (served to their organisation's staff) and the health
    # check are always a node's answer.
    if (req.url ~ "^/(admin|django-admin|documents)(/|\?|$)" || req.url ~ "^/healthz(\?|$)") {
        return (pass);
    }
    if (req.http.Authorization) {
        return (pass);
    }
    # A visitor with a session (logged in, or in the middle of a log-in) sees pages of their
    # own; one with a message waiting (Django's messages cookie) sees it on the next page.
    # The names are Django's defaults (SESSION_COOKIE_NAME, the messages' cookie storage).
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=") {
        return (pass);
    }
    # An anonymous visitor: of their cookies, the nodes need only the form token's secret
    # (csrftoken: a form drawn with it stays valid in the visitor's other tabs) and the
    # language chosen (django_language, read by `/`'s redirect). They are set aside here, so
    # that the lookup ignores them, and handed to the node on a miss (vcl_backend_fetch).
    if (req.http.Cookie) {
        cookie.parse(req.http.Cookie);
        cookie.keep("csrftoken,django_language");
        set req.http.X-Anonymous-Cookie = cookie.get_string();
        unset req.http.Cookie;
        if (req.http.X-Anonymous-Cookie == "") {
            unset req.http.X-Anonymous-Cookie;
        }
    }
    # Up to LIVE_FIGURES_SECONDS + 1 s old while the nodes answer: a visitor gets a page one
    # second past its time while a fresh one is fetched, never more, so that a live figure
    # keeps the README's promise. Up to an hour while none answers (beresp.grace).
    if (std.healthy(req.backend_hint)) {
        set req.grace = 1s;
    }
    return (hash);
}

sub vcl_backend_fetch {
    if (bereq.http.X-Anonymous-Cookie) {
        set bereq.http.Cookie = bereq.http.X-Anonymous-Cookie;
    }
    unset bereq.http.X-Anonymous-Cookie;
}

sub vcl_backend_response {
    # What a PURGE bans on (vcl_recv).
    set beresp.http.X-Path = regsub(bereq.url, "\?.*$", "");
    # A node failing while an expired page is refreshed in the background: the page in
    # grace stays, rather than the error replacing it.
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }
    if (beresp.status >= 500) {
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        return (deliver);
    }
    # Kept only when Django says so, and never an answer that sets a cookie: a page with a
    # form token sets the csrftoken cookie on every view (Django renews it whenever a token is
    # drawn), so it is never served to another visitor. Hit-for-miss: the next requests for
    # such an address go to the nodes at once, each with its own cookies.
    if (beresp.http.Set-Cookie
        || beresp.http.Cache-Control !~ "(s-maxage|max-age)="
        || beresp.http.Cache-Control ~ "(private|no-cache|no-store)"
        || beresp.http.Vary == "*") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # beresp.ttl is Django's s-maxage already. The answer set no cookie and the request had
    # no session: the anonymous cookies it carried changed nothing in it, so it is kept for
    # every anonymous visitor rather than for each csrftoken (Vary: Cookie is matched
    # against what is left of the request here).
    unset bereq.http.Cookie;
    set beresp.grace = 1h;
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.X-Path;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
