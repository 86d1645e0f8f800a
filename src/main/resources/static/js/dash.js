// Dashboard charts. The numbers come from JSON blocks the server renders into the page (the same
// numbers as the tables); a click on an area's bar or treemap tile opens the dashboard of that area.
(function () {
  function read(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }

  function start() {
    var data = read("dash-data");
    var labels = read("dash-labels") || {};
    if (!data || typeof echarts === "undefined") return;
    var charts = [];
    var red = "#b71c1c";
    var rates = ["responseRate", "resolutionRate", "satisfactionRate", "closureRate", "onTimeClosureRate", "reworkRate"];

    function drill(code) {
      var url = new URL(window.location.href);
      url.searchParams.set("division", code);
      url.searchParams.set("from", data.from);
      url.searchParams.set("to", data.to);
      window.location.assign(url.pathname + url.search);
    }

    function chart(id, option, onClick) {
      var el = document.getElementById(id);
      if (!el) return;
      var instance = echarts.init(el, null, { renderer: "canvas" });
      instance.setOption(option);
      if (onClick) instance.on("click", onClick);
      charts.push(instance);
    }

    var areas = data.areas || [];
    var areaNames = areas.map(function (a) { return a.name; });
    var grid = { left: 48, right: 16, top: 40, bottom: 64, containLabel: true };
    var narrow = window.innerWidth < 600;
    var slanted = { interval: 0, rotate: areas.length > 4 || (narrow && areas.length > 2) ? 35 : 0, width: 96, overflow: "truncate" };
    function openArea(params) {
      var area = areas[params.dataIndex];
      if (area && area.drillable) drill(area.code);
      else if (area) window.location.assign("/registry/grid/" + area.code);
    }

    chart("chart-areas", {
      color: [red, "#2e7d32"],
      tooltip: { trigger: "axis" },
      legend: { data: [labels.cases, labels.closed] },
      grid: grid,
      xAxis: { type: "category", data: areaNames, axisLabel: slanted },
      yAxis: { type: "value", minInterval: 1 },
      series: [
        { name: labels.cases, type: "bar", data: areas.map(function (a) { return a.figures.cases; }) },
        { name: labels.closed, type: "bar", data: areas.map(function (a) { return a.figures.closed; }) }
      ]
    }, openArea);

    chart("chart-rates", {
      tooltip: { trigger: "axis", valueFormatter: function (v) { return v == null ? "—" : v + "%"; } },
      legend: { type: "scroll", data: rates.map(function (r) { return labels[r]; }) },
      grid: grid,
      xAxis: { type: "category", data: areaNames, axisLabel: slanted },
      yAxis: { type: "value", max: 100, axisLabel: { formatter: "{value}%" } },
      series: rates.map(function (r) {
        return {
          name: labels[r],
          type: "bar",
          data: areas.map(function (a) {
            var v = a.figures[r];
            return v == null ? null : Math.round(v * 1000) / 10;
          })
        };
      })
    }, openArea);

    var months = data.months || [];
    chart("chart-months", {
      color: [red, "#2e7d32"],
      tooltip: { trigger: "axis" },
      legend: { data: [labels.cases, labels.closed] },
      grid: grid,
      xAxis: { type: "category", data: months.map(function (m) { return m.month; }) },
      yAxis: { type: "value", minInterval: 1 },
      series: [
        { name: labels.cases, type: "line", smooth: true, data: months.map(function (m) { return m.cases; }) },
        { name: labels.closed, type: "line", smooth: true, data: months.map(function (m) { return m.closed; }) }
      ]
    });

    var categories = data.categories || [];
    chart("chart-categories", {
      tooltip: { trigger: "item" },
      series: [{
        name: labels.category,
        type: "pie",
        radius: ["35%", "65%"],
        data: categories.map(function (c) { return { name: c.name, value: c.cases }; })
      }]
    });

    chart("chart-tree", {
      tooltip: { formatter: function (info) { return echarts.format.encodeHTML(info.name) + ": " + info.value; } },
      series: [{
        name: labels.cases,
        type: "treemap",
        roam: false,
        nodeClick: false,
        breadcrumb: { show: false },
        leafDepth: 2,
        levels: [
          { itemStyle: { borderColor: "#fff", borderWidth: 3, gapWidth: 3 }, upperLabel: { show: true, height: 22, color: "#fff" } },
          { colorSaturation: [0.35, 0.6], itemStyle: { borderColorSaturation: 0.7, gapWidth: 1, borderWidth: 1 } }
        ],
        upperLabel: { show: true, height: 22 },
        color: [red, "#c62828", "#d84315", "#ad1457", "#6a1b9a", "#283593", "#00695c", "#558b2f"],
        data: data.tree || []
      }]
    }, function (params) {
      var code = params.data && params.data.code;
      if (!code) return;
      if (code.length < 15) drill(code);
      else window.location.assign("/registry/grid/" + code);
    });

    window.addEventListener("resize", function () {
      charts.forEach(function (c) { c.resize(); });
    });
    document.documentElement.setAttribute("data-charts", String(charts.length));
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
