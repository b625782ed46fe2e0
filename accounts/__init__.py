"""The citizen account (Bürgerkonto): sign-in by OpenID Connect or e-mail, my requests, my calendar, data rights."""
