import { Typography } from 'antd';

export default function LevelsPage() {
  return <Typography.Title level={3}>LevelsPage</Typography.Title>;
}
