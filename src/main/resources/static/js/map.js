// 一张图: draws the GeoJSON the server rendered into the page with ECharts' own map series (ECharts
// projects the coordinates; no tile server). Areas are coloured by the chosen indicator and open one
// level down on click; grids known only by their centre and open cases are points on the same map.
(function () {
  var LIGHTS = { GREEN: "#1a7f37", YELLOW: "#bf8700", RED: "#a40e26", NONE: "#57606a" };

  function read(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }

  function polygonal(feature) {
    return feature.geometry && (feature.geometry.type === "Polygon" || feature.geometry.type === "MultiPolygon");
  }

  function start() {
    var el = document.getElementById("map");
    var collection = read("map-data");
    var cases = read("map-points") || [];
    if (!el || !collection || typeof echarts === "undefined") return;
    var rate = el.dataset.rate === "true";
    var shapes = collection.features.filter(polygonal);
    var centres = collection.features.filter(function (f) { return f.geometry && f.geometry.type === "Point"; });
    var mapName = "area-" + collection.code;
    echarts.registerMap(mapName, {
      type: "FeatureCollection",
      features: shapes.map(function (f) {
        return { type: "Feature", properties: { name: f.properties.code }, geometry: f.geometry };
      })
    });
    var names = {};
    collection.features.forEach(function (f) { names[f.properties.code] = f.properties.name; });
    var values = collection.features
      .filter(function (f) { return f.properties.value !== null; })
      .map(function (f) { return f.properties.value; });
    var max = values.length ? Math.max.apply(null, values) : 1;

    function label(code, value) {
      var shown = value === null || value === undefined || isNaN(value) ? "—"
        : rate ? (value * 100).toFixed(1) + "%" : String(value);
      return (names[code] || code) + ": " + shown;
    }

    var series = [];
    if (shapes.length) {
      series.push({
        type: "map", geoIndex: 0, name: "areas",
        data: shapes.map(function (f) { return { name: f.properties.code, value: f.properties.value }; })
      });
    }
    series.push({
      type: "scatter", coordinateSystem: "geo", name: "grid-centres", symbolSize: 14,
      itemStyle: { color: "#b71c1c", borderColor: "#fff", borderWidth: 1 },
      data: centres.map(function (f) {
        return { name: f.properties.code, value: f.geometry.coordinates.concat([f.properties.value]) };
      })
    });
    series.push({
      type: "scatter", coordinateSystem: "geo", name: "case-points", symbolSize: 10,
      data: cases.map(function (c) {
        return { name: c.number, value: c.value, caseId: c.id, title: c.title, itemStyle: { color: LIGHTS[c.light] || LIGHTS.NONE } };
      })
    });

    var option = {
      tooltip: {
        formatter: function (p) {
          if (p.seriesName === "case-points") return p.data.name + " " + p.data.title;
          if (p.seriesName === "grid-centres") return label(p.name, p.value[2]);
          return label(p.name, p.value);
        }
      },
      visualMap: { min: 0, max: max > 0 ? max : 1, seriesIndex: shapes.length ? 0 : [], calculable: false,
        inRange: { color: ["#fde0dc", "#b71c1c"] }, left: "left", bottom: 0, itemHeight: 80,
        formatter: function (v) { return rate ? (v * 100).toFixed(0) + "%" : Math.round(v); } },
      geo: {
        map: shapes.length ? mapName : undefined, roam: true,
        label: { show: false }, itemStyle: { areaColor: "#eee", borderColor: "#fff" },
        emphasis: { label: { show: true, formatter: function (p) { return names[p.name] || p.name; } } }
      },
      series: series
    };
    if (!shapes.length) {
      // Only points: a map of the box around them, so that ECharts still places them by their coordinates.
      var all = centres.map(function (f) { return f.geometry.coordinates; })
        .concat(cases.map(function (c) { return c.value; }));
      if (!all.length) { el.hidden = true; return; }
      var lngs = all.map(function (p) { return p[0]; }), lats = all.map(function (p) { return p[1]; });
      var pad = 0.002;
      var w = Math.min.apply(null, lngs) - pad, e = Math.max.apply(null, lngs) + pad;
      var s = Math.min.apply(null, lats) - pad, n = Math.max.apply(null, lats) + pad;
      echarts.registerMap(mapName, { type: "FeatureCollection", features: [{ type: "Feature", properties: { name: "" },
        geometry: { type: "Polygon", coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] } }] });
      option.geo.map = mapName;
      option.geo.silent = true;
    }
    var chart = echarts.init(el, null, { renderer: "canvas" });
    chart.setOption(option);
    chart.on("click", function (p) {
      if (p.seriesName === "case-points" && p.data) { window.location.assign(el.dataset["case"] + p.data.caseId); return; }
      var code = p.name;
      if (!names[code]) return;
      window.location.assign(el.dataset.drill + "&division=" + encodeURIComponent(code));
    });
    el.dataset.ready = "true";
    // The page's scroll bar appears once the table below is laid out: follow the element's size.
    if (window.ResizeObserver) new ResizeObserver(function () { chart.resize(); }).observe(el);
    else window.addEventListener("resize", function () { chart.resize(); });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
