/**
 * Downloads (下载) from `/downloads/<service>/<name>.<ext>`: fetched with the session's token (a plain
 * link cannot carry it), the bytes counted as they arrive, then saved under the name the server gave.
 * A refusal becomes a sentence, like every API error.
 */
import { Button, Dropdown, Space, Typography } from "antd";
import { useState } from "react";
import { ApiError, apiErrorOf, NETWORK_SENTENCE, sentenceOf, type ApiErrorShape } from "./errors";
import { currentSession } from "./session";

/** `filename*=UTF-8''…` (RFC 6266) as Express writes it for Chinese names, else `filename="…"`. */
function filenameOf(disposition: string | null, fallback: string): string {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? "");
  if (star) return decodeURIComponent(star[1]!);
  return /filename="([^"]+)"/i.exec(disposition ?? "")?.[1] ?? fallback;
}

export async function download(path: string, onBytes?: (received: number) => void): Promise<string> {
  const token = currentSession()?.token;
  let res: Response;
  try {
    res = await fetch(`/downloads/${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  } catch {
    throw new ApiError("NETWORK", NETWORK_SENTENCE);
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { errors?: ApiErrorShape[] };
    throw apiErrorOf(body.errors, res.status, res.headers.get("retry-after"));
  }
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  try {
    const reader = res.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      onBytes?.((received += value.byteLength));
    }
  } catch {
    throw new ApiError("NETWORK", "下载中断，请重试。");
  }
  const name = filenameOf(res.headers.get("content-disposition"), path.split("/").pop()!);
  saveBlob(new Blob(chunks, { type: res.headers.get("content-type") ?? undefined }), name);
  return name;
}

/**
 * Send a file to `/uploads/<path>` (streamed on to the service that takes it), with the session's
 * token; the upload's progress as it goes; the JSON answer, or the refusal as an ApiError.
 */
export function upload<T>(path: string, file: Blob, onProgress?: (sent: number, total: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    // XMLHttpRequest, not fetch: only it reports an upload's progress
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/uploads/${path}`);
    const token = currentSession()?.token;
    if (token) xhr.setRequestHeader("authorization", `Bearer ${token}`);
    xhr.setRequestHeader("content-type", "application/octet-stream");
    xhr.upload.onprogress = (e) => onProgress?.(e.loaded, e.total || file.size);
    xhr.onerror = () => reject(new ApiError("NETWORK", NETWORK_SENTENCE));
    xhr.onload = () => {
      let body: { errors?: ApiErrorShape[] } & Record<string, unknown>;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        return reject(new ApiError("NETWORK", NETWORK_SENTENCE));
      }
      if (xhr.status >= 400 || body.errors) reject(apiErrorOf(body.errors, xhr.status, xhr.getResponseHeader("retry-after")));
      else resolve(body as T);
    };
    xhr.send(file);
  });
}

/** Hand bytes to the browser's own download, under a name. */
export function saveBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A CSV that Excel opens in Chinese (UTF-8 with a BOM), saved under a name. */
export function saveCsv(name: string, headers: string[], rows: (string | number | null)[][]) {
  const cell = (v: string | number | null) => {
    const t = v === null ? "" : String(v);
    return /[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
  };
  const text = [headers, ...rows].map((r) => r.map(cell).join(",")).join("\r\n");
  saveBlob(new Blob(["\uFEFF", text], { type: "text/csv;charset=utf-8" }), name);
}

const FORMAT_NAMES: Record<string, string> = { xlsx: "Excel 表格（.xlsx）", csv: "CSV 文件（.csv）", json: "JSON 数据（.json）" };
const size = (n: number) => (n < 1024 * 1024 ? `${Math.max(1, Math.round(n / 1024))} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`);

/** A download button: one format, or a menu of them; progress while it runs, a sentence when refused. */
export function DownloadButton({ label = "下载", service, name, formats = ["xlsx", "csv"], params }: { label?: string; service: string; name: string; formats?: string[]; params?: Record<string, string | number | undefined> }) {
  const [state, setState] = useState<{ busy: boolean; received?: number; error?: string; saved?: string }>({ busy: false });
  const query = new URLSearchParams(Object.entries(params ?? {}).filter((e): e is [string, string | number] => e[1] !== undefined).map(([k, v]) => [k, String(v)])).toString();
  const start = (format: string) => {
    setState({ busy: true });
    download(`${service}/${name}.${format}${query ? `?${query}` : ""}`, (received) => setState({ busy: true, received })).then(
      (saved) => setState({ busy: false, saved }),
      (e: unknown) => setState({ busy: false, error: sentenceOf(e) }),
    );
  };
  const text = state.busy ? `正在下载${state.received ? `（已收到 ${size(state.received)}）` : "…"}` : label;
  return (
    <Space wrap>
      {formats.length === 1 ? (
        <Button loading={state.busy} onClick={() => start(formats[0]!)}>
          {text}
        </Button>
      ) : (
        <Dropdown disabled={state.busy} menu={{ items: formats.map((f) => ({ key: f, label: FORMAT_NAMES[f] ?? f })), onClick: ({ key }) => start(key) }}>
          <Button loading={state.busy}>{text} ▾</Button>
        </Dropdown>
      )}
      {state.error && (
        <Typography.Text type="danger" role="alert">
          {state.error}
        </Typography.Text>
      )}
      {state.saved && !state.busy && <Typography.Text type="secondary">已保存：{state.saved}</Typography.Text>}
    </Space>
  );
}
