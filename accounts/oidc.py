"""Signing in through the city's OpenID Connect provider (a state service account, BundID's OIDC
gateway, a Keycloak): authorization code flow with PKCE, state and nonce.

The OAuth side (authorization address, PKCE, the code exchange with client authentication) is
Authlib's; the ID token is checked with joserfc (Authlib's JOSE library): signature against the
provider's published keys, issuer, audience, expiry, issue time and nonce. Nothing of the flow is
kept in Django's session (that would make every public page personal for the page cache): state,
nonce and PKCE verifier travel in a signed, short-lived cookie limited to the callback's path."""

import logging
import secrets

import requests
from authlib.common.security import generate_token
from authlib.integrations.requests_client import OAuth2Session
from django.conf import settings
from django.core.cache import cache
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet

logger = logging.getLogger(__name__)

FLOW_COOKIE = "stadtportal_konto_flow"
FLOW_SALT = "accounts.oidc.flow"
FLOW_MAX_AGE = 600
ALGORITHMS = ["RS256", "PS256", "ES256"]
TIMEOUT = 10


class SignInFailed(Exception):
    """The callback cannot sign anyone in; the reason is for the log, never for the visitor."""


def configured():
    return bool(settings.ACCOUNTS_OIDC_ISSUER and settings.ACCOUNTS_OIDC_CLIENT_ID)


def issuer():
    return settings.ACCOUNTS_OIDC_ISSUER.rstrip("/")


def metadata(refresh=False):
    """The provider's discovery document (kept for an hour)."""
    key = f"accounts:oidc:metadata:{issuer()}"
    found = None if refresh else cache.get(key)
    if found is None:
        response = requests.get(f"{issuer()}/.well-known/openid-configuration", timeout=TIMEOUT)
        response.raise_for_status()
        found = response.json()
        if found.get("issuer", "").rstrip("/") != issuer():
            raise SignInFailed("discovery document names another issuer")
        cache.set(key, found, 3600)
    return found


def keys(refresh=False):
    key = f"accounts:oidc:jwks:{issuer()}"
    found = None if refresh else cache.get(key)
    if found is None:
        response = requests.get(metadata()["jwks_uri"], timeout=TIMEOUT)
        response.raise_for_status()
        found = response.json()
        cache.set(key, found, 3600)
    return KeySet.import_key_set(found)


def client(redirect_uri):
    return OAuth2Session(
        client_id=settings.ACCOUNTS_OIDC_CLIENT_ID,
        client_secret=settings.ACCOUNTS_OIDC_CLIENT_SECRET,
        token_endpoint_auth_method="client_secret_basic",
        scope=settings.ACCOUNTS_OIDC_SCOPES,
        redirect_uri=redirect_uri,
        code_challenge_method="S256",
        default_timeout=TIMEOUT,
    )


def start(redirect_uri, language):
    """(the provider's authorization address, the flow to keep in the signed cookie)."""
    flow = {"state": generate_token(32), "nonce": generate_token(32), "verifier": generate_token(48)}
    url, _state = client(redirect_uri).create_authorization_url(
        metadata()["authorization_endpoint"],
        state=flow["state"],
        nonce=flow["nonce"],
        code_verifier=flow["verifier"],
        ui_locales=language,
    )
    return url, flow


def finish(params, flow, redirect_uri):
    """The verified ID token's claims for the callback's `params`. Raises SignInFailed."""
    if params.get("error"):
        raise SignInFailed(f"provider answered {params.get('error')}")
    if not flow or not secrets.compare_digest(str(params.get("state", "")), str(flow.get("state", ""))):
        raise SignInFailed("unknown state")
    # RFC 9207: a provider that names itself in the answer must be ours (mix-up attacks).
    if params.get("iss") and params["iss"].rstrip("/") != issuer():
        raise SignInFailed("answer from another issuer")
    code = params.get("code")
    if not code:
        raise SignInFailed("no code")
    try:
        token = client(redirect_uri).fetch_token(
            metadata()["token_endpoint"], grant_type="authorization_code", code=code, code_verifier=flow["verifier"]
        )
    except Exception as error:  # the provider refused the code, or did not answer
        raise SignInFailed(f"code exchange failed: {type(error).__name__}: {error}") from error
    id_token = token.get("id_token")
    if not id_token:
        raise SignInFailed("no id_token")
    claims = verified_claims(id_token, flow["nonce"])
    return {**userinfo(token, claims["sub"]), **claims}, id_token


def userinfo(token, subject):
    """The provider's userinfo (e-mail address and name are often only there), if it is about
    the same subject as the ID token; else nothing."""
    endpoint = metadata().get("userinfo_endpoint")
    if not endpoint or not token.get("access_token"):
        return {}
    try:
        response = requests.get(
            endpoint, headers={"Authorization": f"Bearer {token['access_token']}"}, timeout=TIMEOUT
        )
        response.raise_for_status()
        info = response.json()
    except (requests.RequestException, ValueError) as error:
        logger.warning("accounts: userinfo not available: %s", error)
        return {}
    if not isinstance(info, dict) or info.get("sub") != subject:
        return {}
    return {key: info[key] for key in ("email", "email_verified", "name") if key in info}


def verified_claims(id_token, nonce, now=None):
    """The claims of `id_token` if it is signed by the provider's key and meant for this client,
    now, with this nonce. Raises SignInFailed."""
    try:
        try:
            decoded = jwt.decode(id_token, keys(), algorithms=ALGORITHMS)
        except (JoseError, ValueError):
            decoded = jwt.decode(id_token, keys(refresh=True), algorithms=ALGORITHMS)  # the provider rotated its keys
    except (JoseError, ValueError) as error:
        raise SignInFailed(f"id_token signature: {error}") from error
    claims = decoded.claims
    registry = jwt.JWTClaimsRegistry(
        now=now,
        leeway=settings.ACCOUNTS_OIDC_LEEWAY,
        iss={"essential": True, "value": metadata()["issuer"]},
        sub={"essential": True},
        exp={"essential": True},
        iat={"essential": True},
        nonce={"essential": True, "value": nonce},
    )
    try:
        registry.validate(claims)
    except JoseError as error:
        raise SignInFailed(f"id_token claims: {error}") from error
    audience = claims.get("aud")
    audiences = audience if isinstance(audience, list) else [audience]
    client_id = settings.ACCOUNTS_OIDC_CLIENT_ID
    if client_id not in audiences or (len(audiences) > 1 and claims.get("azp") != client_id):
        raise SignInFailed("id_token is for another client")
    return claims


def logout_url(id_token, post_logout_uri):
    """The provider's RP-initiated logout address, or None when it has none."""
    try:
        endpoint = metadata().get("end_session_endpoint")
    except (requests.RequestException, SignInFailed):
        return None
    if not endpoint:
        return None
    request = requests.Request(
        "GET",
        endpoint,
        params={
            "client_id": settings.ACCOUNTS_OIDC_CLIENT_ID,
            "post_logout_redirect_uri": post_logout_uri,
            **({"id_token_hint": id_token} if id_token else {}),
        },
    )
    return request.prepare().url
