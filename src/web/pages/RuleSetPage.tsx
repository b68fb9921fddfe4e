import { Typography } from 'antd';

export default function RuleSetPage() {
  return <Typography.Title level={3}>RuleSetPage</Typography.Title>;
}
