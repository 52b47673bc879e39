/* The save page's "Print this page" button: shown only when scripts run (without them the
   page says how to print from the browser's menu, and the print style sheet is the same). */
document.querySelectorAll("button[data-print]").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
});
