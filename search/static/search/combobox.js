/*
 * Service suggestions while typing: progressive enhancement of the search form following the
 * WAI-ARIA combobox pattern (list autocomplete). Without JavaScript the form simply submits.
 *
 * Keys: Down/Up move through the suggestions, Enter opens the highlighted service (or submits the
 * search when none is highlighted), Escape closes the list (a second Escape clears the field).
 * A polite live region announces how many suggestions there are.
 */
(function () {
  "use strict";

  function enhance(wrapper, index) {
    var input = wrapper.querySelector("input[type=search], input[type=text]");
    if (!input || !window.fetch) return;
    var url = wrapper.getAttribute("data-suggest-url");
    var listId = "search-suggestions-" + index;
    var list = document.createElement("ul");
    var status = document.createElement("div");
    var options = [];
    var active = -1;
    var timer = null;
    var lastQuery = "";
    var controller = null;

    list.id = listId;
    list.className = "combobox__list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", input.labels && input.labels[0] ? input.labels[0].textContent : "");
    list.hidden = true;
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    wrapper.appendChild(list);
    wrapper.appendChild(status);

    // ARIA in HTML allows role=combobox on a text input, not on type=search (the Nu checker rejects it).
    if (input.type === "search") {
      input.type = "text";
      input.setAttribute("enterkeyhint", "search");
    }
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);

    function announce(count) {
      var text;
      if (count === 0) text = wrapper.getAttribute("data-label-none");
      else if (count === 1) text = wrapper.getAttribute("data-label-one");
      else text = wrapper.getAttribute("data-label-many").replace("%(count)s", count);
      status.textContent = text;
    }

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(position) {
      options.forEach(function (option, i) {
        option.setAttribute("aria-selected", i === position ? "true" : "false");
      });
      active = position;
      if (position >= 0) {
        input.setAttribute("aria-activedescendant", options[position].id);
        options[position].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function render(suggestions) {
      list.textContent = "";
      options = suggestions.map(function (suggestion, i) {
        var option = document.createElement("li");
        var title = document.createElement("span");
        option.id = listId + "-" + i;
        option.className = "combobox__option";
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.setAttribute("data-url", suggestion.url);
        title.textContent = suggestion.title;
        option.appendChild(title);
        if (suggestion.summary) {
          var summary = document.createElement("span");
          summary.className = "combobox__option-summary";
          summary.textContent = suggestion.summary;
          option.appendChild(summary);
        }
        option.addEventListener("mousedown", function (event) {
          event.preventDefault(); // keep focus in the input
        });
        option.addEventListener("click", function () {
          window.location.assign(suggestion.url);
        });
        list.appendChild(option);
        return option;
      });
      active = -1;
      if (options.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
      } else {
        close();
      }
      announce(options.length);
    }

    function fetchSuggestions() {
      var query = input.value.trim();
      if (query === lastQuery) return;
      lastQuery = query;
      if (query.length < 2) {
        render([]);
        status.textContent = "";
        return;
      }
      if (controller) controller.abort();
      controller = window.AbortController ? new AbortController() : null;
      var target = url + (url.indexOf("?") === -1 ? "?" : "&") + "q=" + encodeURIComponent(query);
      fetch(target, { headers: { Accept: "application/json" }, signal: controller ? controller.signal : undefined })
        .then(function (response) {
          return response.ok ? response.json() : { suggestions: [] };
        })
        .then(function (data) {
          if (input.value.trim() === query) render(data.suggestions || []);
        })
        .catch(function () {});
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, 200);
    });

    input.addEventListener("keydown", function (event) {
      var open = !list.hidden && options.length > 0;
      switch (event.key) {
        case "ArrowDown":
          if (!open && options.length) {
            list.hidden = false;
            input.setAttribute("aria-expanded", "true");
          }
          if (options.length) {
            event.preventDefault();
            highlight(active + 1 >= options.length ? 0 : active + 1);
          }
          break;
        case "ArrowUp":
          if (open) {
            event.preventDefault();
            highlight(active - 1 < 0 ? options.length - 1 : active - 1);
          }
          break;
        case "Enter":
          if (open && active >= 0) {
            event.preventDefault();
            window.location.assign(options[active].getAttribute("data-url"));
          }
          break;
        case "Escape":
          if (open) {
            event.preventDefault();
            close();
          } else if (input.value) {
            event.preventDefault();
            input.value = "";
            lastQuery = "";
          }
          break;
        case "Tab":
          close();
          break;
        default:
          break;
      }
    });

    input.addEventListener("blur", function () {
      window.setTimeout(close, 150);
    });
  }

  document.querySelectorAll("[data-search-combobox]").forEach(enhance);
})();
