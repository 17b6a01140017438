/** ECharts, loaded on demand (the public page does not pay for it). */
import { useEffect, useRef } from "react";

export interface RateSeries {
  departments: string[];
  planCompletion: number[];
  problemRate: number[];
  jointShare: number[];
}

export default function RateChart({ data, height = 320 }: { data: RateSeries; height?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let chart: { dispose(): void; resize(): void } | undefined;
    const onResize = () => chart?.resize();
    void import("echarts").then((echarts) => {
      if (disposed || !ref.current) return;
      const c = echarts.init(ref.current);
      chart = c;
      const pct = (xs: number[]) => xs.map((x) => Math.round(x * 1000) / 10);
      c.setOption({
        tooltip: { trigger: "axis", valueFormatter: (v: unknown) => `${v}%` },
        legend: { top: 0 },
        grid: { left: 48, right: 16, bottom: 32, top: 40 },
        xAxis: { type: "category", data: data.departments },
        yAxis: { type: "value", axisLabel: { formatter: "{value}%" } },
        series: [
          { name: "计划完成率", type: "bar", data: pct(data.planCompletion) },
          { name: "问题发现率", type: "bar", data: pct(data.problemRate) },
          { name: "联合抽查占比", type: "bar", data: pct(data.jointShare) },
        ],
      });
      window.addEventListener("resize", onResize);
    });
    return () => {
      disposed = true;
      window.removeEventListener("resize", onResize);
      chart?.dispose();
    };
  }, [data]);
  return <div ref={ref} style={{ width: "100%", height }} role="img" aria-label="各部门计划完成率、问题发现率和联合抽查占比" />;
}
