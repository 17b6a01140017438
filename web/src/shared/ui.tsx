/** Loading, empty and error states every page uses: never a blank page, every error a sentence. */
import { Alert, Button, Empty, Result, Spin } from "antd";
import type { ReactNode } from "react";
import { sentenceOf } from "./errors";

export function ErrorNotice({ error }: { error: unknown }) {
  return <Alert type="error" showIcon title="未能加载" description={sentenceOf(error)} role="alert" />;
}

export function Warnings({ warnings }: { warnings: string[] | undefined }) {
  if (!warnings?.length) return null;
  return (
    <>
      {warnings.map((w) => (
        <Alert key={w} type="warning" showIcon title={w} style={{ marginBottom: 12 }} />
      ))}
    </>
  );
}

export function Loading({ what = "数据" }: { what?: string }) {
  return (
    <div style={{ padding: 48, textAlign: "center" }} aria-busy="true">
      <Spin tip={`正在加载${what}…`}>
        <div style={{ minHeight: 40 }} />
      </Spin>
    </div>
  );
}

export function Nothing({ children }: { children: ReactNode }) {
  return <Empty description={children} />;
}

export function NotFoundPage() {
  return <Result status="404" title="页面不存在" subTitle="您访问的页面不存在，请从菜单重新进入。" />;
}

/** Tag colours with readable text: solid, dark enough for white letters. */
export const TAG = { ok: "#237804", warn: "#ad4e00", bad: "#a8071a", info: "#0958d9" } as const;

/** 加载更多: the next page of a list paged by cursor, while there is one. */
export function LoadMore({ pages }: { pages: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage(): unknown } }) {
  if (!pages.hasNextPage) return null;
  return (
    <Button style={{ alignSelf: "flex-start" }} onClick={() => pages.fetchNextPage()} loading={pages.isFetchingNextPage}>
      加载更多
    </Button>
  );
}
