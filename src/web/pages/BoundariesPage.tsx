import { Typography } from 'antd';

export default function BoundariesPage() {
  return <Typography.Title level={3}>BoundariesPage</Typography.Title>;
}
