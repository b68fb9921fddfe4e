import { Button, Grid, Layout, Menu, Space, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useAuth, useUser } from '../auth/AuthContext.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { navFor } from './navigation.ts';
import { PageSpinner } from './PageSpinner.tsx';

const { Header, Sider, Content } = Layout;

export function AppLayout() {
  const { t } = useTranslation();
  const user = useUser();
  const { signOut } = useAuth();
  const { pathname } = useLocation();
  const screens = Grid.useBreakpoint();
  const narrow = !screens.lg;
  const [collapsed, setCollapsed] = useState(narrow);
  const items = navFor(user.role);
  const selected = items.find((i) => pathname.startsWith(i.path))?.path;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header className="ec-header">
        <Link to="/dashboard" className="ec-brand">
          {t('app.name')}
        </Link>
        <Space size="middle" wrap={false} className="ec-header-right">
          <span className="ec-user" data-testid="header-user">
            <Typography.Text strong style={{ color: 'inherit' }}>
              {user.fullName}
            </Typography.Text>
            {screens.md && <span className="ec-user-unit"> · {user.unit.fullName}</span>}
          </span>
          <LanguageSwitch />
          <Button size="small" onClick={() => void signOut()} data-testid="sign-out">
            {t('app.signOut')}
          </Button>
        </Space>
      </Header>
      <Layout>
        <Sider
          breakpoint="lg"
          collapsedWidth={0}
          collapsed={collapsed}
          onCollapse={setCollapsed}
          width={210}
          theme="light"
          className="ec-sider"
        >
          <Menu
            mode="inline"
            selectedKeys={selected ? [selected] : []}
            onClick={() => narrow && setCollapsed(true)}
            items={items.map((i) => ({ key: i.path, label: <Link to={i.path}>{t(i.labelKey)}</Link> }))}
          />
        </Sider>
        <Content className="ec-content">
          <Suspense fallback={<PageSpinner />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}
