/** 一企一档: find a target by its code or part of its name, across every department's directory. */
import { useQuery } from "@tanstack/react-query";
import { Input, Space, Tag, Typography } from "antd";
import { Link, useNavigate, useSearchParams } from "react-router";
import { DataTable } from "../../shared/DataTable";
import { useDepartmentNames } from "../../shared/departments";
import { request } from "../../shared/graphql";
import { ErrorNotice, Nothing, Warnings } from "../../shared/ui";
import { SearchQuery } from "./api";

/** A whole code (18 characters, or an individual business's pseudonym) opens its record at once. */
const WHOLE_CODE = /^([0-9A-HJ-NPQRTUWXY]{18}|P[0-9A-F]{17})$/;

export default function SearchPage() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const q = params.get("q")?.trim() ?? "";
  const tooShort = q.length > 0 && [...q].length < 2;
  const found = useQuery({ queryKey: ["enterpriseSearch", q], enabled: q.length > 0 && !tooShort, queryFn: () => request(SearchQuery, { search: q }) });
  const names = useDepartmentNames(found.data?.data.departments);
  const rows = found.data?.data.searchTargets ?? [];
  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        一企一档
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        输入统一社会信用代码或名称中的两个字以上，查看各部门对该对象的登记、本年度检查、结果、后续处置和联合检查记录。
      </Typography.Paragraph>
      <Input.Search
        aria-label="统一社会信用代码或名称"
        placeholder="统一社会信用代码或名称"
        defaultValue={q}
        enterButton="查询"
        allowClear
        maxLength={50}
        style={{ maxWidth: 560 }}
        onSearch={(v) => {
          const t = v.trim();
          if (WHOLE_CODE.test(t.toUpperCase())) return navigate(`/office/targets/${t.toUpperCase()}`);
          setParams(t ? { q: t } : {});
        }}
      />
      {tooShort && <Typography.Text type="danger">请至少输入两个字。</Typography.Text>}
      {found.error && <ErrorNotice error={found.error} />}
      <Warnings warnings={found.data?.warnings} />
      {q && !tooShort && (
        <DataTable
          label="检查对象查询结果"
          rowKey="uscc"
          loading={found.isLoading}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 700 }}
          locale={{ emptyText: <Nothing>各部门名录中没有找到“{q}”</Nothing> }}
          columns={[
            { title: "统一社会信用代码", dataIndex: "uscc", render: (u: string) => <Link to={`/office/targets/${u}`}>{u}</Link> },
            { title: "名称", dataIndex: "name", render: (n: string | null, r) => <Link to={`/office/targets/${r.uscc}`}>{n ?? "（未登记名称）"}</Link> },
            { title: "登记部门", dataIndex: "departments", render: (ds: string[]) => <Space wrap>{ds.map((d) => <Tag key={d}>{names[d] ?? d}</Tag>)}</Space> },
          ]}
          footer={rows.length === 50 ? () => "只显示前 50 户，请输入更完整的名称或代码。" : undefined}
        />
      )}
    </Space>
  );
}
