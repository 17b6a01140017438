/** 联合抽查日程: joint inspections on a month calendar, on their visit date (or across their window until one is set). */
import { Button, Calendar, ConfigProvider, Space, Tag, Tooltip, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import "dayjs/locale/zh-cn";
import { Link } from "react-router";
import { TAG } from "../../shared/ui";
import { STATUS_NAMES } from "./labels";

dayjs.locale("zh-cn");

export interface CalendarEntry {
  id: string;
  lead: string;
  status: string;
  windowStart: string;
  windowEnd: string;
  scheduledDate: string | null;
}

/** Dates are China calendar dates (YYYY-MM-DD), compared as text: no time zone can move them. */
export default function ScheduleCalendar({ entries, leadName, fullscreen = true }: { entries: readonly CalendarEntry[]; leadName: (code: string) => string; fullscreen?: boolean }) {
  const first = entries.map((e) => e.scheduledDate ?? e.windowStart).sort()[0];
  const visits = (day: string) => entries.filter((e) => e.scheduledDate === day);
  const inWindow = (day: string) => entries.some((e) => e.windowStart <= day && day <= e.windowEnd);
  // Days of the neighbouring months dark enough to read (WCAG AA); a header of labelled buttons.
  return (
    <ConfigProvider theme={{ token: { colorTextDisabled: "rgba(0, 0, 0, 0.6)" } }}>
    <Calendar
      fullscreen={fullscreen}
      defaultValue={first ? dayjs(first) : undefined}
      headerRender={({ value, onChange }) => (
        <Space style={{ padding: 8 }}>
          <Button size="small" onClick={() => onChange(value.subtract(1, "month"))}>上个月</Button>
          <Typography.Text strong>{value.format("YYYY 年 M 月")}</Typography.Text>
          <Button size="small" onClick={() => onChange(value.add(1, "month"))}>下个月</Button>
        </Space>
      )}
      cellRender={(value: Dayjs, info) => {
        if (info.type !== "date") return info.originNode;
        const day = value.format("YYYY-MM-DD");
        const items = visits(day);
        if (!fullscreen) {
          if (!items.length && !inWindow(day)) return null;
          return <div title={items.length ? "检查日" : "检查时段内"} style={{ height: 4, borderRadius: 2, background: items.length ? TAG.ok : "#91caff" }} />;
        }
        if (!items.length) return null;
        return (
          <div style={{ display: "flex", flexDirection: "column", gap: 2 }}>
            {items.map((e) => (
              <Tooltip key={e.id} title={`${STATUS_NAMES[e.status] ?? e.status} · 牵头：${leadName(e.lead)}`}>
                <Link to={`/office/joint/${e.id}`}>
                  <Tag color={TAG.info} style={{ marginInlineEnd: 0 }}>第 {e.id} 号 · {leadName(e.lead)}</Tag>
                </Link>
              </Tooltip>
            ))}
          </div>
        );
      }}
    />
    </ConfigProvider>
  );
}
