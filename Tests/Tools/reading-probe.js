// Injected into a book page by the Chromium tests: after layout, writes what a reader's eye
// checks into the page as JSON (<pre id="tobook-measurements">), which --dump-dom prints.
window.addEventListener('load', function () {
  var W = window.innerWidth, H = window.innerHeight;
  var out = {width: W, height: H, wide: [], images: [], lines: [], speakers: [], headings: []};
  var all = document.body.getElementsByTagName('*');
  for (var i = 0; i < all.length; i++) {
    var r = all[i].getBoundingClientRect();
    if (r.width > 0 && (r.right > W + 0.5 || r.left < -0.5)) {
      out.wide.push(all[i].tagName + '.' + all[i].className);
    }
  }
  var images = document.getElementsByTagName('img');
  for (var i = 0; i < images.length; i++) {
    var r = images[i].getBoundingClientRect();
    out.images.push({left: r.left, top: r.top, right: r.right, bottom: r.bottom});
  }
  var lines = document.querySelectorAll('.verse p');
  for (var i = 0; i < lines.length; i++) {
    var s = getComputedStyle(lines[i]), stanza = getComputedStyle(lines[i].parentNode);
    out.lines.push({
      className: lines[i].className, marginLeft: parseFloat(s.marginLeft),
      paddingLeft: parseFloat(s.paddingLeft), textIndent: parseFloat(s.textIndent),
      fontSize: parseFloat(s.fontSize), stanzaMargin: parseFloat(stanza.marginTop)
    });
  }
  var speakers = document.querySelectorAll('.speaker');
  for (var i = 0; i < speakers.length; i++) {
    var a = getComputedStyle(speakers[i]), b = getComputedStyle(speakers[i].parentNode);
    out.speakers.push({weight: a.fontWeight, style: a.fontStyle,
      speechWeight: b.fontWeight, speechStyle: b.fontStyle});
  }
  var headings = document.querySelectorAll('h1, h2, h3, h4, h5, h6');
  for (var i = 0; i < headings.length; i++) {
    var s = getComputedStyle(headings[i]);
    out.headings.push({text: headings[i].textContent, hyphens: s.hyphens || s.webkitHyphens,
      lines: Math.round(headings[i].getBoundingClientRect().height / parseFloat(s.lineHeight || s.fontSize))});
  }
  var pre = document.createElementNS('http://www.w3.org/1999/xhtml', 'pre');
  pre.setAttribute('id', 'tobook-measurements');
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
});
