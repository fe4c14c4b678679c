import { describe, expect, it } from 'vitest';
import { escapeHtml, markdownWithoutHtml } from '../../bot/channels/html';

describe('chat reply text', () => {
  it('shows markup from content or a person as text, never as HTML', () => {
    expect(markdownWithoutHtml('see <script>alert(1)</script> **now**')).toBe('see &lt;script&gt;alert(1)&lt;/script&gt; **now**');
  });

  it('keeps a bare ampersand as people wrote it ("Hinckley & Bosworth")', () => {
    expect(markdownWithoutHtml('Hinckley & Bosworth')).toBe('Hinckley & Bosworth');
  });

  it('escapes every markup character inside a page', () => {
    expect(escapeHtml(`a & "b" <c>`)).toBe('a &amp; &quot;b&quot; &lt;c&gt;');
  });
});
