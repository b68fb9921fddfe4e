import { Button, Drawer, Grid, Layout, Menu } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useAuth, useUser } from '../auth/AuthContext.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { NAV_GROUPS, navFor, navItemOf, type NavItem } from './navigation.ts';
import { NotificationBell } from './notifications/NotificationBell.tsx';
import { PageSpinner } from './PageSpinner.tsx';

const { Header, Sider, Content } = Layout;

export function AppLayout() {
  const { t } = useTranslation();
  const user = useUser();
  const { signOut } = useAuth();
  const { pathname } = useLocation();
  const screens = Grid.useBreakpoint();
  const wide = screens.lg === true;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const items = navFor(user.role);
  const selected = navItemOf(items, pathname)?.path;
  const entry = (i: NavItem) => ({ key: i.path, label: <Link to={i.path}>{t(i.labelKey)}</Link> });
  const menuItems = [
    ...items.filter((i) => !i.group).map(entry),
    ...NAV_GROUPS.map((g) => ({ key: g, type: 'group' as const, label: t(`nav.group.${g}`), children: items.filter((i) => i.group === g).map(entry) }))
      .filter((g) => g.children.length > 0),
  ];
  const menu = (
    <Menu
      mode="inline"
      selectedKeys={selected ? [selected] : []}
      onClick={() => setDrawerOpen(false)}
      items={menuItems}
      style={{ borderInlineEnd: 'none' }}
      data-testid="side-menu"
    />
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header className="ec-header">
        {!wide && (
          <Button
            type="text"
            aria-label={t('app.menu')}
            onClick={() => setDrawerOpen(true)}
            className="ec-menu-button"
            data-testid="menu-button"
          >
            ☰
          </Button>
        )}
        <Link to="/dashboard" className="ec-brand">
          {t('app.name')}
        </Link>
        <div className="ec-header-right">
          <span className="ec-user" data-testid="header-user" title={`${user.fullName} · ${user.unit.fullName}`}>
            <strong>{user.fullName}</strong>
            {screens.md && <span className="ec-user-unit"> · {user.unit.fullName}</span>}
          </span>
          <NotificationBell />
          <LanguageSwitch />
          <Button size="small" onClick={() => void signOut()} data-testid="sign-out">
            {t('app.signOut')}
          </Button>
        </div>
      </Header>
      <Layout>
        {wide ? (
          <Sider width={210} theme="light" className="ec-sider">
            {menu}
          </Sider>
        ) : (
          <Drawer
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            placement="left"
            size={240}
            title={t('app.name')}
            styles={{ body: { padding: 0 } }}
          >
            {!screens.md && (
              <div className="ec-drawer-user">
                <strong>{user.fullName}</strong>
                <div>{user.unit.fullName}</div>
              </div>
            )}
            {menu}
          </Drawer>
        )}
        <Content className="ec-content">
          <Suspense fallback={<PageSpinner />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}
