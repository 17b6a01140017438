/**
 * 证据: files chosen or dropped here are hashed in the browser (SHA-256, read in slices so a video of
 * gigabytes never sits whole in memory); only their name, kind and digest are sent, the files stay
 * with the department.
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import { Button, Tag, Typography, Upload } from "antd";
import { useState } from "react";
import { EVIDENCE_KIND_NAMES } from "./labels";

export interface EvidenceRef {
  id: string;
  kind: string;
  sha256: string;
}

const kindOf = (file: File) => (file.type.startsWith("image/") ? "PHOTO" : file.type.startsWith("audio/") || file.type.startsWith("video/") ? "AUDIO_VIDEO" : "DOCUMENT");

async function fileHash(file: File): Promise<string> {
  const h = sha256.create();
  const SLICE = 8 * 1024 * 1024;
  for (let at = 0; at < file.size; at += SLICE) h.update(new Uint8Array(await file.slice(at, at + SLICE).arrayBuffer()));
  return bytesToHex(h.digest());
}

/** The evidence list and its drop zone; `onHashing` says how many files are still being hashed. */
export function EvidencePicker({ value, onChange, onHashing, label = "把照片、音视频或文书拖到这里，或点击选择" }: { value: EvidenceRef[]; onChange: (next: (xs: EvidenceRef[]) => EvidenceRef[]) => void; onHashing?: (n: number) => void; label?: string }) {
  const [hashing, setHashing] = useState(0);
  const busy = (d: number) =>
    setHashing((n) => {
      onHashing?.(n + d);
      return n + d;
    });
  return (
    <>
      <Upload.Dragger
        multiple
        showUploadList={false}
        beforeUpload={(file) => {
          busy(1);
          void fileHash(file)
            .then((hash) => onChange((xs) => (xs.some((x) => x.sha256 === hash) ? xs : [...xs, { id: file.name.slice(0, 200), kind: kindOf(file), sha256: hash }])))
            .finally(() => busy(-1));
          return false;
        }}
      >
        <p style={{ margin: "8px 0" }}>{label}</p>
      </Upload.Dragger>
      {hashing > 0 && <Typography.Text type="secondary">正在计算 {hashing} 个文件的 SHA-256…</Typography.Text>}
      {value.map((x) => (
        <div key={x.sha256}>
          <Tag>{EVIDENCE_KIND_NAMES[x.kind]}</Tag>
          {x.id}：<Typography.Text code>{x.sha256}</Typography.Text>
          <Button type="link" size="small" onClick={() => onChange((xs) => xs.filter((y) => y.sha256 !== x.sha256))}>移除</Button>
        </div>
      ))}
    </>
  );
}
