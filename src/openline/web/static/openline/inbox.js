/* Openline inbox: live updates, keyboard shortcuts, canned replies and @-mention suggestions.
 * Everything here is an enhancement: the pages work without it.
 *
 * Live: the page waits at /inbox/live/wait/?v=<generation> with the live token of the last full
 * answer (bound to the session; the server answers from it without reading the session while
 * the reader's access holds). `openline serve` with OPENLINE_SERVE_HOLDS=N holds that request
 * (on a thread of its own, inbox.holds; with --held-waits on the event loop) until the inbox
 * changes (or for up to 25 s)
 * and answers 204 with the current generation and `X-Inbox-Held`; when the generation moved,
 * the page fetches the fragment (/inbox/live/?v=… or /inbox/<id>/live/) and waits again. Where
 * nothing holds the wait (no `X-Inbox-Held`: another WSGI server, the test client, a process
 * whose held waits are all taken, `openline serve`'s default) the page polls the fragment's URL
 * every 500 ms ± 100 ms instead, counted
 * from each poll's start (the spread keeps 500 open inboxes from asking in step; a slow answer
 * does not stretch the pace): 204 while nothing changed, the new
 * fragment in the same answer when something did. A failed or refused wait falls back to the
 * full poll, which says what to do. The fragment is asked for unconditionally every 30 s (so
 * SLA clocks advance) and at the moment the next SLA deadline passes (so the warning shows at
 * once). Hidden tabs fetch at most every 10 s and catch up as soon as they are shown.
 */
