// 附近已有 N 件相似问题: once the report page knows the place (pin or "use my location") and the
// category, it lists the open public cases of that category nearby, each with "+1 我也遇到", so that a
// resident can support a case instead of reporting the same problem again.
(function () {
  function start() {
    var box = document.getElementById("nearby");
    var lat = document.getElementById("lat");
    var lng = document.getElementById("lng");
    var category = document.getElementById("category");
    if (!box || !lat || !lng || !category) return;
    var list = box.querySelector("ul");
    var heading = box.querySelector("h2");
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');

    function text(tag, cls, value) {
      var el = document.createElement(tag);
      if (cls) el.className = cls;
      el.textContent = value;
      return el;
    }

    function support(item, button) {
      var headers = {};
      if (token && header) headers[header.content] = token.content;
      fetch(box.dataset.support + item.id + "/support", { method: "POST", credentials: "same-origin", headers: headers })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (answer) {
          if (!answer) return;
          button.disabled = true;
          button.textContent = box.dataset.supported.replace("{0}", answer.supporters);
        });
    }

    function show(items) {
      list.textContent = "";
      heading.textContent = items.length
        ? box.dataset.title.replace("{0}", items.length)
        : box.dataset.none;
      items.forEach(function (item) {
        var li = document.createElement("li");
        li.className = "nearby-case";
        li.appendChild(text("span", "title", item.title));
        var meta = text("span", "meta", item.categoryName + " · " + item.statusName
          + " · " + box.dataset.away.replace("{0}", item.distanceMetres));
        li.appendChild(meta);
        if (item.supporters > 0) li.appendChild(text("span", "meta", box.dataset.supporters.replace("{0}", item.supporters)));
        var button = text("button", "support", item.supportedByMe
          ? box.dataset.supported.replace("{0}", item.supporters) : box.dataset.supportLabel);
        button.type = "button";
        button.disabled = item.supportedByMe;
        button.addEventListener("click", function () { support(item, button); });
        li.appendChild(button);
        list.appendChild(li);
      });
      box.hidden = false;
    }

    var asked = "";
    function look() {
      if (!lat.value || !lng.value || !category.value) return;
      var query = "?lat=" + encodeURIComponent(lat.value) + "&lng=" + encodeURIComponent(lng.value)
        + "&category=" + encodeURIComponent(category.value);
      if (query === asked) return;
      asked = query;
      fetch(box.dataset.api + query, { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (items) { if (items) show(items); });
    }

    category.addEventListener("change", look);
    document.addEventListener("place-set", look);
    look();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
