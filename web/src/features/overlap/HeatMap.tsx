/** The department × department overlap as a heat map (ECharts, loaded on demand). */
import { useEffect, useRef } from "react";

export default function HeatMap({ names, cells }: { names: string[]; cells: [number, number, number][] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let chart: { dispose(): void } | undefined;
    void import("echarts").then((echarts) => {
      if (disposed || !ref.current) return;
      const c = echarts.init(ref.current);
      chart = c;
      c.setOption({
        tooltip: { formatter: (p: { value: [number, number, number] }) => `${names[p.value[0]]} × ${names[p.value[1]]}：${p.value[2]} 户` },
        // the scale on the right, the rotated department names alone below: neither covers the other on a tablet
        grid: { left: 110, right: 90, top: 16, bottom: 90 },
        xAxis: { type: "category", data: names, axisLabel: { rotate: 30 } },
        yAxis: { type: "category", data: names },
        visualMap: { min: 0, max: Math.max(1, ...cells.map((x) => x[2])), calculable: true, orient: "vertical", right: 0, top: "middle", itemHeight: 200 },
        series: [{ type: "heatmap", data: cells, label: { show: true } }],
      });
    });
    return () => {
      disposed = true;
      chart?.dispose();
    };
  }, [names, cells]);
  return <div ref={ref} style={{ width: "100%", height: 360 }} role="img" aria-label="各部门之间共有的检查对象数" />;
}
