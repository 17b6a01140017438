/** 联合抽查: every joint inspection on a board by state, with each department's answer. */
import { useQuery } from "@tanstack/react-query";
import { Badge, Card, Col, Row, Segmented, Space, Tag, Typography } from "antd";
import { lazy, Suspense, useState } from "react";
import { Link } from "react-router";
import { calendarDate } from "../../shared/dates";
import { request } from "../../shared/graphql";
import { ErrorNotice, Loading, TAG, Warnings } from "../../shared/ui";
import { BoardQuery } from "./api";
import { BOARD_COLUMNS, RESPONSE_NAMES, STATUS_NAMES } from "./labels";
import { useDepartmentNames } from "../../shared/departments";

const ScheduleCalendar = lazy(() => import("./ScheduleCalendar"));

export default function BoardPage() {
  const [view, setView] = useState<"board" | "calendar">("board");
  const board = useQuery({ queryKey: ["jointBoard"], queryFn: () => request(BoardQuery, {}) });
  const names = useDepartmentNames(board.data?.data.departments);
  const all = board.data?.data.jointInspections ?? [];
  const ended = all.filter((j) => j.status === "DECLINED" || j.status === "CANCELLED");
  const unscheduled = all.filter((j) => !j.scheduledDate && !ended.includes(j));
  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <Space wrap style={{ justifyContent: "space-between", width: "100%" }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          联合抽查
        </Typography.Title>
        <Segmented value={view} onChange={(v) => setView(v as "board" | "calendar")} options={[{ value: "board", label: "按状态" }, { value: "calendar", label: "日程" }]} />
      </Space>
      {board.error && <ErrorNotice error={board.error} />}
      <Warnings warnings={board.data?.warnings} />
      {board.isLoading ? (
        <Loading what="联合抽查" />
      ) : view === "calendar" ? (
        <Card>
          <Suspense fallback={<Loading what="日程" />}>
            <ScheduleCalendar entries={all.filter((j) => j.scheduledDate)} leadName={(c) => names[c] ?? c} />
          </Suspense>
          {unscheduled.length > 0 && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
              尚未排期：{unscheduled.map((j) => `第 ${j.id} 号（${calendarDate(j.windowStart)} — ${calendarDate(j.windowEnd)}）`).join("；")}
            </Typography.Paragraph>
          )}
        </Card>
      ) : (
        <Row gutter={[12, 12]} wrap>
          {BOARD_COLUMNS.map((status) => {
            const items = all.filter((j) => j.status === status);
            return (
              <Col key={status} xs={24} sm={12} lg={4}>
                <Card size="small" title={<Space>{STATUS_NAMES[status]}<Badge count={items.length} showZero color="#595959" /></Space>} styles={{ body: { padding: 8 } }}>
                  <Space orientation="vertical" style={{ width: "100%" }}>
                    {items.length === 0 && <Typography.Text type="secondary">暂无</Typography.Text>}
                    {items.map((j) => (
                      <Card key={j.id} size="small" data-testid={`joint-${j.id}`}>
                        <Link to={`/office/joint/${j.id}`}>
                          <Typography.Text strong>第 {j.id} 号 · 牵头：{names[j.lead] ?? j.lead}</Typography.Text>
                        </Link>
                        <div>{calendarDate(j.scheduledDate ?? j.windowStart)}{j.scheduledDate ? "（已排期）" : ` — ${calendarDate(j.windowEnd)}`}</div>
                        <div>{j.usccs.length} 户检查对象</div>
                        <Space wrap size={4} style={{ marginTop: 4 }}>
                          {j.participants.map((p) => (
                            <Tag key={p.department} color={p.response === "ACCEPTED" ? TAG.ok : p.response === "DECLINED" ? TAG.bad : undefined}>
                              {names[p.department] ?? p.department}：{RESPONSE_NAMES[p.response] ?? p.response}
                            </Tag>
                          ))}
                        </Space>
                      </Card>
                    ))}
                  </Space>
                </Card>
              </Col>
            );
          })}
        </Row>
      )}
      {ended.length > 0 && (
        <Typography.Text type="secondary">
          另有 {ended.length} 次联合抽查未获同意或已取消。
        </Typography.Text>
      )}
    </Space>
  );
}
