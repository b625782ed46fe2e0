// The header's account link on cached public pages: ask who is signed in (a small answer that is
// never cached) and show "My account" to a signed-in citizen. Without JavaScript the link stays as it is.
(function () {
  var link = document.querySelector("[data-account-status]");
  if (!link || !window.fetch) return;
  fetch(link.getAttribute("data-account-status"), { credentials: "same-origin", headers: { Accept: "application/json" } })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (state) {
      if (state && state.signed_in) {
        link.textContent = state.label;
        link.classList.add("site-header__account--signed-in");
      }
    })
    .catch(function () {});
})();
