/* Guidance as you type: checks the reply being written (debounced) with
 * POST /api/v1/guidance/check, lists what it found under the editor and highlights each finding
 * in place, in a mirror drawn behind the transparent textarea. Plain JS, no build step.
 *
 * Markup: <div class="guidance-editor" data-guidance-url="..." data-channel="community"
 *         data-csrf="..."><textarea>…</textarea></div> followed by <div class="guidance-live">.
 * The server checks again when the reply is published; this is a help, not the gate. The list
 * items match the server's (web/_findings.html#list), and the first check replaces the list the
 * server drew after a refused post, so each finding is listed once.
 *
 * The check is `live`: on a pasted draft the server reads only a few new sentences per answer
 * and lists the others as `pending`. While any is pending the region says it is still checking
 * (never "nothing found"), keeps what was found so far, and asks again after FOLLOW_UP_MS until
 * the answer is complete; typing cancels the follow-up and starts over. */
(function () {
  "use strict";

  var DEBOUNCE_MS = 400;
  var FOLLOW_UP_MS = 150;
  var CHECKING = "Still checking the wording of the last sentences…";
  var SUMMARIES = {
    block: "This reply cannot be published until you change what is marked.",
    review: "A reviewer will have to approve this reply before it is published.",
    warn: "You will be asked to confirm these warnings when you publish.",
    inform: "Worth a look before you publish."
  };
  // What the mirror copies from the textarea so that its text wraps exactly the same way.
  var COPIED = [
    "fontFamily", "fontSize", "fontWeight", "fontStyle", "fontVariant", "lineHeight",
    "letterSpacing", "wordSpacing", "textTransform", "textIndent", "tabSize", "direction",
    "paddingTop", "paddingRight", "paddingBottom", "paddingLeft",
    "borderTopWidth", "borderRightWidth", "borderBottomWidth", "borderLeftWidth",
    "borderTopStyle", "borderRightStyle", "borderBottomStyle", "borderLeftStyle"
  ];

  // The region's words in the reader's language (web/_findings.html#live: data-summary-block,
  // data-severity-warn, …), with the English ones above for a page that does not give them.
  function word(live, prefix, key, fallback) {
    var name = prefix + key.charAt(0).toUpperCase() + key.slice(1);
    return (key && live.dataset[name]) || fallback;
  }

  function csrfToken(editor) {
    if (editor.dataset.csrf) return editor.dataset.csrf;
    var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : "";
  }

  /* The API counts Unicode code points; JS strings count UTF-16 code units, in which a
   * character outside the Basic Multilingual Plane (most emoji) takes two. */
  function codeUnitIndex(text) {
    var index = [0];
    var units = 0;
    for (var ch of text) {
      units += ch.length;
      index.push(units);
    }
    return function (codePoints) {
      return index[Math.max(0, Math.min(codePoints, index.length - 1))];
    };
  }

  function toRanges(text, findings) {
    var at = codeUnitIndex(text);
    return findings
      .map(function (finding, i) {
        return { finding: finding, index: i, start: at(finding.start), end: at(finding.end) };
      })
      .filter(function (range) { return range.end > range.start; })
      .sort(function (a, b) { return a.start - b.start || b.end - a.end; });
  }

  function Editor(root) {
    this.root = root;
    this.textarea = root.querySelector("textarea");
    this.url = root.dataset.guidanceUrl;
    this.channel = root.dataset.channel || "community";
    this.live = root.nextElementSibling && root.nextElementSibling.classList.contains("guidance-live")
      ? root.nextElementSibling : document.createElement("div");
    this.timer = null;
    this.sequence = 0;
    this.controller = null;
    this.ranges = [];

    this.mirror = document.createElement("div");
    this.mirror.className = "guidance-mirror";
    this.mirror.setAttribute("aria-hidden", "true");
    root.insertBefore(this.mirror, this.textarea);
    root.classList.add("guidance-ready");

    var self = this;
    this.textarea.addEventListener("input", function () { self.schedule(); });
    this.textarea.addEventListener("scroll", function () { self.syncScroll(); });
    if (window.ResizeObserver) {
      new ResizeObserver(function () { self.syncBox(); }).observe(this.textarea);
    }
    window.addEventListener("resize", function () { self.syncBox(); });
    this.syncBox();
    if (this.textarea.value.trim()) this.check();
  }

  Editor.prototype.schedule = function () {
    var self = this;
    clearTimeout(this.timer);
    // Keep the marks over the words they belong to while the person types; the next answer
    // redraws them with fresh offsets.
    this.drawMirror(this.textarea.value, []);
    this.timer = setTimeout(function () { self.check(); }, DEBOUNCE_MS);
  };

  Editor.prototype.check = function () {
    var self = this;
    var text = this.textarea.value;
    var sequence = ++this.sequence;
    if (this.controller) this.controller.abort();
    if (!text.trim()) {
      this.show(text, { action: "publish", findings: [] });
      return;
    }
    this.controller = window.AbortController ? new AbortController() : null;
    fetch(this.url, {
      method: "POST",
      credentials: "same-origin",
      headers: {
        "Content-Type": "application/json",
        "Accept": "application/json",
        "X-CSRFToken": csrfToken(this.root)
      },
      body: JSON.stringify({ text: text, channel: this.channel, live: true }),
      signal: this.controller ? this.controller.signal : undefined
    })
      .then(function (response) {
        if (!response.ok) throw new Error("guidance check answered " + response.status);
        return response.json();
      })
      .then(function (result) {
        // An answer about text that has changed since is dropped: another check is coming.
        if (sequence !== self.sequence || self.textarea.value !== text) return;
        self.show(text, result);
        if (result.complete === false) {
          clearTimeout(self.timer);
          self.timer = setTimeout(function () { self.check(); }, FOLLOW_UP_MS);
        }
      })
      .catch(function (error) {
        if (error && error.name === "AbortError") return;
        if (sequence === self.sequence) self.unavailable();
      });
  };

  Editor.prototype.show = function (text, result) {
    this.ranges = toRanges(text, result.findings || []);
    this.drawMirror(text, this.ranges);
    this.drawList(text, result);
  };

  Editor.prototype.unavailable = function () {
    this.ranges = [];
    this.drawMirror(this.textarea.value, []);
    this.live.hidden = false;
    this.live.className = "guidance-live unavailable";
    this.live.textContent = "Guidance could not check this draft just now. It checks again when you publish.";
  };

  Editor.prototype.drawMirror = function (text, ranges) {
    var fragment = document.createDocumentFragment();
    var position = 0;
    ranges.forEach(function (range) {
      var start = Math.max(range.start, position);
      if (start >= range.end) return; // overlaps an earlier finding, which keeps the mark
      if (start > position) fragment.appendChild(document.createTextNode(text.slice(position, start)));
      var mark = document.createElement("mark");
      mark.dataset.kind = range.finding.kind;
      mark.dataset.severity = range.finding.severity;
      mark.dataset.finding = String(range.index);
      mark.textContent = text.slice(start, range.end);
      fragment.appendChild(mark);
      position = range.end;
    });
    // A trailing newline in a textarea opens a line; the mirror needs a character to do so.
    fragment.appendChild(document.createTextNode(text.slice(position) + "\u200b"));
    this.mirror.replaceChildren(fragment);
    this.syncScroll();
  };

  Editor.prototype.drawList = function (text, result) {
    var self = this;
    var findings = result.findings || [];
    var checking = result.complete === false;
    this.live.className = "guidance-live action-" + (result.action || "publish") +
      (checking ? " checking" : "");
    this.live.setAttribute("aria-busy", checking ? "true" : "false");
    if (!findings.length && !checking) {
      this.live.hidden = true;
      this.live.replaceChildren();
      return;
    }
    var parts = [];
    if (findings.length) {
      var summary = document.createElement("p");
      summary.className = "guidance-summary";
      summary.textContent = word(this.live, "summary", result.action || "", SUMMARIES[result.action] || "");
      parts.push(summary);
    }
    if (checking) {
      // Neutral: the pending sentences are neither cleared nor flagged yet.
      var note = document.createElement("p");
      note.className = "guidance-checking";
      note.textContent = this.live.dataset.checking || CHECKING;
      parts.push(note);
    }
    if (!findings.length) {
      this.live.replaceChildren.apply(this.live, parts);
      this.live.hidden = false;
      return;
    }
    var list = document.createElement("ul");
    list.className = "guidance-findings";
    this.ranges.forEach(function (range) {
      var finding = range.finding;
      var item = document.createElement("li");
      item.dataset.kind = finding.kind;
      item.dataset.severity = finding.severity;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "guidance-finding";
      button.title = self.live.dataset.selectHint || "Select it in your reply";
      var label = document.createElement("strong");
      label.textContent = finding.label || finding.kind;  // the API names each finding
      var severity = document.createElement("span");
      severity.className = "pill severity-" + finding.severity;
      severity.textContent = word(self.live, "severity", finding.severity || "", finding.severity);
      var quote = document.createElement("q");
      quote.textContent = text.slice(range.start, range.end);
      var message = document.createElement("span");
      message.className = "guidance-message";
      message.textContent = finding.message;
      var suggestion = document.createElement("span");
      suggestion.className = "guidance-suggestion";
      suggestion.textContent = finding.suggestion;
      button.append(label, " ", severity, " ", quote, message, suggestion);
      button.addEventListener("click", function () { self.select(range); });
      item.appendChild(button);
      if (finding.kind === "internal_reference" && self.live.dataset.reportUrl) {
        item.appendChild(self.reportButton(text, finding));
      }
      list.appendChild(item);
    });
    parts.splice(1, 0, list);
    this.live.replaceChildren.apply(this.live, parts);
    this.live.hidden = false;
  };

  /* "Not confidential here": the register finding is the word in its ordinary sense. The
   * server finds the finding again at its offsets (code points, as the check gave them); a
   * register manager's report is a rule at once and the draft is checked again, anyone else's
   * waits for a manager. */
  Editor.prototype.reportButton = function (text, finding) {
    var self = this;
    var data = this.live.dataset;
    var report = document.createElement("button");
    report.type = "button";
    report.className = "guidance-report";
    report.textContent = data.reportLabel || "Not confidential here";
    report.title = data.reportTitle || "";
    report.addEventListener("click", function () {
      report.disabled = true;
      fetch(data.reportUrl, {
        method: "POST",
        credentials: "same-origin",
        headers: {
          "Content-Type": "application/json",
          "Accept": "application/json",
          "X-CSRFToken": csrfToken(self.root)
        },
        body: JSON.stringify({ text: text, start: finding.start, end: finding.end })
      })
        .then(function (response) {
          return response.json().then(function (body) { return { ok: response.ok, body: body }; });
        })
        .then(function (answer) {
          var said = document.createElement("span");
          said.className = "guidance-reported";
          said.setAttribute("role", "status");
          if (answer.ok) {
            said.textContent = answer.body.status === "accepted"
              ? data.reportedAccepted : data.reportedPending;
          } else {
            said.textContent = answer.body.detail || data.reportFailed;
          }
          report.replaceWith(said);
          if (answer.ok && answer.body.status === "accepted") {
            clearTimeout(self.timer);
            self.timer = setTimeout(function () { self.check(); }, FOLLOW_UP_MS);
          }
        })
        .catch(function () {
          report.disabled = false;
          report.textContent = data.reportFailed || "The report could not be sent just now.";
        });
    });
    return report;
  };

  /* "This is <term>": on a page that shows a post to name a term in (data-phrase-source), the
   * words selected in the post are copied into the phrase field. */
  function phraseSources() {
    var sources = document.querySelectorAll("[data-phrase-source]");
    Array.prototype.forEach.call(sources, function (source) {
      var input = document.getElementById(source.dataset.phraseSource);
      if (!input) return;
      document.addEventListener("selectionchange", function () {
        var selection = document.getSelection();
        if (!selection || selection.isCollapsed || !selection.rangeCount) return;
        if (!source.contains(selection.getRangeAt(0).commonAncestorContainer)) return;
        var words = selection.toString().replace(/\s+/g, " ").trim();
        if (words) input.value = words;
      });
    });
  }

  Editor.prototype.select = function (range) {
    this.textarea.focus();
    this.textarea.setSelectionRange(range.start, range.end);
    var mark = this.mirror.querySelector("mark[data-finding='" + range.index + "']");
    if (mark) this.textarea.scrollTop = Math.max(0, mark.offsetTop - this.textarea.clientHeight / 2);
  };

  Editor.prototype.syncBox = function () {
    var style = window.getComputedStyle(this.textarea);
    var mirrorStyle = this.mirror.style;
    COPIED.forEach(function (name) { mirrorStyle[name] = style[name]; });
    var borders = parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth);
    // clientWidth leaves out a scrollbar, so the mirror wraps at the same width as the text.
    mirrorStyle.width = (this.textarea.clientWidth + borders) + "px";
    mirrorStyle.height = this.textarea.offsetHeight + "px";
    mirrorStyle.top = this.textarea.offsetTop + "px";
    mirrorStyle.left = this.textarea.offsetLeft + "px";
    this.syncScroll();
  };

  Editor.prototype.syncScroll = function () {
    this.mirror.scrollTop = this.textarea.scrollTop;
    this.mirror.scrollLeft = this.textarea.scrollLeft;
  };

  function start() {
    var editors = document.querySelectorAll(".guidance-editor[data-guidance-url]");
    Array.prototype.forEach.call(editors, function (root) {
      if (root.querySelector("textarea") && !root.classList.contains("guidance-ready")) {
        new Editor(root);
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
    document.addEventListener("DOMContentLoaded", phraseSources);
  } else {
    start();
    phraseSources();
  }
})();
