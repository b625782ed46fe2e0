// A real OpenID Connect provider for the accounts tests (panva's oidc-provider, the certified
// Node implementation): one confidential client, PKCE, devInteractions' login form (any login
// name with any password signs in as that name). Started by tests/accounts/conftest.py on a free
// port: PORT, CLIENT_ID, CLIENT_SECRET, REDIRECT_URIS, POST_LOGOUT_URIS (comma-separated) come from the environment.
import Provider from "oidc-provider";

const port = Number(process.env.PORT);
const issuer = `http://127.0.0.1:${port}`;

const configuration = {
  clients: [
    {
      client_id: process.env.CLIENT_ID,
      client_secret: process.env.CLIENT_SECRET,
      redirect_uris: process.env.REDIRECT_URIS.split(","),
      post_logout_redirect_uris: process.env.POST_LOGOUT_URIS.split(","),
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_basic",
    },
  ],
  cookies: { keys: ["stadtportal-test-provider-cookie-key"] },
  claims: {
    openid: ["sub"],
    email: ["email", "email_verified"],
    profile: ["name", "given_name", "family_name"],
  },
  features: { devInteractions: { enabled: true } },
  pkce: { required: () => true },
  ttl: { IdToken: 3600, AccessToken: 3600, AuthorizationCode: 60, Session: 3600, Interaction: 600, Grant: 3600 },
  async findAccount(ctx, id) {
    const name = id.replace(/[^a-z0-9]/gi, " ").trim() || "Test";
    return {
      accountId: id,
      async claims() {
        return {
          sub: id,
          email: `${id}@buerger.example`,
          email_verified: true,
          name: `${name} Muster`,
          given_name: name,
          family_name: "Muster",
        };
      },
    };
  },
  // No consent screen: a grant for the scopes asked is made at once (a state service account
  // asks for consent on its own pages; the tests need only the login).
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) {
      const existing = await ctx.oidc.provider.Grant.find(grantId);
      if (existing) return existing;
    }
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope("openid email profile");
    await grant.save();
    return grant;
  },
};

const provider = new Provider(issuer, configuration);
provider.listen(port, "127.0.0.1", () => {
  console.log(`ready ${issuer}`);
});
