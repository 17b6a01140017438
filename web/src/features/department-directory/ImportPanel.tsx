/**
 * 名录导入: a file dropped on the page is checked against the directory first (a preview: rows to
 * insert, to update with the changed fields, unchanged; each error with its row as Excel shows it,
 * its column and the reason, downloadable); only then imported, as a job whose progress shows, all
 * rows or none. The file goes up once for the check and once for the import, streamed (no size limit
 * of a GraphQL request; up to the department's upload limit).
 */
import { useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card, Col, Progress, Result, Row, Space, Statistic, Table, Tag, Typography, Upload } from "antd";
import { useState } from "react";
import type { ImportReportFieldsFragment } from "../../gql/graphql";
import { saveCsv, upload } from "../../shared/download";
import { ApiError, sentenceOf } from "../../shared/errors";
import { forDepartment, request } from "../../shared/graphql";
import { DepartmentJobQuery } from "./api";

export type DirectoryKind = "targets" | "inspectors";
const WHAT: Record<DirectoryKind, string> = { targets: "检查对象", inspectors: "执法检查人员" };

type Advance = { sent?: number; total?: number; done?: number; rows?: number | null; step?: string | null };
type Step =
  | { at: "choose"; error?: string }
  | { at: "checking"; file: File; progress: Advance }
  | { at: "preview"; file: File; report: ImportReportFieldsFragment }
  | { at: "importing"; file: File; progress: Advance }
  | { at: "done"; file: File; report: Partial<ImportReportFieldsFragment> }
  | { at: "failed"; file: File; error: string };

const formatOf = (name: string) => (/\.xlsx$/i.test(name) ? "xlsx" : /\.csv$/i.test(name) ? "csv" : null);
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

export function ImportPanel({ kind, department, onClose }: { kind: DirectoryKind; department: string; onClose: () => void }) {
  const [step, setStep] = useState<Step>({ at: "choose" });
  const queryClient = useQueryClient();

  /**
   * The file goes up as it is (streamed to the department: no size limit of a GraphQL request) and is
   * read there by an import job; its progress, then its report.
   */
  async function run(file: File, dryRun: boolean, onProgress: (p: Advance) => void): Promise<Partial<ImportReportFieldsFragment>> {
    const job = await upload<{ id: string }>(`${department}/import-${kind}?format=${formatOf(file.name)}&dryRun=${dryRun}`, file, (sent, total) => onProgress({ sent, total }));
    for (;;) {
      const state = (await request(forDepartment(DepartmentJobQuery, department), { id: job.id })).data.department?.job;
      if (!state) throw new ApiError("NOT_FOUND", "找不到这次导入作业，请刷新后查看名录。");
      if (state.state === "SUCCEEDED") return (state.result ?? {}) as Partial<ImportReportFieldsFragment>;
      if (state.state === "FAILED" || state.state === "CANCELLED") throw new ApiError("JOB_FAILED", `导入未完成，名录没有变化：${state.error ?? "作业已取消"}`);
      onProgress({ sent: file.size, total: file.size, done: state.done ?? 0, rows: state.total, step: state.step });
      await pause(500);
    }
  }

  async function check(file: File) {
    if (!formatOf(file.name)) return setStep({ at: "choose", error: `“${file.name}”不是 Excel（.xlsx）或 CSV（.csv）文件。` });
    setStep({ at: "checking", file, progress: {} });
    try {
      const report = await run(file, true, (progress) => setStep({ at: "checking", file, progress }));
      setStep({ at: "preview", file, report: report as ImportReportFieldsFragment });
    } catch (e) {
      setStep({ at: "choose", error: sentenceOf(e) });
    }
  }

  async function commit(file: File) {
    setStep({ at: "importing", file, progress: {} });
    try {
      const report = await run(file, false, (progress) => setStep({ at: "importing", file, progress }));
      setStep(report.status === "REJECTED" ? { at: "failed", file, error: `文件有 ${report.errorCount ?? 0} 处错误，未导入任何一行。` } : { at: "done", file, report });
      await queryClient.invalidateQueries({ queryKey: [kind] });
    } catch (e) {
      setStep({ at: "failed", file, error: sentenceOf(e) });
    }
  }

  const again = <Button onClick={() => setStep({ at: "choose" })}>重新选择文件</Button>;
  return (
    <Card title={`导入${WHAT[kind]}名录`} extra={<Button type="text" onClick={onClose}>关闭</Button>}>
      {step.at === "choose" && (
        <Space orientation="vertical" style={{ width: "100%" }}>
          {step.error && <Alert type="error" showIcon title={step.error} role="alert" />}
          <Upload.Dragger
            accept=".xlsx,.csv"
            multiple={false}
            showUploadList={false}
            beforeUpload={(file) => {
              void check(file);
              return false;
            }}
          >
            <p style={{ fontSize: 16, margin: "8px 0" }}>把 Excel（.xlsx）或 CSV 文件拖到这里，或点击选择文件</p>
            <p style={{ color: "rgba(0,0,0,0.65)" }}>第一行为表头（如“统一社会信用代码、名称、风险等级、信用风险分类”）；先预览，确认后才写入。</p>
          </Upload.Dragger>
        </Space>
      )}
      {step.at === "checking" && <Working file={step.file} progress={step.progress} what="校验并与名录比对" />}
      {step.at === "preview" && <Preview kind={kind} file={step.file} report={step.report} again={again} onCommit={() => commit(step.file)} />}
      {step.at === "importing" && <Working file={step.file} progress={step.progress} what="导入" />}
      {step.at === "done" && (
        <Result
          status="success"
          title="导入完成"
          subTitle={`新增 ${step.report.inserted ?? 0} 条，更新 ${step.report.updated ?? 0} 条，未变 ${step.report.unchanged ?? 0} 条。`}
          extra={[<Button key="close" type="primary" onClick={onClose}>查看名录</Button>, <Button key="again" onClick={() => setStep({ at: "choose" })}>继续导入</Button>]}
        />
      )}
      {step.at === "failed" && <Result status="error" title="导入未完成" subTitle={step.error} extra={again} />}
    </Card>
  );
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** A long step: the upload's bytes first, then the job's rows. */
function Working({ file, progress, what }: { file: File; progress: Advance; what: string }) {
  const uploading = progress.done === undefined;
  const percent = uploading ? (progress.total ? Math.floor(((progress.sent ?? 0) / progress.total) * 100) : 0) : progress.rows ? Math.floor(((progress.done ?? 0) / progress.rows) * 100) : 0;
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      <Typography.Text>
        {uploading ? `正在上传“${file.name}”…` : `正在${what}“${file.name}”${progress.step ? `（${progress.step}）` : ""}…`}
      </Typography.Text>
      <Progress percent={percent} status="active" aria-label={uploading ? "上传进度" : `${what}进度`} />
      <Typography.Text type="secondary">
        {uploading
          ? `已上传 ${mb(progress.sent ?? 0)} / ${mb(progress.total ?? file.size)}`
          : `已处理 ${(progress.done ?? 0).toLocaleString("zh-CN")}${progress.rows ? ` / ${progress.rows.toLocaleString("zh-CN")}` : ""} 行`}
      </Typography.Text>
    </Space>
  );
}

