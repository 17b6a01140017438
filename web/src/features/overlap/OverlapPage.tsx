/**
 * 第一轮融合: which targets several departments hold — the overlap matrix between departments and the
 * joint target library, paged to the end.
 */
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { Card, Segmented, Space, Tag, Typography } from "antd";
import { lazy, Suspense, useMemo, useState } from "react";
import { DataTable } from "../../shared/DataTable";
import { DownloadButton } from "../../shared/download";
import { request } from "../../shared/graphql";
import { ErrorNotice, LoadMore, Loading, Nothing, Warnings } from "../../shared/ui";
import { LibraryQuery, OverlapQuery } from "./api";
import { useDepartmentNames } from "../../shared/departments";

const HeatMap = lazy(() => import("./HeatMap"));

export default function OverlapPage() {
  const [minDepartments, setMin] = useState(2);
  const overlap = useQuery({ queryKey: ["overlap"], queryFn: () => request(OverlapQuery) });
  const library = useInfiniteQuery({
    queryKey: ["library", minDepartments],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => request(LibraryQuery, { minDepartments, after: pageParam }),
    getNextPageParam: (last) => (last.data.jointTargetLibrary.hasMore ? last.data.jointTargetLibrary.endCursor : undefined),
  });
  const departments = overlap.data?.data.departments ?? [];
  const names = useDepartmentNames(departments);
  const cells = useMemo(() => {
    const index = new Map(departments.map((d, i) => [d.code, i]));
    return (overlap.data?.data.departmentOverlap ?? []).flatMap((o): [number, number, number][] => {
      const a = index.get(o.a);
      const b = index.get(o.b);
      return a === undefined || b === undefined ? [] : [[a, b, o.targets], [b, a, o.targets]];
    });
  }, [overlap.data, departments]);
  const rows = library.data?.pages.flatMap((p) => p.data.jointTargetLibrary.entries) ?? [];
  const total = library.data?.pages[0]?.data.jointTargetLibrary.totalCount;
  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        联合检查对象名录库
      </Typography.Title>
      {overlap.error && <ErrorNotice error={overlap.error} />}
      <Card title="部门间重叠的检查对象（户）">
        {overlap.isLoading ? <Loading what="重叠情况" /> : cells.length === 0 ? <Nothing>各部门的检查对象目前没有重叠</Nothing> : <Suspense fallback={<Loading what="图表" />}><HeatMap names={departments.map((d) => d.name)} cells={cells} /></Suspense>}
      </Card>
      <Space wrap>
        <span>至少由</span>
        <Segmented value={minDepartments} onChange={(v) => setMin(Number(v))} options={[2, 3, 4, 5].map((n) => ({ value: n, label: `${n} 个部门` }))} />
        <span>管理的检查对象{total !== undefined ? `：共 ${total} 户` : ""}</span>
        <DownloadButton label="下载名录库" service="office" name="library" params={{ minDepartments }} />
      </Space>
      {library.error && <ErrorNotice error={library.error} />}
      <Warnings warnings={library.data?.pages.flatMap((p) => p.warnings)} />
      <DataTable
        label="联合检查对象名录库"
        rowKey="uscc"
        loading={library.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 700 }}
        locale={{ emptyText: <Nothing>没有符合条件的检查对象</Nothing> }}
        columns={[
          { title: "统一社会信用代码", dataIndex: "uscc" },
          { title: "名称", dataIndex: "name" },
          { title: "管理部门", dataIndex: "departments", render: (ds: string[]) => <Space wrap>{ds.map((d) => <Tag key={d}>{names[d] ?? d}</Tag>)}</Space> },
        ]}
      />
      <LoadMore pages={library} />
    </Space>
  );
}
