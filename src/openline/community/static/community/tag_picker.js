/* A tag picker over a <select multiple data-tag-picker>: chips for the chosen tags (each with a
 * remove button), a search box that filters the tags as one types, and a list of matches to
 * pick from with the mouse or the keyboard (Up/Down move, Enter adds, Escape closes,
 * Backspace in the empty box removes the last chip). The <select> stays in the form, hidden,
 * and keeps the choice: without JavaScript it is the plain multi-select, and the form posts
 * the same either way. Announcements go to a polite live region.
 *
 * Its words come from the help paragraph (aria-describedby), in the reader's language:
 * data-tag-picker-placeholder, -chosen, -remove, -added, -removed and -none, where {name}
 * stands for the tag (or, for -none, what was typed); English when the page gives none.
 */
(function () {
  "use strict";

  var counter = 0;

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    for (var name in attrs) node.setAttribute(name, attrs[name]);
    if (text) node.textContent = text;
    return node;
  }

  function words(node) {
    var data = node ? node.dataset : {};
    return {
      placeholder: data.tagPickerPlaceholder || "Type to find one",
      chosen: data.tagPickerChosen || "Chosen",
      remove: data.tagPickerRemove || "Remove {name}",
      added: data.tagPickerAdded || "{name} added.",
      removed: data.tagPickerRemoved || "{name} removed.",
      none: data.tagPickerNone || "No product area matches “{name}”."
    };
  }

  function fill(text, name) { return text.split("{name}").join(name); }

  function enhance(select) {
    var id = select.id || "tag-picker-" + (++counter);
    var label = document.querySelector('label[for="' + id + '"]');
    var help = select.getAttribute("aria-describedby");
    var helpNode = help ? document.getElementById(help) : null;
    var said = words(helpNode);
    var box = el("div", { "class": "tag-picker" });
    var chips = el("ul", { "class": "chips", "aria-label": said.chosen + (label ? ": " + label.textContent : "") });
    var input = el("input", {
      type: "text", id: id + "-search", role: "combobox", autocomplete: "off",
      "aria-autocomplete": "list", "aria-expanded": "false", "aria-controls": id + "-options",
      placeholder: said.placeholder
    });
    if (help) input.setAttribute("aria-describedby", help);
    // tabindex -1: Chromium lets Tab stop on a box that scrolls, and the open list scrolls once
    // it holds more tags than it shows; Tab there closed it and dropped the focus on the page.
    var list = el("ul", { id: id + "-options", role: "listbox", "class": "tag-options", hidden: "", tabindex: "-1" });
    if (label) list.setAttribute("aria-label", label.textContent);
    var status = el("p", { "class": "visually-hidden", role: "status" });
    box.appendChild(chips);
    box.appendChild(input);
    box.appendChild(list);
    box.appendChild(status);
    select.hidden = true;
    select.setAttribute("aria-hidden", "true");
    select.tabIndex = -1;
    select.parentNode.insertBefore(box, select.nextSibling);
    if (label) label.setAttribute("for", input.id);
    if (helpNode && helpNode.getAttribute("data-tag-picker-help")) {
      helpNode.textContent = helpNode.getAttribute("data-tag-picker-help");
    }
    var active = -1;

    function options() { return Array.prototype.slice.call(select.options); }

    function say(text) { status.textContent = text; }

    function drawChips() {
      chips.textContent = "";
      options().forEach(function (option) {
        if (!option.selected) return;
        var chip = el("li", { "class": "chip" });
        chip.appendChild(el("span", {}, option.text));
        var remove = el("button", { type: "button", "aria-label": fill(said.remove, option.text) }, "×");
        remove.addEventListener("click", function () {
          option.selected = false;
          drawChips();
          drawList();
          say(fill(said.removed, option.text));
          input.focus();
        });
        chip.appendChild(remove);
        chips.appendChild(chip);
      });
      chips.hidden = !chips.children.length;
    }

    function matches() {
      var query = input.value.trim().toLowerCase();
      return options().filter(function (option) {
        return !option.selected && (!query || option.text.toLowerCase().indexOf(query) !== -1);
      });
    }

    function drawList() {
      list.textContent = "";
      var found = matches();
      if (active >= found.length) active = found.length - 1;
      found.forEach(function (option, i) {
        var item = el("li", {
          role: "option", id: id + "-option-" + option.index,
          "aria-selected": i === active ? "true" : "false"
        }, option.text);
        item.addEventListener("mousedown", function (event) {
          event.preventDefault(); // keep the focus in the box
          choose(option);
        });
        list.appendChild(item);
      });
      var open = document.activeElement === input && found.length > 0;
      list.hidden = !open;
      input.setAttribute("aria-expanded", open ? "true" : "false");
      if (open && active >= 0) {
        input.setAttribute("aria-activedescendant", id + "-option-" + found[active].index);
      } else {
        input.removeAttribute("aria-activedescendant");
      }
      if (document.activeElement === input && input.value.trim() && !found.length) {
        say(fill(said.none, input.value.trim()));
      }
    }

    function choose(option) {
      option.selected = true;
      input.value = "";
      active = -1;
      drawChips();
      drawList();
      say(fill(said.added, option.text));
    }

    input.addEventListener("input", function () { active = 0; drawList(); });
    input.addEventListener("focus", drawList);
    input.addEventListener("blur", function () {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
    });
    input.addEventListener("keydown", function (event) {
      var found = matches();
      if (event.key === "ArrowDown") {
        active = Math.min(active + 1, found.length - 1);
        drawList();
        event.preventDefault();
      } else if (event.key === "ArrowUp") {
        active = Math.max(active - 1, 0);
        drawList();
        event.preventDefault();
      } else if (event.key === "Enter") {
        // Enter picks a match; with no list open it is the form's Enter as usual.
        if (!list.hidden && found.length) {
          choose(found[Math.max(active, 0)]);
          event.preventDefault();
        }
      } else if (event.key === "Escape") {
        list.hidden = true;
        input.setAttribute("aria-expanded", "false");
      } else if (event.key === "Backspace" && !input.value) {
        var chosen = options().filter(function (o) { return o.selected; });
        if (chosen.length) {
          var last = chosen[chosen.length - 1];
          last.selected = false;
          drawChips();
          drawList();
          say(fill(said.removed, last.text));
        }
      }
    });
    drawChips();
  }

  function start() {
    var selects = document.querySelectorAll("select[multiple][data-tag-picker]");
    for (var i = 0; i < selects.length; i++) enhance(selects[i]);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
