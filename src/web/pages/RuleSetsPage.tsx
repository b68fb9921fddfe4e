import { Typography } from 'antd';

export default function RuleSetsPage() {
  return <Typography.Title level={3}>RuleSetsPage</Typography.Title>;
}
