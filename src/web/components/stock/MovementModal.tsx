import { DatePicker, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import type dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchProducts, type Balance, type NewMovement } from '../../api/stock.ts';
import { useAsync } from '../../hooks/useAsync.ts';

interface Values {
  kind: NewMovement['kind'];
  lotId?: number;
  productId?: number;
  lotCode?: string;
  expiryDate?: dayjs.Dayjs;
  quantity: number;
  note?: string;
}

interface Props {
  unitId: number;
  /** lots the unit already holds, to pick from */
  lots: Balance[];
  onCancel(): void;
  onSave(m: NewMovement): Promise<boolean>;
}

/** Records vaccine received (an existing lot or a new one), wasted, or an adjustment, at one unit. */
export function MovementModal({ unitId, lots, onCancel, onSave }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [newLot, setNewLot] = useState(lots.length === 0);
  const [saving, setSaving] = useState(false);
  const products = useAsync(() => (newLot ? fetchProducts() : null), [newLot]);
  const [clientId] = useState(() => crypto.randomUUID());

  const submit = async (v: Values) => {
    setSaving(true);
    const m: NewMovement = {
      clientId, unitId, kind: v.kind, quantity: v.quantity, ...(v.note ? { note: v.note } : {}),
      ...(newLot ? { lot: { productId: v.productId!, lotCode: v.lotCode!, expiryDate: v.expiryDate!.format('YYYY-MM-DD') } } : { lotId: v.lotId! }),
    };
    const ok = await onSave(m);
    setSaving(false);
    return ok;
  };

  const lotOptions = [...new Map(lots.map((b) => [b.lot.id, b.lot])).values()].map((l) => ({ value: l.id, label: `${l.product.name} – ${l.code} (${l.expiryDate})` }));
  return (
    <Modal open title={t('stock.movement.title')} onCancel={onCancel} onOk={() => form.submit()} confirmLoading={saving} okText={t('stock.common.save')} cancelText={t('stock.common.cancel')}>
      <Form form={form} layout="vertical" initialValues={{ kind: 'received' }} onFinish={submit}>
        <Form.Item name="kind" label={t('stock.movement.kind')}>
          <Radio.Group options={(['received', 'wasted', 'adjust'] as const).map((k) => ({ value: k, label: t(`stock.movement.kinds.${k}`) }))} />
        </Form.Item>
        <Radio.Group value={newLot} onChange={(e) => setNewLot(e.target.value as boolean)} style={{ marginBottom: 12 }}
          options={[{ value: false, label: t('stock.movement.existingLot'), disabled: lots.length === 0 }, { value: true, label: t('stock.movement.newLot') }]} />
        {newLot ? (
          <>
            <Form.Item name="productId" label={t('stock.common.product')} rules={[{ required: true }]}>
              <Select loading={products.loading} options={(products.data ?? []).map((p) => ({ value: p.id, label: p.name }))} />
            </Form.Item>
            <Form.Item name="lotCode" label={t('stock.movement.lotCode')} rules={[{ required: true }]}><Input maxLength={60} /></Form.Item>
            <Form.Item name="expiryDate" label={t('stock.common.expiry')} rules={[{ required: true }]}><DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} /></Form.Item>
          </>
        ) : (
          <Form.Item name="lotId" label={t('stock.common.lot')} rules={[{ required: true }]}><Select options={lotOptions} /></Form.Item>
        )}
        <Form.Item name="quantity" label={t('stock.common.quantity')} rules={[{ required: true }]}>
          <InputNumber style={{ width: '100%' }} inputMode="numeric" />
        </Form.Item>
        <Form.Item name="note" label={t('stock.movement.note')}><Input.TextArea rows={2} maxLength={500} /></Form.Item>
      </Form>
    </Modal>
  );
}
