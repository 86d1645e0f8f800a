// Dense points become one counted circle: points closer on the screen than a radius (in pixels, at the
// map's current zoom) are grouped, greedily in the order given, each group at the mean of its members'
// coordinates and coloured by its most urgent deadline light. Used by the dashboard map with or without
// a base map; the caller passes how its map turns [lng, lat] into pixels.
window.RedGridClusters = (function () {
  var URGENCY = { RED: 3, YELLOW: 2, GREEN: 1, NONE: 0 };

  function group(points, toPixel, radius) {
    var groups = [];
    points.forEach(function (point) {
      var pixel = toPixel(point.value);
      if (!pixel || isNaN(pixel[0]) || isNaN(pixel[1])) return;
      var near = null;
      for (var i = 0; i < groups.length && !near; i++) {
        var dx = groups[i].pixel[0] - pixel[0], dy = groups[i].pixel[1] - pixel[1];
        if (dx * dx + dy * dy <= radius * radius) near = groups[i];
      }
      if (near) near.members.push(point);
      else groups.push({ pixel: pixel, members: [point] });
    });
    return groups.map(function (g) {
      var lng = 0, lat = 0, light = "NONE";
      g.members.forEach(function (m) {
        lng += m.value[0]; lat += m.value[1];
        if ((URGENCY[m.light] || 0) > (URGENCY[light] || 0)) light = m.light;
      });
      return { members: g.members, value: [lng / g.members.length, lat / g.members.length], light: light };
    });
  }

  return { group: group };
})();
