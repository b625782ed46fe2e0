// Progressive enhancement only: every page works without this file.
document.documentElement.classList.replace("no-js", "js");

// Two-click video consent: nothing is requested from the video host until the visitor clicks.
// Without JavaScript the same link reloads the page with the player in place.
(function () {
  var EMBED = {
    youtube: function (id, lang, captions) {
      var url = "https://www.youtube-nocookie.com/embed/" + encodeURIComponent(id) + "?rel=0&autoplay=1";
      return captions ? url + "&cc_load_policy=1&cc_lang_pref=" + lang + "&hl=" + lang : url;
    },
    vimeo: function (id, lang, captions) {
      var url = "https://player.vimeo.com/video/" + encodeURIComponent(id) + "?dnt=1&autoplay=1";
      return captions ? url + "&texttrack=" + lang : url;
    },
  };
  document.addEventListener("click", function (event) {
    var link = event.target.closest("[data-video-consent]");
    if (!link) return;
    var figure = link.closest("[data-video-provider]");
    var build = figure && EMBED[figure.dataset.videoProvider];
    if (!build) return;
    event.preventDefault();
    var frame = document.createElement("div");
    frame.className = "video__frame";
    var iframe = document.createElement("iframe");
    iframe.src = build(figure.dataset.videoId, figure.dataset.videoLang, figure.dataset.videoCaptions === "1");
    iframe.title = figure.dataset.videoTitle;
    iframe.allow = "autoplay; fullscreen; picture-in-picture";
    iframe.setAttribute("allowfullscreen", "");
    frame.appendChild(iframe);
    var consent = figure.querySelector(".video__consent");
    consent.replaceWith(frame);
    iframe.focus();
  });
})();
