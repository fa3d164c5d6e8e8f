"""What a reader sees line by line in a page's `main`, as one script for the browser tests and
the QA walk (bench/qa_walk.py) alike."""

# The characters of `main` in reading order, grouped into lines: a character whose middle is more
# than 8 px above or below the line's first starts the next line (a pill's or badge's letters sit
# a little off the text's centre). A stray separator is a "·" alone on its line, first on it, or
# last on it as an item of its own: a text of a flex or grid container (each is an item of the
# wrapping row) or set apart from what it follows; "word&nbsp;·" ending a line of running text is
# how text wraps. The script returns, for each stray separator,
# the first 50 characters of the text around it.
STRAY_SEPARATORS = """() => {
  const main = document.querySelector("main") || document.body;
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  const lines = [];
  let line = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const display = getComputedStyle(node.parentElement).display;
    const item = /flex|grid/.test(display);
    for (let i = 0; i < node.data.length; i++) {
      if (!node.data[i].trim()) continue;
      const range = document.createRange();
      range.setStart(node, i); range.setEnd(node, i + 1);
      const box = range.getBoundingClientRect();
      if (!box.width) continue;
      const middle = box.top + box.height / 2;
      if (!line || Math.abs(middle - line.middle) > 8) {
        line = {middle, chars: []};
        lines.push(line);
      }
      line.chars.push({left: box.left, right: box.right, char: node.data[i], item,
        text: (node.parentElement.innerText || "").trim().slice(0, 50)});
    }
  }
  const dots = [];
  for (const {chars} of lines) {
    chars.sort((a, b) => a.left - b.left);
    const first = chars[0], last = chars[chars.length - 1];
    const before = chars[chars.length - 2];
    if (first.char === "·"
        || last.char === "·" && (!before || last.item || last.left - before.right > 16))
      dots.push(last.text);
  }
  return dots;
}"""


# Opens every closed <details> of the page's `main` (a reply's flag form, the inbox's folded
# filters), so the measures below see the fields a user sees once they open one: measured closed,
# their placeholders and choices were never looked at (session 32). Returns how many it opened.
OPEN_DETAILS = """() => {
  const main = document.querySelector("main") || document.body;
  const closed = [...main.querySelectorAll("details:not([open])")];
  for (const details of closed) details.open = true;
  return closed.length;
}"""


# Fields of the whole page whose placeholder does not fit inside them, measured in the field's own
# font: a one-line input shows only its start ("Ein Thema, z. B. OpenThe"); a text area wraps
# it, so its lines (at least as many as its width needs) must fit its height. Returns each such
# placeholder.
CUT_PLACEHOLDERS = """() => {
  const canvas = document.createElement("canvas").getContext("2d");
  const cut = [];
  for (const field of document.querySelectorAll("input[placeholder], textarea[placeholder]")) {
    if (!field.checkVisibility() || field.value) continue;  // hidden (OPEN_DETAILS opens <details>)
    const style = getComputedStyle(field);
    canvas.font = style.font;
    const px = (name) => parseFloat(style[name]) || 0;
    const room = field.clientWidth - px("paddingLeft") - px("paddingRight");
    const width = canvas.measureText(field.getAttribute("placeholder")).width;
    if (field.tagName === "INPUT" ? width > room + 1
        : Math.ceil(width / room) * (px("lineHeight") || px("fontSize") * 1.2)
          > field.clientHeight - px("paddingTop") - px("paddingBottom") + 1)
      cut.push(field.getAttribute("placeholder"));
  }
  return cut;
}"""


# Drop-downs of the whole page whose chosen option is wider than the room beside the arrow
# (Chromium draws it in about 20 px at the right of the padding box), measured in their font:
# "Niemand (Zuweisung auf". Returns each such option's text.
CUT_CHOICES = """() => {
  const canvas = document.createElement("canvas").getContext("2d");
  const cut = [];
  for (const select of document.querySelectorAll("select:not([multiple])")) {
    const option = select.options[select.selectedIndex];
    if (!option || !select.checkVisibility()) continue;
    const style = getComputedStyle(select);
    canvas.font = style.font;
    const room = select.clientWidth - parseFloat(style.paddingLeft)
      - parseFloat(style.paddingRight) - 20;
    if (canvas.measureText(option.text).width > room + 1) cut.push(option.text);
  }
  return cut;
}"""
