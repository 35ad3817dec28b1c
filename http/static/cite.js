// Progressive enhancement for citation markers; the page works without it
// (CSS shows the passages on hover and focus). Escape closes an open
// popup, as keyboard users expect, until the pointer or focus moves on.
(function () {
  "use strict";
  document.addEventListener("keydown", function (e) {
    if (e.key !== "Escape") return;
    var open = document.querySelectorAll(".cites:hover, .cites:focus-within");
    for (var i = 0; i < open.length; i++) open[i].classList.add("dismissed");
  });
  function reset(e) {
    var c = e.target.closest && e.target.closest(".cites");
    if (c) c.classList.remove("dismissed");
  }
  document.addEventListener("focusin", reset);
  document.addEventListener("mouseover", reset);
  // An article opened from a citation scrolls the passage into view;
  // focusing it lets screen readers start there.
  var hl = document.getElementById("hl");
  if (hl && location.hash === "#hl") hl.focus({ preventScroll: true });
})();
