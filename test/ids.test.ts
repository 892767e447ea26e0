import { assertId, generateId, isId, seededId } from '../kit/ids';

describe('prefixed ids', () => {
  it('are Medusa-style: prefix, underscore, 26-character ULID that sorts by time', () => {
    const early = generateId('cart', Date.UTC(2026, 0, 1));
    const late = generateId('cart', Date.UTC(2026, 0, 2));
    expect(early).toMatch(/^cart_[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(early < late).toBe(true);
    expect(isId(generateId('pay_col'), 'pay_col')).toBe(true);
  });

  it('are stable for demo data: the same key gives the same id', () => {
    expect(seededId('cart', 'cart:1', 0)).toBe(seededId('cart', 'cart:1', 0));
    expect(seededId('cart', 'cart:1', 0)).not.toBe(seededId('cart', 'cart:2', 0));
  });

  it('reject other prefixes and malformed values with BAD_USER_INPUT', () => {
    for (const value of [
      'cart',
      'order_01KDVDNA00WRYXC7DTQKP1G9MN',
      'cart_01KDVDNA00WRYXC7DTQKP1G9M',
      'cart_01KDVDNA00WRYXC7DTQKP1G9MNX',
      'cart_01kdvdna00wryxc7dtqkp1g9mn',
    ]) {
      expect(() => assertId(value, 'cart')).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
      );
    }
    expect(assertId('cart_01KDVDNA00WRYXC7DTQKP1G9MN', 'cart')).toBe('cart_01KDVDNA00WRYXC7DTQKP1G9MN');
  });
});
