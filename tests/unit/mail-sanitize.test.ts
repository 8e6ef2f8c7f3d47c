import { sanitizeHtml } from '../../bot/src/mail/sanitize';

test.each([
  ['script', '<p>a</p><script>alert(1)</script>', '<p>a</p>'],
  ['style element and attribute', '<style>p{color:red}</style><p style="position:fixed">a</p>', '<p>a</p>'],
  ['event handlers', '<b onclick="x()" onmouseover="y()">a</b>', '<b>a</b>'],
  ['iframe, object, embed', '<iframe src="https://e.example"></iframe><object data="x"></object><embed src="x">a', 'a'],
  ['form and inputs', '<form action="https://e.example"><input name="pw"><button>go</button></form>', 'go'],
  ['javascript: link', '<a href="javascript:alert(1)">x</a>', '<a rel="noopener noreferrer nofollow" target="_blank">x</a>'],
  ['obfuscated javascript: link', '<a href="  JaVaScRiPt:alert(1)">x</a>', '<a rel="noopener noreferrer nofollow" target="_blank">x</a>'],
  ['data: link', '<a href="data:text/html,<script>alert(1)</script>">x</a>', '<a rel="noopener noreferrer nofollow" target="_blank">x</a>'],
  ['https link gets rel and target', '<a href="https://example.com" target="_self">x</a>', '<a href="https://example.com" target="_blank" rel="noopener noreferrer nofollow">x</a>'],
  ['mailto link', '<a href="mailto:a@example.com">x</a>', '<a href="mailto:a@example.com" rel="noopener noreferrer nofollow" target="_blank">x</a>'],
  ['remote image blocked, alt kept', '<img src="https://t.example/p.gif" alt="pixel" onerror="x()">', '<img alt="pixel" />'],
  ['protocol-relative image blocked', '<img src="//t.example/p.gif" alt="p">', '<img alt="p" />'],
  ['data: image blocked', '<img src="data:image/png;base64,AAAA" alt="d">', '<img alt="d" />'],
  ['cid image kept', '<img src="cid:logo@x" alt="logo">', '<img alt="logo" src="cid:logo@x" />'],
  ['tables and formatting kept', '<table border="1"><tr><td colspan="2"><b>x</b> <i>y</i></td></tr></table>', '<table border="1"><tr><td colspan="2"><b>x</b> <i>y</i></td></tr></table>'],
  ['svg dropped', '<svg onload="alert(1)"><circle r="1"/></svg>ok', 'ok'],
])('%s', (_name, input, expected) => {
  expect(sanitizeHtml(input)).toBe(expected);
});
