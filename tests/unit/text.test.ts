/** Customer text is cut between characters and made well-formed before it is encoded. */
import { truncate, wellFormed } from '../../bot/src/domain/shared/text';
import { encodeMetadata } from '../../bot/src/blobs/blob-metadata';

test.each([
  ['abc', 2, 'ab'],
  ['ab😀', 3, 'ab'],
  ['ab😀', 4, 'ab😀'],
  ['😀😀', 3, '😀'],
  ['short', 10, 'short'],
])('truncate(%p, %p) is %p', (text, max, expected) => {
  expect(truncate(text, max)).toBe(expected);
});

test('a lone surrogate becomes U+FFFD, and metadata with one encodes instead of throwing', () => {
  const broken = `${'x'.repeat(3)}\uD83D`;
  expect(wellFormed(broken)).toBe('xxx\uFFFD');
  expect(() => encodeMetadata({ subject: broken })).not.toThrow();
  expect(truncate(`a\uDE00b`, 5)).toBe('a\uFFFDb');
});
