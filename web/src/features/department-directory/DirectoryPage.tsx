/**
 * 一单两库 in the department's hands: its target directory (检查对象名录库) or its inspector directory
 * (执法检查人员名录库), filtered and searched, paged to the end, downloadable, and imported from a
 * spreadsheet with a preview first. Filters live in the address, so a filtered list is a link.
 */
import { useInfiniteQuery } from "@tanstack/react-query";
import { Button, Input, Select, Space, Tag, Typography } from "antd";
import { useState } from "react";
import type { InspectorFilter, InspectorStatus, RiskLevel, TargetFilter, TargetStatus } from "../../gql/graphql";
import { DataTable } from "../../shared/DataTable";
import { DownloadButton } from "../../shared/download";
import { forDepartment, request } from "../../shared/graphql";
import { GENDER_NAMES, INSPECTOR_STATUS_NAMES, labelOptions, nameOf, RISK_NAMES, TARGET_KIND_NAMES, TARGET_STATUS_NAMES } from "../../shared/labels";
import { useUrlFilters } from "../../shared/params";
import { currentSession } from "../../shared/session";
import { ErrorNotice, LoadMore, Nothing, Warnings } from "../../shared/ui";
import { DepartmentInspectorsQuery, DepartmentTargetsQuery } from "./api";
import { ImportPanel, type DirectoryKind } from "./ImportPanel";

const PAGE = 50;
const list = (v: string | null) => (v ? v.split(",").filter(Boolean) : undefined);

export default function DirectoryPage({ kind }: { kind: DirectoryKind }) {
  const department = currentSession()?.department;
  if (!department) return <Nothing>请以部门账号登录后使用名录。</Nothing>;
  return <Directory key={kind} kind={kind} department={department} />;
}

