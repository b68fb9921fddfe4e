import { describe, expect, it } from 'vitest';
import { detectionOf } from './case-detection.ts';

describe('found in quarantine or in the community', () => {
  const home = { quarantinePlace: 'home' as const, listedContact: true };
  const centralised = { quarantinePlace: 'centralised' as const, listedContact: true };
  const tracedOnly = { quarantinePlace: null, listedContact: true };
  const none = { quarantinePlace: null, listedContact: false };
  it('by the province setting', () => {
    expect(detectionOf('centralised', centralised)).toBe('quarantine');
    expect(detectionOf('centralised', home)).toBe('community');
    expect(detectionOf('any_quarantine', home)).toBe('quarantine');
    expect(detectionOf('any_quarantine', tracedOnly)).toBe('community');
    expect(detectionOf('traced_contact', tracedOnly)).toBe('quarantine');
    expect(detectionOf('traced_contact', none)).toBe('community');
  });
});
