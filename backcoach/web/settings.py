"""The one settings module, driven by environment variables and failing closed.

BACKCOACH_HOME      data folder (default: the user data folder); SQLite and the key live here
DATABASE_URL        postgres://user@host:port/name selects PostgreSQL instead of SQLite
BACKCOACH_DEBUG     1 turns on DEBUG (never in production)
BACKCOACH_SECRET_KEY  the key; without it one is created once in the data folder
BACKCOACH_ALLOWED_HOSTS  comma-separated host names (default: this machine only)
BACKCOACH_CSRF_TRUSTED_ORIGINS  comma-separated origins, e.g. https://coach.example.org
BACKCOACH_ALLOW_HTTP  1 drops the Secure flag on cookies outside DEBUG, for plain http on a
                      home network; without it cookies are Secure unless DEBUG is on
BACKCOACH_BEHIND_PROXY  1 trusts X-Forwarded-Proto from a TLS-terminating proxy
BACKCOACH_STATIC_ROOT   where `collectstatic` copies static files, for a separate web server
BACKCOACH_CACHE_URL     redis://host:port/db for a cache shared by several server processes
                        (default: local memory, right for the one process `backcoach serve` runs)
"""

import os
from pathlib import Path

import dj_database_url
from django.utils.csp import CSP

from backcoach.web.config import (
    cache_config,
    data_dir,
    env_flag,
    env_list,
    private_file,
    secret_key,
)

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = data_dir()

DEBUG = env_flag("BACKCOACH_DEBUG")
SECRET_KEY = secret_key(DATA_DIR)
ALLOWED_HOSTS = env_list("BACKCOACH_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("BACKCOACH_CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "backcoach.web.accounts",
    "backcoach.web.coach",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "backcoach.web.accounts.middleware.timezone_middleware",
]

ROOT_URLCONF = "backcoach.web.urls"
WSGI_APPLICATION = "backcoach.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    }
]

SQLITE_FILE = DATA_DIR / "backcoach.sqlite3"
DATABASES = {"default": dj_database_url.config(default=f"sqlite:///{SQLITE_FILE}", conn_max_age=60)}
if DATABASES["default"]["NAME"] == str(SQLITE_FILE):
    private_file(SQLITE_FILE)  # health data: its owner's only
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers run beside the one writer; the timeout waits out short write locks.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "backcoach.web.accounts.validators.MaximumLengthValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "plan"
LOGOUT_REDIRECT_URL = "login"

# Failed logins per user name, and per address, within the window before refusing more.
LOGIN_THROTTLE_LIMIT = 5
LOGIN_THROTTLE_ADDRESS_LIMIT = 20
LOGIN_THROTTLE_WINDOW_S = 15 * 60
CACHES = {"default": cache_config(os.environ.get("BACKCOACH_CACHE_URL", ""), secret=SECRET_KEY)}
# Sessions are read from the cache and written through to the database, so a restart keeps
# everyone signed in. With the default local-memory cache this is right for one server process
# (what `backcoach serve` runs); several processes need BACKCOACH_CACHE_URL, or a sign-out in
# one would not reach the others' copies.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
AUTHENTICATION_BACKENDS = ["backcoach.web.accounts.backends.CachedModelBackend"]
# One-time messages ride in the session, which every signed-in request reads anyway; the
# default also checks a signed cookie on every request.
MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"

LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = False
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Only needed behind a separate web server that serves `collectstatic` output itself.
STATIC_ROOT = os.environ.get("BACKCOACH_STATIC_ROOT") or None
# Serve straight from the app folders: `backcoach serve` needs no collectstatic step.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "frame-ancestors": [CSP.NONE],
    "form-action": [CSP.SELF],
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Strict"
SECURE_COOKIES = not DEBUG and not env_flag("BACKCOACH_ALLOW_HTTP")
SESSION_COOKIE_SECURE = SECURE_COOKIES
CSRF_COOKIE_SECURE = SECURE_COOKIES
BEHIND_PROXY = env_flag("BACKCOACH_BEHIND_PROXY")
if BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