(function () {
  "use strict";

  var POLL_MS = 500;
  var POLL_JITTER_MS = 100;
  var HIDDEN_POLL_MS = 10000;
  var ERROR_POLL_MS = 5000;
  var REFRESH_MS = 30000;
  var WAIT_MS = 25000;

  var layout = document.querySelector("[data-inbox-page]");
  if (!layout) return;
  var page = layout.getAttribute("data-inbox-page");
  var waitUrl = layout.getAttribute("data-wait-url");

  function csrfToken() {
    var input = document.querySelector("input[name=csrfmiddlewaretoken]");
    if (input) return input.value;
    try {
      return JSON.parse(document.body.getAttribute("hx-headers") || "{}")["X-CSRFToken"] || "";
    } catch (e) {
      return "";
    }
  }

  function say(text) {
    var line = document.getElementById("inbox-live-status");
    if (line) line.textContent = text;
  }

  // The status line's words in the reader's language (inbox/index.html: data-paused, …), with
  // the English ones written here for a page that does not give them.
  function words(key, fallback) {
    var line = document.getElementById("inbox-live-status");
    return (line && line.dataset[key]) || fallback;
  }

  /* ---------------------------------------------------------------- live updates */

  function startLive(id, afterSwap) {
    var rendered = Date.now();
    var token = null;
    var forcedFor = null;
    var stopped = false;
    var timer = null;
    var waiting = null; // the AbortController of the wait in flight
    var waitRefused = false; // the last wait was not answered 204: poll at the old pace
    // A wait answered at once (nothing holds waits: Granian WSGI, the default): poll the
    // fragment's URL instead, which answers 204 or, after a change, the new fragment itself —
    // one request where a wait and then a fetch would take two.
    var unheld = false;
    var step = 0; // answers of an older step are ignored

    function box() {
      return document.getElementById(id);
    }

    function schedule(ms, next) {
      clearTimeout(timer);
      step += 1;
      if (waiting) waiting.abort();
      waiting = null;
      if (!stopped) timer = setTimeout(next, ms);
    }

    function swap(html, generation) {
      var current = box();
      var holder = document.createElement("template");
      holder.innerHTML = html.trim();
      var fresh = holder.content.firstElementChild;
      if (!current || !fresh || fresh.id !== id) return;
      var hadFocus = current.contains(document.activeElement);
      document.dispatchEvent(new CustomEvent("inbox:before-swap"));
      current.replaceWith(fresh);
      if (generation) fresh.setAttribute("data-generation", generation);
      if (window.htmx) window.htmx.process(fresh);
      if (afterSwap) afterSwap(fresh, hadFocus);
    }

    function spread() {
      return POLL_MS + (Math.random() * 2 - 1) * POLL_JITTER_MS;
    }

    /* The next poll a spread after this one was asked, not after it was answered: a slow
     * answer (a busy server) does not stretch the time until a change is seen. */
    function nextPoll(asked) {
      return Math.max(0, spread() - (Date.now() - asked));
    }

    function headers(current) {
      return { "X-Inbox-Token": token || current.getAttribute("data-live-token") || "" };
    }

    /* Until the fragment must be fetched anyway: the 30 s refresh or the next SLA deadline. */
    function untilRefresh(current) {
      var now = Date.now();
      var due = Number(current.getAttribute("data-next-due") || 0) * 1000;
      var left = REFRESH_MS - (now - rendered);
      if (due && forcedFor !== due) left = Math.min(left, due - now);
      return left;
    }

    /* Wait for a change where the server holds waits; hidden tabs hold no connection. */
    function wait() {
      var current = box();
      if (!current || stopped) return;
      var left = untilRefresh(current);
      if (!waitUrl || unheld || waitRefused || document.hidden || left <= 0) return poll();
      var url = new URL(waitUrl, window.location.href);
      url.searchParams.set("v", current.getAttribute("data-generation"));
      url.searchParams.set("hold", String(Math.max(1000, Math.min(WAIT_MS, left)) / 1000));
      var mine = step;
      var controller = window.AbortController ? new AbortController() : null;
      waiting = controller;
      fetch(url, {
        credentials: "same-origin",
        cache: "no-store",
        headers: headers(current),
        signal: controller ? controller.signal : undefined,
      }).then(
        function (response) {
          if (mine !== step) return;
          waiting = null;
          if (response.status !== 204) {
            waitRefused = true; // the full poll checks the session and renews the token
            return poll();
          }
          say("");
          var generation = response.headers.get("X-Inbox-Generation");
          var held = response.headers.get("X-Inbox-Held");
          if (!held) unheld = true;
          if (generation !== box().getAttribute("data-generation")) return poll();
          schedule(held ? 0 : spread(), wait);
        },
        function () {
          if (mine !== step) return;
          waiting = null;
          say(words("paused", "Live updates paused: the server cannot be reached. Retrying…"));
          schedule(ERROR_POLL_MS, poll);
        }
      );
    }

    function poll() {
      var current = box();
      if (!current || stopped) return;
      var url = new URL(current.getAttribute("data-live-url"), window.location.href);
      var now = Date.now();
      var due = Number(current.getAttribute("data-next-due") || 0) * 1000;
      var duePassed = due && now >= due && forcedFor !== due;
      if (now - rendered < REFRESH_MS && !duePassed) {
        url.searchParams.set("v", current.getAttribute("data-generation"));
      }
      if (duePassed) forcedFor = due;
      var mine = step;
      var asked = Date.now();
      fetch(url, { credentials: "same-origin", cache: "no-store", headers: headers(current) })
        .then(function (response) {
          if (mine !== step) return null;
          token = response.headers.get("X-Inbox-Token") || token;
          if (response.status === 204) return null;
          if (response.status === 200) {
            return response.text().then(function (html) {
              swap(html, response.headers.get("X-Inbox-Generation"));
              rendered = Date.now();
              say("");
            });
          }
          stopped = true;
          return response.text().then(function (text) {
            say(
              words("stopped", "Live updates stopped:") + " " + (text || response.statusText) + " " +
                words("reload", "Reload the page.")
            );
          });
        })
        .then(
          function () {
            if (mine !== step) return;
            var refused = waitRefused;
            waitRefused = false;
            if (document.hidden) schedule(HIDDEN_POLL_MS, wait);
            else if (!waitUrl || refused || unheld) schedule(nextPoll(asked), waitUrl ? wait : poll);
            else schedule(0, wait);
          },
          function () {
            if (mine !== step) return;
            say(words("paused", "Live updates paused: the server cannot be reached. Retrying…"));
            schedule(ERROR_POLL_MS, poll);
          }
        );
    }

    document.addEventListener("visibilitychange", function () {
      // Shown: catch up at once. Hidden: give the held connection back (browsers allow a few
      // per site) and fetch every 10 s.
      schedule(document.hidden ? HIDDEN_POLL_MS : 0, poll);
    });
    schedule(waitUrl ? 0 : POLL_MS, waitUrl ? wait : poll);
    return {
      now: function () {
        schedule(0, poll);
      },
    };
  }

  /* ---------------------------------------------------------------- actions without a reload */

  function post(url, fields) {
    var body = new FormData();
    Object.keys(fields).forEach(function (name) {
      body.append(name, fields[name]);
    });
    return fetch(url, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "X-CSRFToken": csrfToken(), "HX-Request": "true" },
    }).then(function (response) {
      if (response.ok) return true;
      return response.text().then(function (text) {
        say(text || words("failed", "That did not work ({status}).").replace("{status}", response.status));
        return false;
      });
    });
  }

  function submitForm(id) {
    var form = document.getElementById(id);
    if (form) form.requestSubmit ? form.requestSubmit() : form.submit();
  }

  function focusField(selector) {
    var field = document.querySelector(selector);
    if (!field) return;
    var fold = field.closest("details");
    if (fold) fold.open = true;  // the filters, folded on a phone
    field.scrollIntoView({ block: "center" });
    field.focus();
  }

  /* ---------------------------------------------------------------- the list */

  var selectedId = null;
  var live = null;

  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll("#inbox-live tr.inbox-row"));
  }

  function select(row, focus) {
    rows().forEach(function (r) {
      r.classList.toggle("is-selected", r === row);
    });
    if (!row) return;
    selectedId = row.getAttribute("data-conversation");
    row.scrollIntoView({ block: "nearest" });
    var link = row.querySelector("a");
    if (focus && link) link.focus({ preventScroll: true });
  }

  function selected() {
    return document.querySelector("#inbox-live tr.inbox-row.is-selected");
  }

  function move(step) {
    var all = rows();
    if (!all.length) return;
    var index = all.indexOf(selected());
    index = index < 0 ? (step > 0 ? 0 : all.length - 1) : index + step;
    select(all[Math.max(0, Math.min(all.length - 1, index))], true);
  }

  function onSelected(action) {
    var row = selected();
    if (!row) {
      say(words("pickFirst", "Select a conversation first with j or k."));
      return;
    }
    action(row).then(function (ok) {
      if (ok && live) live.now();
    });
  }

  var listKeys = {
    j: function () {
      move(1);
    },
    k: function () {
      move(-1);
    },
    o: function () {
      var row = selected();
      if (row) window.location.href = row.getAttribute("data-href");
    },
    Enter: function () {
      var row = selected();
      if (row) window.location.href = row.getAttribute("data-href");
    },
    a: function () {
      onSelected(function (row) {
        return post(row.getAttribute("data-assign-url"), { assignee: "me" });
      });
    },
    s: function () {
      onSelected(function (row) {
        return post(row.getAttribute("data-status-url"), { status: "solved" });
      });
    },
    p: function () {
      onSelected(function (row) {
        return post(row.getAttribute("data-status-url"), { status: "pending" });
      });
    },
    x: function () {
      var row = selected();
      var box = row && row.querySelector(".col-pick input");
      if (!box) {
        say(words("pickFirst", "Select a conversation first with j or k."));
        return;
      }
      box.checked = !box.checked;
      countPicked();
    },
    "/": function () {
      focusField("#f-q");
    },
  };

  /* Rows picked for a bulk change survive the live refresh of the list. */
  function pickedBoxes() {
    return Array.prototype.slice.call(
      document.querySelectorAll('#inbox-live input[name="conversation"]:checked')
    );
  }

  function countPicked() {
    var label = document.getElementById("bulk-count");
    if (!label) return;
    var n = pickedBoxes().length;
    label.textContent = n === 1
      ? words("pickedOne", "1 conversation selected:")
      : n
        ? words("pickedMany", "{count} conversations selected:").replace("{count}", n)
        : words("pickNone", "Select rows (x) to change several at once:");
  }

  function keepPicked(fresh, ids) {
    ids.forEach(function (id) {
      var box = fresh.querySelector('input[name="conversation"][value="' + id + '"]');
      if (box) box.checked = true;
    });
    countPicked();
  }

  document.addEventListener("change", function (event) {
    var target = event.target;
    if (target.id === "bulk-all") {
      document.querySelectorAll('#inbox-live input[name="conversation"]').forEach(function (box) {
        box.checked = target.checked;
      });
    }
    if (target.id === "bulk-all" || target.name === "conversation") countPicked();
  });
  listKeys.e = listKeys.s;

  /* ---------------------------------------------------------------- one conversation */

  var conversationKeys = {
    r: function () {
      focusField("#reply-form textarea");
    },
    n: function () {
      focusField("#note-form textarea");
    },
    c: function () {
      focusField("#canned-select");
    },
    a: function () {
      submitForm("assign-me-form");
    },
    s: function () {
      submitForm("solve-form");
    },
    e: function () {
      submitForm("solve-next-form");
    },
    p: function () {
      submitForm("pending-form");
    },
    u: function () {
      window.location.href = layout.getAttribute("data-list-url");
    },
  };

  function insertAtCursor(field, text) {
    var start = field.selectionStart || 0;
    var end = field.selectionEnd || 0;
    field.value = field.value.slice(0, start) + text + field.value.slice(end);
    field.selectionStart = field.selectionEnd = start + text.length;
    field.focus();
  }

  function setUpCanned() {
    var form = document.getElementById("canned-form");
    var reply = document.querySelector("#reply-form textarea");
    if (!form || !reply) return;
    form.addEventListener("submit", function (event) {
      var choice = form.querySelector("select").value;
      event.preventDefault();
      if (!choice) return;
      fetch(form.getAttribute("data-canned-url") + encodeURIComponent(choice) + "/", {
        credentials: "same-origin",
      })
        .then(function (response) {
          if (!response.ok) throw new Error(String(response.status));
          return response.text();
        })
        .then(function (text) {
          insertAtCursor(reply, text);
          form.querySelector("select").value = "";
        })
        .catch(function () {
          form.submit();
        });
    });
  }

  function setUpMentions() {
    var form = document.getElementById("note-form");
    var list = document.getElementById("mention-suggestions");
    if (!form || !list) return;
    var field = form.querySelector("textarea");
    var url = form.getAttribute("data-colleagues-url");
    var conversationId = layout.getAttribute("data-conversation");
    var pending = null;
    var active = -1;

    function partial() {
      var before = field.value.slice(0, field.selectionStart);
      var match = /(^|[^\w@])@([\w.+-]{0,150})$/.exec(before);
      return match ? match[2] : null;
    }

    function close() {
      list.hidden = true;
      list.innerHTML = "";
      active = -1;
    }

    function pick(username) {
      var caret = field.selectionStart;
      var typed = partial() || "";
      var start = caret - typed.length;
      field.value = field.value.slice(0, start) + username + " " + field.value.slice(caret);
      field.selectionStart = field.selectionEnd = start + username.length + 1;
      close();
      field.focus();
    }

    function highlight(index) {
      var items = list.querySelectorAll("li");
      active = (index + items.length) % items.length;
      items.forEach(function (item, i) {
        item.setAttribute("aria-selected", i === active ? "true" : "false");
      });
    }

    function show(colleagues) {
      list.innerHTML = "";
      colleagues.forEach(function (person) {
        var item = document.createElement("li");
        item.setAttribute("role", "option");
        item.textContent = "@" + person.username + " — " + person.name;
        if (person.reason) {
          var reason = document.createElement("span");
          reason.className = "muted";
          reason.textContent = " · " + person.reason;
          item.appendChild(reason);
        }
        item.addEventListener("mousedown", function (event) {
          event.preventDefault();
          pick(person.username);
        });
        item.setAttribute("data-username", person.username);
        list.appendChild(item);
      });
      list.hidden = colleagues.length === 0;
      if (colleagues.length) highlight(0);
    }

    field.addEventListener("input", function () {
      var typed = partial();
      clearTimeout(pending);
      if (typed === null) return close();
      pending = setTimeout(function () {
        var query = "?q=" + encodeURIComponent(typed);
        // On a conversation, colleagues who know its topic come first, with the reason.
        if (conversationId) query += "&conversation=" + encodeURIComponent(conversationId);
        fetch(url + query, { credentials: "same-origin" })
          .then(function (response) {
            return response.ok ? response.json() : { colleagues: [] };
          })
          .then(function (data) {
            if (partial() === typed) show(data.colleagues);
          })
          .catch(close);
      }, 120);
    });
    field.addEventListener("keydown", function (event) {
      if (list.hidden) return;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        highlight(active + (event.key === "ArrowDown" ? 1 : -1));
      } else if (event.key === "Enter" || event.key === "Tab") {
        var item = list.querySelectorAll("li")[active];
        if (item && !event.ctrlKey && !event.metaKey) {
          event.preventDefault();
          event.stopPropagation();
          pick(item.getAttribute("data-username"));
        }
      } else if (event.key === "Escape") {
        event.preventDefault();
        event.stopPropagation();
        close();
      }
    });
    field.addEventListener("blur", function () {
      setTimeout(close, 150);
    });
    // "Ask in a note" in the Who-knows-this panel (loaded after the page): start a note to
    // that colleague.
    document.addEventListener("click", function (event) {
      var button = event.target.closest && event.target.closest("[data-mention]");
      if (!button) return;
      var mention = "@" + button.getAttribute("data-mention") + " ";
      if (field.value.indexOf(mention) !== 0) {
        field.value = mention + field.value.replace(/^\s+/, "");
      }
      field.scrollIntoView({ block: "center" });
      field.focus();
      field.selectionStart = field.selectionEnd = field.value.length;
    });
  }

  /* ---------------------------------------------------------------- help and keys */

  var help = document.getElementById("inbox-help");

  function toggleHelp() {
    if (!help) return;
    if (help.open) help.close();
    else if (help.showModal) help.showModal();
    else help.setAttribute("open", "");
  }

  document.querySelectorAll("[data-inbox-help-open]").forEach(function (button) {
    button.addEventListener("click", toggleHelp);
  });

  function typing(target) {
    return (
      target.isContentEditable ||
      (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName || "") && target.type !== "checkbox")
    );
  }

  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.isComposing) return;
    var target = event.target;
    if (typing(target)) {
      if ((event.ctrlKey || event.metaKey) && event.key === "Enter" && target.form &&
          (target.form.id === "reply-form" || target.form.id === "note-form")) {
        event.preventDefault();
        target.form.requestSubmit ? target.form.requestSubmit() : target.form.submit();
      } else if (event.key === "Escape") {
        target.blur();
      }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "?") {
      event.preventDefault();
      toggleHelp();
      return;
    }
    if (help && help.open) return;
    var keys = page === "list" ? listKeys : conversationKeys;
    var action = Object.prototype.hasOwnProperty.call(keys, event.key) && keys[event.key];
    // Enter on a focused link, button or summary (the folded filters) keeps its own meaning;
    // so does Space on a button or summary.
    if (event.key === "Enter" && /^(A|BUTTON|SUMMARY)$/.test(target.tagName || "")) return;
    if (event.key === " " && /^(BUTTON|SUMMARY)$/.test(target.tagName || "")) return;
    if (action) {
      event.preventDefault();
      action();
    }
  });

  if (page === "list") {
    var picked = [];
    document.addEventListener("inbox:before-swap", function () {
      picked = pickedBoxes().map(function (box) {
        return box.value;
      });
    });
    live = startLive("inbox-live", function (fresh, hadFocus) {
      keepPicked(fresh, picked);
      if (selectedId === null) return;
      var row = fresh.querySelector('tr.inbox-row[data-conversation="' + selectedId + '"]');
      if (row) select(row, hadFocus);
    });
  } else {
    startLive("conversation-live");
    setUpCanned();
    setUpMentions();
  }
})();
