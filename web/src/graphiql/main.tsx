/**
 * GraphiQL for the demo and for development, bundled with its editor and fonts (nothing loaded from
 * outside). The gateway serves it at /graphiql only outside production. It signs requests with the
 * token of the app's session in this tab, when there is one; the headers tab can set another.
 */
import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import { GraphiQL, type GraphiQLProps } from "graphiql";
import { createRoot } from "react-dom/client";
import { currentSession, takeTokenFromUrl } from "../shared/session";

const fetcher: GraphiQLProps["fetcher"] = async (params, options) => {
  // the schema for the docs and completion, from the gateway (its limits refuse introspection this deep)
  if (params.operationName === "IntrospectionQuery") return (await fetch("/graphiql/schema.json")).json();
  const res = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...(options?.headers ?? {}) },
    body: JSON.stringify(params),
  });
  return res.json();
};

takeTokenFromUrl();
const token = currentSession()?.token;
const defaultQuery = `# 接入平台的部门。Ctrl+Enter 执行；左上角的文档图标列出全部类型和字段。
query Departments {
  departments { code name }
}
`;

createRoot(document.getElementById("root")!).render(
  <GraphiQL
    fetcher={fetcher}
    defaultQuery={defaultQuery}
    defaultHeaders={token ? JSON.stringify({ authorization: `Bearer ${token}` }, null, 2) : undefined}
    shouldPersistHeaders={false}
  />,
);
