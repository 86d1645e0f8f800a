// The case page's place: the case's point as a pin among the grids of its community.
(function () {
  function start() {
    var el = document.getElementById("case-map");
    if (!el || typeof echarts === "undefined" || !window.redgridGridMap) return;
    var point = [Number(el.dataset.lng), Number(el.dataset.lat)];
    fetch(el.dataset.map + "?community=" + el.dataset.community, { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (collection) {
        if (!collection) return;
        window.redgridGridMap(el, collection, [
          { type: "scatter", coordinateSystem: "geo", symbol: "pin", symbolSize: 30, silent: true,
            itemStyle: { color: "#0969da" }, data: [point], frame: [point] }
        ]);
      });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