function Directory({ kind, department }: { kind: DirectoryKind; department: string }) {
  const [params, set] = useUrlFilters();
  const [importing, setImporting] = useState(false);
  const q = params.get("q")?.trim() ?? "";
  const tooShort = q.length === 1;
  const targetFilter: TargetFilter = {
    search: q && !tooShort ? q : undefined,
    creditClasses: list(params.get("credit")),
    riskLevels: list(params.get("risk")) as RiskLevel[] | undefined,
    statuses: list(params.get("status")) as TargetStatus[] | undefined,
  };
  const inspectorFilter: InspectorFilter = { search: q && !tooShort ? q : undefined, statuses: list(params.get("status")) as InspectorStatus[] | undefined };

  const targets = useInfiniteQuery({
    queryKey: ["targets", department, targetFilter],
    enabled: kind === "targets",
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => request(forDepartment(DepartmentTargetsQuery, department), { filter: targetFilter, after: pageParam, first: PAGE }),
    getNextPageParam: (last) => (last.data.department?.targets.pageInfo.hasNextPage ? last.data.department.targets.pageInfo.endCursor : undefined),
  });
  const inspectors = useInfiniteQuery({
    queryKey: ["inspectors", department, inspectorFilter],
    enabled: kind === "inspectors",
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => request(forDepartment(DepartmentInspectorsQuery, department), { filter: inspectorFilter, after: pageParam, first: PAGE }),
    getNextPageParam: (last) => (last.data.department?.inspectors.pageInfo.hasNextPage ? last.data.department.inspectors.pageInfo.endCursor : undefined),
  });
  const current = kind === "targets" ? targets : inspectors;
  const targetsFirst = targets.data?.pages[0]?.data.department;
  const inspectorsFirst = inspectors.data?.pages[0]?.data.department;
  const first = kind === "targets" ? targetsFirst : inspectorsFirst;
  const total = kind === "targets" ? targetsFirst?.targets : inspectorsFirst?.inspectors;
  const exact = kind === "targets" ? (targetsFirst?.targets.totalCountExact ?? true) : true;
  const creditClasses = targetsFirst?.creditClasses ?? [];
  const title = kind === "targets" ? "检查对象名录" : "执法检查人员名录";

  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <Space style={{ width: "100%", justifyContent: "space-between" }} wrap>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {first?.name ? `${first.name} ` : ""}
          {title}
        </Typography.Title>
        <Space wrap>
          <DownloadButton label="下载名录" service={department} name={kind} />
          <Button type="primary" onClick={() => setImporting(true)} disabled={importing}>
            导入名录
          </Button>
        </Space>
      </Space>
      {importing && <ImportPanel kind={kind} department={department} onClose={() => setImporting(false)} />}
      <Space wrap>
        <Input.Search
          key={kind}
          aria-label={kind === "targets" ? "名称或统一社会信用代码" : "姓名或执法证号"}
          placeholder={kind === "targets" ? "名称或统一社会信用代码" : "姓名或执法证号"}
          defaultValue={q}
          allowClear
          enterButton="查询"
          style={{ width: 320 }}
          onSearch={(v) => set("q", v.trim() || undefined)}
        />
        {kind === "targets" && (
          <>
            <Select aria-label="信用风险分类" mode="multiple" allowClear placeholder="信用风险分类" style={{ minWidth: 160 }} value={list(params.get("credit")) ?? []} onChange={(v) => set("credit", v)} options={creditClasses.map((c) => ({ value: c, label: `${c} 类` }))} />
            <Select aria-label="风险等级" mode="multiple" allowClear placeholder="风险等级" style={{ minWidth: 140 }} value={list(params.get("risk")) ?? []} onChange={(v) => set("risk", v)} options={labelOptions(RISK_NAMES)} />
          </>
        )}
        <Select aria-label="状态" mode="multiple" allowClear placeholder="状态" style={{ minWidth: 140 }} value={list(params.get("status")) ?? []} onChange={(v) => set("status", v)} options={labelOptions(kind === "targets" ? TARGET_STATUS_NAMES : INSPECTOR_STATUS_NAMES)} />
        {total && <Typography.Text>共 {total.totalCount.toLocaleString("zh-CN")}{exact ? "" : "+"} {kind === "targets" ? "户" : "人"}</Typography.Text>}
      </Space>
      {tooShort && <Typography.Text type="danger">按名称查询时，请至少输入 2 个字。</Typography.Text>}
      {current.error && <ErrorNotice error={current.error} />}
      <Warnings warnings={current.data?.pages.flatMap((p) => p.warnings)} />
      {kind === "targets" ? (
        <DataTable
          label={title}
          rowKey="uscc"
          loading={targets.isLoading}
          dataSource={targets.data?.pages.flatMap((p) => p.data.department?.targets.edges.map((e) => e.node) ?? []) ?? []}
          pagination={false}
          scroll={{ x: 1200 }}
          locale={{ emptyText: <Nothing>{q || params.size ? "没有符合条件的检查对象" : "名录中还没有检查对象：请导入名录"}</Nothing> }}
          columns={[
            { title: "统一社会信用代码", dataIndex: "uscc", fixed: "left", width: 200 },
            { title: "名称", dataIndex: "name", width: 260 },
            { title: "类型", dataIndex: "kind", render: (k: string | null) => nameOf(TARGET_KIND_NAMES, k) },
            { title: "行业", dataIndex: "industry", render: (v: string | null) => v ?? "—" },
            { title: "区域", dataIndex: "region", render: (v: string | null) => v ?? "—" },
            { title: "风险等级", dataIndex: "riskLevel", render: (r: string | null) => nameOf(RISK_NAMES, r) },
            { title: "信用风险分类", dataIndex: "creditClass", render: (c: string | null) => (c ? `${c} 类` : "—") },
            { title: "标签", dataIndex: "tags", render: (ts: string[]) => (ts.length ? <Space wrap>{ts.map((t) => <Tag key={t}>{t}</Tag>)}</Space> : "—") },
            { title: "状态", dataIndex: "status", render: (s: string | null) => nameOf(TARGET_STATUS_NAMES, s) },
          ]}
        />
      ) : (
        <DataTable
          label={title}
          rowKey="id"
          loading={inspectors.isLoading}
          dataSource={inspectors.data?.pages.flatMap((p) => p.data.department?.inspectors.edges.map((e) => e.node) ?? []) ?? []}
          pagination={false}
          scroll={{ x: 900 }}
          locale={{ emptyText: <Nothing>{q || params.size ? "没有符合条件的执法检查人员" : "名录中还没有执法检查人员：请导入名录"}</Nothing> }}
          columns={[
            { title: "执法证号", dataIndex: "certificateNumber", fixed: "left", width: 160 },
            { title: "姓名", dataIndex: "name" },
            { title: "性别", dataIndex: "gender", render: (g: string | null) => nameOf(GENDER_NAMES, g) },
            { title: "职务", dataIndex: "position", render: (v: string | null) => v ?? "—" },
            { title: "工作单位", dataIndex: "unit", render: (v: string | null) => v ?? "—" },
            { title: "业务专长", dataIndex: "expertise", render: (ts: string[]) => (ts.length ? <Space wrap>{ts.map((t) => <Tag key={t}>{t}</Tag>)}</Space> : "—") },
            { title: "状态", dataIndex: "status", render: (s: string) => nameOf(INSPECTOR_STATUS_NAMES, s) },
          ]}
        />
      )}
      <LoadMore pages={current} />
    </Space>
  );
}
