// The ECharts the platform's pages use, and nothing else (ECharts' "shrinking bundle size" way:
// echarts/core plus the chart types, components and renderer registered with use()).
//   bar, line, pie, treemap   the dashboard (static/js/dash.js)
//   map, scatter, lines, geo  一张图, the report page's place picker, the case page and the grid
//                             boundary editor (map.js, gridmap.js, pin.js, place.js, boundary.js)
//   visualMap                 一张图's shading of areas by figure
import * as echarts from "echarts/core";
import { BarChart, LineChart, LinesChart, MapChart, PieChart, ScatterChart, TreemapChart } from "echarts/charts";
import { GeoComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";

echarts.use([
  BarChart, LineChart, LinesChart, MapChart, PieChart, ScatterChart, TreemapChart,
  GeoComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent,
  CanvasRenderer
]);

export * from "echarts/core";