function Preview({ kind, file, report, again, onCommit }: { kind: DirectoryKind; file: File; report: ImportReportFieldsFragment; again: React.ReactNode; onCommit: () => void }) {
  const stem = file.name.replace(/\.[^.]+$/, "");
  const nothingToDo = report.errorCount === 0 && report.changeCount === 0;
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Text>
        “{file.name}”：读取 {report.rowsRead.toLocaleString("zh-CN")} 行
      </Typography.Text>
      <Row gutter={16}>
        <Col span={6}><Statistic title="新增" value={report.inserted} /></Col>
        <Col span={6}><Statistic title="更新" value={report.updated} /></Col>
        <Col span={6}><Statistic title="未变" value={report.unchanged} /></Col>
        <Col span={6}><Statistic title="错误" value={report.errorCount} valueStyle={report.errorCount ? { color: "#a8071a" } : undefined} /></Col>
      </Row>
      {report.ignoredColumns.length > 0 && <Alert type="warning" showIcon title={`以下列不认识，未读取：${report.ignoredColumns.join("、")}`} />}
      {report.clearedValues > 0 && <Alert type="warning" showIcon title={`有 ${report.clearedValues} 个已有的值将被文件中的空单元格清空。`} />}
      {report.errorCount > 0 ? (
        <>
          <Alert
            type="error"
            showIcon
            role="alert"
            title={`文件有 ${report.errorCount} 处错误，整个文件都不会导入。请按下表修改后重新选择文件。`}
            description={report.errorCount > report.errors.length ? `下表列出前 ${report.errors.length} 处。` : undefined}
          />
          <Space>
            <Button onClick={() => saveCsv(`${stem}-错误清单.csv`, ["行号", "列", "原因"], report.errors.map((e) => [e.row, e.column, e.reason]))}>下载错误清单</Button>
            {again}
          </Space>
          <Table
            rowKey={(e) => `${e.row}|${e.column}|${e.reason}`}
            size="small"
            dataSource={report.errors}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              { title: "行号", dataIndex: "row", width: 80, render: (r: number) => (r === 0 ? "文件" : `第 ${r} 行`) },
              { title: "列", dataIndex: "column", width: 180, render: (c: string | null) => c ?? "—" },
              { title: "原因", dataIndex: "reason" },
            ]}
          />
        </>
      ) : (
        <>
          <Space>
            <Button type="primary" disabled={nothingToDo} onClick={onCommit}>
              {nothingToDo ? "名录已是最新，无需导入" : `确认导入（新增 ${report.inserted}，更新 ${report.updated}）`}
            </Button>
            {again}
          </Space>
          {report.changes.length > 0 && (
            <Table
              rowKey={(c) => `${c.row}|${c.key}`}
              size="small"
              dataSource={report.changes}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              title={() => (report.changeCount > report.changes.length ? `变化的记录（前 ${report.changes.length} 条，共 ${report.changeCount} 条）` : "变化的记录")}
              columns={[
                { title: "行号", dataIndex: "row", width: 90, render: (r: number) => `第 ${r} 行` },
                { title: kind === "targets" ? "统一社会信用代码" : "执法证号", dataIndex: "key", width: 200 },
                { title: "操作", dataIndex: "action", width: 80, render: (a: string) => (a === "INSERT" ? <Tag color="#237804">新增</Tag> : <Tag color="#0958d9">更新</Tag>) },
                { title: "变化的字段", render: (_, c) => (c.action === "INSERT" ? "新记录" : [...c.fields, ...c.cleared.map((f) => `${f}（清空）`)].join("、") || "—") },
              ]}
            />
          )}
        </>
      )}
    </Space>
  );
}
