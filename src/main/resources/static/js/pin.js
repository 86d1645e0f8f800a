// The report page's place picker: the grids of the community drawn with ECharts' map series, a tap
// places a pin (ECharts converts the pixel to longitude and latitude), and the point — from the pin or
// from "use my location" — is resolved by the server to the grid it lies in, shown by name.
// The map and its scripts (ECharts is most of the page's weight) load only when "choose on the map"
// is tapped; the page itself stays light on a phone's slow network.
(function () {
  function script(src) {
    return new Promise(function (resolve, reject) {
      var tag = document.createElement("script");
      tag.src = src;
      tag.onload = resolve;
      tag.onerror = reject;
      document.head.appendChild(tag);
    });
  }

  function start() {
    var el = document.getElementById("pin-map");
    var select = document.getElementById("gridCode");
    var status = document.getElementById("located");
    if (!el || !select || !status) return;
    var chart = null;
    var shown = null;
    var opened = false;

    function community() {
      var code = select.value;
      if (!code) {
        for (var i = 0; i < select.options.length && !code; i++) code = select.options[i].value;
      }
      return code ? code.substring(0, 12) : null;
    }

    function choose(lat, lng) {
      document.getElementById("lat").value = lat.toFixed(6);
      document.getElementById("lng").value = lng.toFixed(6);
      document.dispatchEvent(new CustomEvent("place-set", { detail: { lat: lat, lng: lng } }));
      if (chart) chart.setOption({ series: [{ id: "pin", data: [[lng, lat]] }] });
      fetch(el.dataset.place + "?lat=" + lat + "&lng=" + lng, { credentials: "same-origin" })
        .then(function (r) { return r.json(); })
        .then(function (answer) {
          if (answer.gridCode) {
            if (!select.querySelector("option[value='" + answer.gridCode + "']")) {
              var option = document.createElement("option");
              option.value = answer.gridCode;
              option.textContent = answer.gridName + " (" + answer.gridCode + ")";
              select.appendChild(option);
            }
            select.value = answer.gridCode;
            status.textContent = el.dataset.inGrid.replace("{0}", answer.gridName);
          } else {
            select.value = "";
            status.textContent = el.dataset.noGrid;
          }
          el.dataset.chosen = answer.gridCode || "none";
        });
    }

    function draw(collection) {
      chart = window.redgridGridMap(el, collection, [
        { id: "pin", type: "scatter", coordinateSystem: "geo", symbol: "pin", symbolSize: 30, silent: true,
          itemStyle: { color: "#0969da" }, data: [] }
      ]);
    }

    function load(code) {
      if (!opened || !code || code === shown || typeof echarts === "undefined" || !window.redgridGridMap) return;
      shown = code;
      fetch(el.dataset.map + "?community=" + code, { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (collection) { if (collection) draw(collection); });
    }

    el.addEventListener("click", function (event) {
      if (!chart) return;
      var point = window.redgridPointAt(chart, el, event);
      if (point) choose(point[1], point[0]);
    });
    document.addEventListener("place-chosen", function (event) { choose(event.detail.lat, event.detail.lng); });
    select.addEventListener("change", function () { load(community()); });
    var open = document.getElementById("pin-open");
    if (open) open.addEventListener("click", function () {
      open.disabled = true;
      script(el.dataset.charts)
        .then(function () { return script(el.dataset.gridmap); })
        .then(function () { opened = true; open.hidden = true; load(community()); },
              function () { open.disabled = false; });
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
