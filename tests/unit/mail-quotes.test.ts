import { trimQuotes } from '../../bot/src/mail/quotes';

test.each([
  ['en: Gmail', 'Thanks!\n\nOn Mon, 3 Mar 2025 at 10:00, Support <s@contoso.example> wrote:\n> old text', 'Thanks!'],
  ['en: Gmail, wrapped', 'Thanks!\n\nOn Mon, 3 Mar 2025 at 10:00, Contoso Support <s@contoso.example>\nwrote:\n> old text', 'Thanks!'],
  ['en: Outlook separator', 'Fine.\r\n\r\n-----Original Message-----\r\nFrom: Support\r\nold', 'Fine.'],
  ['en: Outlook header block', 'Fine.\n\n________________________________\nFrom: Support <s@contoso.example>\nSent: Monday, March 3, 2025 4:00 PM\nTo: Me\nold', 'Fine.'],
  ['en: bold Outlook header block', 'Fine.\n\n*From:* Support\n*Sent:* Monday\nold', 'Fine.'],
  ['en: trailing quoted lines', 'Yes please.\n\n> Do you want a new one?\n>\n> Support', 'Yes please.'],
  ['en: interleaved quotes stay', '> Question one?\nAnswer one.\n> Question two?\nAnswer two.', '> Question one?\nAnswer one.\n> Question two?\nAnswer two.'],
  ['da: Gmail', 'Tak!\n\nDen 3. mar. 2025 kl. 10.00 skrev Support <s@contoso.example>:\n> gammel tekst', 'Tak!'],
  ['da: Outlook separator', 'Det virker.\n\n-----Oprindelig meddelelse-----\nFra: Support\ngammel', 'Det virker.'],
  ['da: Outlook header block', 'Det virker.\n\nFra: Support <s@contoso.example>\nSendt: 3. marts 2025 16:00\nTil: Mig\ngammel', 'Det virker.'],
  ['sv: Gmail', 'Tack!\n\nDen mån 3 mars 2025 kl 10:00 skrev Support <s@contoso.example>:\n> gammal text', 'Tack!'],
  ['sv: short attribution', 'Tack!\n\nSupport <s@contoso.example> skrev:\n> gammal text', 'Tack!'],
  ['sv: Outlook separator', 'Det fungerar.\n\n-----Ursprungligt meddelande-----\nFrån: Support\ngammal', 'Det fungerar.'],
  ['sv: Outlook header block', 'Det fungerar.\n\nFrån: Support <s@contoso.example>\nSkickat: den 3 mars 2025 16:00\nTill: Mig\ngammal', 'Det fungerar.'],
  ['no quote at all', 'Just a message.\nTwo lines.', 'Just a message.\nTwo lines.'],
  ['only a quote: the whole text', '> only quoted\n> text', '> only quoted\n> text'],
  ['only an attribution and quote: the whole text', 'On Mon, Support wrote:\n> old', 'On Mon, Support wrote:\n> old'],
])('%s', (_name, input, expected) => {
  expect(trimQuotes(input)).toBe(expected);
});
