// Shared page behaviour. Pages carry no inline scripts (the Content-Security-Policy forbids them):
// htmx sends the CSRF token with every request it makes, read from the page's meta tags.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) event.detail.headers[header.content] = token.content;
});

// 撤销: an undo offered for a limited time (a visit's minute) disappears when its time is up; the server
// refuses it afterwards in any case.
setInterval(function () {
  document.querySelectorAll("[data-undo-until]").forEach(function (form) {
    if (Date.now() >= Number(form.getAttribute("data-undo-until"))) form.remove();
  });
}, 1000);
