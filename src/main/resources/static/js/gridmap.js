// The map of a community's grids that the place picker, the boundary editor and the case page share:
// drawn grid boundaries, grids known by their centre (labelled), and around them a frame a little larger
// than the grids, so that a point can be placed between them. ECharts' map series projects everything.
window.redgridGridMap = function (el, collection, series) {
  var shapes = collection.features.filter(function (f) {
    return f.geometry && (f.geometry.type === "Polygon" || f.geometry.type === "MultiPolygon");
  });
  var centres = collection.features.filter(function (f) { return f.geometry && f.geometry.type === "Point"; });
  var coords = centres.map(function (f) { return f.geometry.coordinates; });
  shapes.forEach(function (f) {
    var polygons = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
    polygons.forEach(function (polygon) { coords = coords.concat(polygon[0]); });
  });
  (series || []).forEach(function (s) {
    (s.frame || []).forEach(function (p) { coords.push(p); });
  });
  if (!coords.length) return null;
  var lngs = coords.map(function (p) { return p[0]; }), lats = coords.map(function (p) { return p[1]; });
  var pad = 0.004;
  var w = Math.min.apply(null, lngs) - pad, e = Math.max.apply(null, lngs) + pad;
  var s = Math.min.apply(null, lats) - pad, n = Math.max.apply(null, lats) + pad;
  var features = shapes.map(function (f) {
    return { type: "Feature", properties: { name: f.properties.name }, geometry: f.geometry };
  });
  features.push({ type: "Feature", properties: { name: "" },
    geometry: { type: "Polygon", coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] } });
  var name = "grids-" + collection.code;
  echarts.registerMap(name, { type: "FeatureCollection", features: features });
  var chart = echarts.getInstanceByDom(el) || echarts.init(el, null, { renderer: "canvas" });
  chart.setOption({
    geo: { map: name, roam: true, silent: true, itemStyle: { areaColor: "#f6f8fa", borderColor: "#b71c1c" } },
    series: [{
      type: "scatter", coordinateSystem: "geo", symbolSize: 9, silent: true, itemStyle: { color: "#b71c1c" },
      label: { show: true, position: "right", fontSize: 10, formatter: function (p) { return p.name; } },
      data: centres.map(function (f) { return { name: f.properties.name, value: f.geometry.coordinates }; })
    }].concat((series || []).map(function (s) { var copy = Object.assign({}, s); delete copy.frame; return copy; }))
  }, true);
  el.hidden = false;
  el.dataset.ready = "true";
  return chart;
};

// The longitude and latitude under a click on the chart's element, or null outside the map.
window.redgridPointAt = function (chart, el, event) {
  var rect = el.getBoundingClientRect();
  return chart.convertFromPixel({ geoIndex: 0 }, [event.clientX - rect.left, event.clientY - rect.top]);
};
