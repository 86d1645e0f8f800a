// 一张图: draws the GeoJSON the server rendered into the page with ECharts' own map series (ECharts
// projects the coordinates; no tile server). Areas are coloured by the chosen indicator and open one
// level down on click; grids known only by their centre and open cases are points on the same map, the
// cases grouped into counted circles where they crowd (clusters.js) and regrouped as the map zooms.
// With a base map configured (redgrid.map.tiles.*) the same layers are drawn by Leaflet over its tiles.
(function () {
  var LIGHTS = { GREEN: "#1a7f37", YELLOW: "#bf8700", RED: "#a40e26", NONE: "#57606a" };
  var CLUSTER_RADIUS = 28;

  function read(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }

  function polygonal(feature) {
    return feature.geometry && (feature.geometry.type === "Polygon" || feature.geometry.type === "MultiPolygon");
  }

  // What both renderers show of the areas: their names, the indicator's largest value and a label.
  function areaFacts(el, collection) {
    var rate = el.dataset.rate === "true";
    var names = {};
    collection.features.forEach(function (f) { names[f.properties.code] = f.properties.name; });
    var values = collection.features
      .filter(function (f) { return f.properties.value !== null; })
      .map(function (f) { return f.properties.value; });
    var max = values.length ? Math.max.apply(null, values) : 1;
    return {
      rate: rate, names: names, max: max > 0 ? max : 1,
      label: function (code, value) {
        var shown = value === null || value === undefined || isNaN(value) ? "—"
          : rate ? (value * 100).toFixed(1) + "%" : String(value);
        return (names[code] || code) + ": " + shown;
      }
    };
  }

  // The base-map variant: Leaflet draws the tiles, the areas as GeoJSON coloured on the same scale, and
  // the cases as circle markers, grouped as on the vector map and regrouped after every zoom or move.
  function onTiles(el, collection, cases) {
    var facts = areaFacts(el, collection);
    var map = L.map(el, { zoomSnap: 0.5 });
    L.tileLayer(el.dataset.tiles, {
      subdomains: el.dataset.subdomains || "abc", maxZoom: Number(el.dataset.maxZoom) || 18,
      attribution: el.dataset.attribution || ""
    }).addTo(map);
    function shade(value) {
      var t = value === null || value === undefined || isNaN(value) ? 0 : Math.min(1, value / facts.max);
      var from = [0xfd, 0xe0, 0xdc], to = [0xb7, 0x1c, 0x1c];
      return "rgb(" + from.map(function (c, i) { return Math.round(c + (to[i] - c) * t); }).join(",") + ")";
    }
    var areas = L.geoJSON(collection, {
      style: function (f) { return { color: "#fff", weight: 1, fillColor: shade(f.properties.value), fillOpacity: 0.65 }; },
      pointToLayer: function (f, at) { return L.circleMarker(at, { radius: 7, color: "#fff", weight: 1, fillColor: "#b71c1c", fillOpacity: 1 }); },
      onEachFeature: function (f, layer) {
        layer.bindTooltip(facts.label(f.properties.code, f.properties.value));
        layer.on("click", function () { window.location.assign(el.dataset.drill + "&division=" + encodeURIComponent(f.properties.code)); });
      }
    }).addTo(map);
    var points = L.layerGroup().addTo(map);
    function regroup() {
      points.clearLayers();
      var clusters = 0;
      RedGridClusters.group(cases, function (v) {
        var p = map.latLngToContainerPoint([v[1], v[0]]);
        return [p.x, p.y];
      }, CLUSTER_RADIUS).forEach(function (g) {
        var colour = LIGHTS[g.light] || LIGHTS.NONE;
        if (g.members.length === 1) {
          var c = g.members[0];
          L.circleMarker([c.value[1], c.value[0]], { radius: 6, color: "#fff", weight: 1, fillColor: colour, fillOpacity: 1 })
            .bindTooltip(c.number + " " + c.title)
            .on("click", function () { window.location.assign(el.dataset["case"] + c.id); })
            .addTo(points);
        } else {
          clusters++;
          L.circleMarker([g.value[1], g.value[0]], { radius: 11 + 3 * Math.log(g.members.length) / Math.LN2, color: "#fff", weight: 2, fillColor: colour, fillOpacity: 0.9 })
            .bindTooltip(String(g.members.length), { permanent: true, direction: "center", className: "cluster-count" })
            .on("click", function () { map.setView([g.value[1], g.value[0]], Math.min(map.getZoom() + 2, map.getMaxZoom())); })
            .addTo(points);
        }
      });
      el.dataset.clusters = String(clusters);
    }
    var bounds = areas.getBounds();
    cases.forEach(function (c) { bounds.extend([c.value[1], c.value[0]]); });
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [12, 12] });
    else map.setView([43.6, 115.0], 5);
    map.on("zoomend moveend", regroup);
    regroup();
    el.dataset.ready = "true";
  }

  function start() {
    var el = document.getElementById("map");
    var collection = read("map-data");
    var cases = read("map-points") || [];
    if (!el || !collection) return;
    if (el.dataset.tiles && typeof L !== "undefined") { onTiles(el, collection, cases); return; }
    if (typeof echarts === "undefined") return;
    var facts = areaFacts(el, collection), rate = facts.rate, names = facts.names, max = facts.max, label = facts.label;
    var shapes = collection.features.filter(polygonal);
    var centres = collection.features.filter(function (f) { return f.geometry && f.geometry.type === "Point"; });
    var mapName = "area-" + collection.code;
    echarts.registerMap(mapName, {
      type: "FeatureCollection",
      features: shapes.map(function (f) {
        return { type: "Feature", properties: { name: f.properties.code }, geometry: f.geometry };
      })
    });

    var series = [];
    if (shapes.length) {
      series.push({
        id: "areas", type: "map", geoIndex: 0, name: "areas",
        data: shapes.map(function (f) { return { name: f.properties.code, value: f.properties.value }; })
      });
    }
    series.push({
      id: "grid-centres", type: "scatter", coordinateSystem: "geo", name: "grid-centres", symbolSize: 14,
      itemStyle: { color: "#b71c1c", borderColor: "#fff", borderWidth: 1 },
      data: centres.map(function (f) {
        return { name: f.properties.code, value: f.geometry.coordinates.concat([f.properties.value]) };
      })
    });
    series.push({ id: "case-points", type: "scatter", coordinateSystem: "geo", name: "case-points", symbolSize: 10, data: [] });
    series.push({
      id: "case-clusters", type: "scatter", coordinateSystem: "geo", name: "case-clusters", data: [],
      symbolSize: function (v) { return 22 + 6 * Math.log(v[2]) / Math.LN2; },
      itemStyle: { borderColor: "#fff", borderWidth: 2, opacity: 0.9 },
      label: { show: true, color: "#fff", fontWeight: "bold", formatter: function (p) { return String(p.value[2]); } }
    });

    var option = {
      tooltip: {
        formatter: function (p) {
          if (p.seriesName === "case-points") return p.data.name + " " + p.data.title;
          if (p.seriesName === "case-clusters") return el.dataset.clusterHint.replace("{0}", p.value[2]);
          if (p.seriesName === "grid-centres") return label(p.name, p.value[2]);
          return label(p.name, p.value);
        }
      },
      visualMap: { min: 0, max: max, seriesIndex: shapes.length ? 0 : [], calculable: false,
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

    function regroup() {
      var groups = RedGridClusters.group(cases, function (v) { return chart.convertToPixel({ geoIndex: 0 }, v); }, CLUSTER_RADIUS);
      var singles = [], clusters = [];
      groups.forEach(function (g) {
        if (g.members.length === 1) {
          var c = g.members[0];
          singles.push({ name: c.number, value: c.value, caseId: c.id, title: c.title, itemStyle: { color: LIGHTS[c.light] || LIGHTS.NONE } });
        } else {
          clusters.push({ name: "", value: g.value.concat([g.members.length]),
            caseIds: g.members.map(function (m) { return m.id; }), itemStyle: { color: LIGHTS[g.light] || LIGHTS.NONE } });
        }
      });
      chart.setOption({ series: [{ id: "case-points", data: singles }, { id: "case-clusters", data: clusters }] });
      el.dataset.clusters = String(clusters.length);
      el.dataset.singles = String(singles.length);
      el.dataset.groupedAt = String(chart.getOption().geo[0].zoom || 1); // the zoom these groups are for
    }
    var pending = null;
    chart.on("georoam", function () {
      if (pending) clearTimeout(pending);
      pending = setTimeout(function () { pending = null; regroup(); }, 120);
    });
    regroup();

    chart.on("click", function (p) {
      if (p.seriesName === "case-points" && p.data) { window.location.assign(el.dataset["case"] + p.data.caseId); return; }
      if (p.seriesName === "case-clusters" && p.data) {
        // A cluster opens where it is: zoom in on it until its cases part.
        var geo = chart.getOption().geo[0];
        chart.setOption({ geo: { center: p.data.value.slice(0, 2), zoom: (geo.zoom || 1) * 3 } });
        regroup();
        return;
      }
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
