import { Breadcrumb, Layout, Space } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router-dom';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { PageSpinner } from '../components/PageSpinner.tsx';
import { openDataPath, publicUnitPath } from './paths.ts';
import { TrailContext, type Trail } from './trail.ts';

const { Header, Content, Footer } = Layout;

/** The public portal's frame: no sign-in, no menu of the command centre, no call that needs a session. */
export default function PublicLayout() {
  const { t } = useTranslation();
  const [trail, setTrail] = useState<Trail>([]);
  const last = trail[trail.length - 1];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header className="ec-header">
        <Link to="/public" className="ec-brand" data-testid="public-brand">
          {t('publicPortal.title')}
        </Link>
        <div className="ec-header-right">
          <LanguageSwitch />
        </div>
      </Header>
      <Content className="ec-content" style={{ width: '100%', maxWidth: 1200, margin: '0 auto' }}>
        {trail.length > 1 && (
          <Breadcrumb
            data-testid="public-breadcrumb"
            style={{ marginBottom: 8 }}
            items={trail.map((u, i) => ({
              key: u.id,
              title:
                i < trail.length - 1 ? <Link to={publicUnitPath(u.id, u.level)}>{u.level === 0 ? t('publicPortal.nation') : u.name}</Link> : u.name,
            }))}
          />
        )}
        <TrailContext.Provider value={setTrail}>
          <Suspense fallback={<PageSpinner />}>
            <Outlet />
          </Suspense>
        </TrailContext.Provider>
      </Content>
      <Footer style={{ textAlign: 'center', padding: '16px 12px' }}>
        <Space size={16} wrap style={{ justifyContent: 'center' }}>
          <Link to={openDataPath(last && last.level > 0 ? last.id : undefined)} data-testid="footer-open-data">
            {t('publicPortal.footer.openData')}
          </Link>
          {/* a full page load: the command centre checks the session there, the portal never does */}
          <a href="/login" data-testid="footer-login">
            {t('publicPortal.footer.login')}
          </a>
        </Space>
        <div className="ec-card-sub">{t('publicPortal.footer.privacy')}</div>
      </Footer>
    </Layout>
  );
}
