/**
 * Sign-in: in production the identity provider hands the app a token (`/signin#token=…`); in the
 * demo, the page offers the demo's accounts. A token can also be pasted.
 */
import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Form, Input, List, Space, Typography } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { ROLE_NAMES, signIn } from "../../shared/session";
import { demoAccounts } from "./api";

/** Where each role starts. */
export const homeOf = (role: string) => (role === "dashboard_viewer" ? "/dashboard" : role === "office_coordinator" ? "/office" : "/office");

export default function SignInPage() {
  const navigate = useNavigate();
  const accounts = useQuery({ queryKey: ["demoAccounts"], queryFn: demoAccounts });
  const [bad, setBad] = useState(false);
  const use = (token: string) => {
    const s = signIn(token);
    if (!s) return setBad(true);
    navigate(homeOf(s.role));
  };
  return (
    <Space orientation="vertical" size="large" style={{ width: "100%", maxWidth: 640, margin: "0 auto" }}>
      <Typography.Title level={2}>登录</Typography.Title>
      {accounts.data && accounts.data.length > 0 && (
        <Card title="演示账号">
          <Typography.Paragraph type="secondary">演示环境：选择一个角色即可登录。正式环境通过统一身份认证登录。</Typography.Paragraph>
          <List
            dataSource={accounts.data}
            renderItem={(a) => (
              <List.Item actions={[<Button key="in" type="primary" onClick={() => use(a.token)} aria-label={`以${a.label}登录`}>登录</Button>]}>
                <List.Item.Meta title={a.label} description={ROLE_NAMES[a.role] ?? a.role} />
              </List.Item>
            )}
          />
        </Card>
      )}
      <Card title="使用令牌登录">
        <Form layout="vertical" onFinish={(v: { token: string }) => use(v.token ?? "")}>
          <Form.Item name="token" label="访问令牌（由统一身份认证系统签发）">
            <Input.TextArea rows={3} aria-label="访问令牌" />
          </Form.Item>
          {bad && <Alert type="error" showIcon title="令牌无法识别或已过期，请重新获取。" style={{ marginBottom: 12 }} />}
          <Button htmlType="submit">登录</Button>
        </Form>
      </Card>
    </Space>
  );
}
