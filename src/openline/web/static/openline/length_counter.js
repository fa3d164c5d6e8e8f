/* The post length counter of a reply box on a channel with a limit (Mastodon 500 characters,
 * Bluesky 300 graphemes, X 280), and of the ask form's title. Markup: <p data-length-counter
 * data-for="<textarea or input id>" data-limit="500" data-unit="characters|graphemes"
 * data-url-length="23" data-over=" — what to say when over">. It counts as the
 * network does where it can (a link as `data-url-length`, graphemes with Intl.Segmenter) and
 * says when the text will not fit one post. The server checks again: this is only a guide.
 */
(function () {
  "use strict";

  var segmenter = null;
  try {
    segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
  } catch (e) {
    segmenter = null;
  }

  function measure(text, unit, urlLength) {
    if (urlLength > 0) {
      text = text.replace(/https?:\/\/[^\s<>"]+/gi, new Array(urlLength + 1).join("x"));
      text = text.replace(/(^|[^\w@])@(\w[\w.-]*)@[\w.-]+\.\w+/g, "$1@$2");
    }
    text = text.trim();
    if (unit === "graphemes" && segmenter) {
      var n = 0;
      var it = segmenter.segment(text)[Symbol.iterator]();
      while (!it.next().done) n++;
      return n;
    }
    return Array.from(text).length;
  }

  function attach(counter) {
    var box = document.getElementById(counter.getAttribute("data-for"));
    if (!box) return;
    var limit = parseInt(counter.getAttribute("data-limit"), 10) || 0;
    var unit = counter.getAttribute("data-unit") || "characters";
    var urlLength = parseInt(counter.getAttribute("data-url-length"), 10) || 0;
    var output = counter.querySelector("[data-count]") || counter;
    var overText = counter.getAttribute("data-over") ||
      " — too long for one post: shorten it or send it as a thread";
    function update() {
      var used = measure(box.value, unit, urlLength);
      var over = used > limit;
      output.textContent = used + " / " + limit + " " + unit +
        (over ? overText : "");
      counter.classList.toggle("over", over);
    }
    box.addEventListener("input", update);
    update();
  }

  function start() {
    var counters = document.querySelectorAll("[data-length-counter]");
    for (var i = 0; i < counters.length; i++) attach(counters[i]);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
