// The grid polygon editor: the community's grids drawn with ECharts' map series; each tap adds a vertex
// (ECharts converts the pixel to longitude and latitude) and the textarea holds the GeoJSON Polygon that
// is saved. Pasting GeoJSON into the textarea works without the map.
(function () {
  function start() {
    var el = document.getElementById("boundary-map");
    var text = document.getElementById("polygon");
    if (!el || !text || typeof echarts === "undefined" || !window.redgridGridMap) return;
    var points = [];
    var chart = null;

    function round(v) { return Math.round(v * 1e6) / 1e6; }

    function ring() { return points.length >= 3 ? points.concat([points[0]]) : points; }

    function update() {
      if (points.length >= 3) text.value = JSON.stringify({ type: "Polygon", coordinates: [ring()] });
      document.getElementById("point-count").textContent = String(points.length);
      if (chart) {
        chart.setOption({ series: [{ id: "vertices", data: points }, { id: "outline", data: points.length > 1 ? [{ coords: ring() }] : [] }] });
      }
    }

    fetch(el.dataset.map + "?community=" + el.dataset.community, { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (collection) {
        if (!collection) return;
        chart = window.redgridGridMap(el, collection, [
          { id: "vertices", type: "scatter", coordinateSystem: "geo", symbolSize: 9, silent: true, itemStyle: { color: "#0969da" }, data: [] },
          { id: "outline", type: "lines", coordinateSystem: "geo", polyline: true, silent: true, lineStyle: { color: "#0969da", width: 2 }, data: [] }
        ]);
      });

    el.addEventListener("click", function (event) {
      if (!chart) return;
      var p = window.redgridPointAt(chart, el, event);
      if (!p) return;
      points.push([round(p[0]), round(p[1])]);
      update();
    });
    document.getElementById("undo-point").addEventListener("click", function () { points.pop(); update(); });
    document.getElementById("clear-points").addEventListener("click", function () { points = []; text.value = ""; update(); });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
