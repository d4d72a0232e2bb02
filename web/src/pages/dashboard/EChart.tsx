// A small ECharts wrapper: only the bar and line charts with the SVG renderer are bundled. The chart
// follows its box's width; the figures it shows are also in the tables and links next to it.
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import type { EChartsCoreOption } from 'echarts/core';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export function EChart({
  option,
  label,
  height = 280,
  onClickIndex,
}: {
  option: EChartsCoreOption;
  label: string;
  height?: number;
  onClickIndex?: (dataIndex: number, seriesIndex: number) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const click = useRef(onClickIndex);
  click.current = onClickIndex;

  useEffect(() => {
    if (!box.current) return;
    const c = echarts.init(box.current, null, { renderer: 'svg', locale: 'EN' });
    chart.current = c;
    c.on('click', (p) => click.current?.(p.dataIndex, p.seriesIndex ?? 0));
    const resize = new ResizeObserver(() => c.resize());
    resize.observe(box.current);
    return () => {
      resize.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);
  return <div ref={box} className="dashboard-chart" role="img" aria-label={label} style={{ height }} />;
}
