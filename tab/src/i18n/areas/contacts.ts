/** Messages of suggested contacts in the chat panel (G1–G3), in every language (K1). Each key must exist in all three. */
export const contactsEn = {
  'contacts.title': 'Suggested contacts',
  'contacts.loading': 'Finding suggested contacts…',
  'contacts.none': 'No suggestions for this record.',
  'contacts.reason.owner': 'Owner',
  'contacts.reason.team': 'In the team {team}',
  'contacts.reason.joined': 'Joined a chat',
  'contacts.reason.wroteInChat': 'Wrote in the chat',
  'contacts.reason.changedRecord': 'Worked on this record',
  'contacts.reason.sameCustomer': 'Handled {number} for the same customer',
  'contacts.reason.similarCase': 'Worked on {number} · {title} ({score} alike)',
  'contacts.startChat': 'Start chat',
  'contacts.startChat.label': 'Start chat with {name}',
  'contacts.addToChat': 'Add to chat…',
  'contacts.addToChat.label': 'Add to chat: {name}',
  'contacts.starting': 'Starting the chat…',
};

type Keys = keyof typeof contactsEn;

export const contactsDa: Record<Keys, string> = {
  'contacts.title': 'Foreslåede kontakter',
  'contacts.loading': 'Finder foreslåede kontakter…',
  'contacts.none': 'Ingen forslag til denne post.',
  'contacts.reason.owner': 'Ejer',
  'contacts.reason.team': 'I teamet {team}',
  'contacts.reason.joined': 'Deltog i en chat',
  'contacts.reason.wroteInChat': 'Skrev i chatten',
  'contacts.reason.changedRecord': 'Har arbejdet på denne post',
  'contacts.reason.sameCustomer': 'Behandlede {number} for samme kunde',
  'contacts.reason.similarCase': 'Arbejdede på {number} · {title} ({score} lighed)',
  'contacts.startChat': 'Start chat',
  'contacts.startChat.label': 'Start chat med {name}',
  'contacts.addToChat': 'Føj til chat…',
  'contacts.addToChat.label': 'Føj til chat: {name}',
  'contacts.starting': 'Starter chatten…',
};

export const contactsSv: Record<Keys, string> = {
  'contacts.title': 'Föreslagna kontakter',
  'contacts.loading': 'Letar efter föreslagna kontakter…',
  'contacts.none': 'Inga förslag för den här posten.',
  'contacts.reason.owner': 'Ägare',
  'contacts.reason.team': 'I teamet {team}',
  'contacts.reason.joined': 'Gick med i en chatt',
  'contacts.reason.wroteInChat': 'Skrev i chatten',
  'contacts.reason.changedRecord': 'Har arbetat med den här posten',
  'contacts.reason.sameCustomer': 'Hanterade {number} för samma kund',
  'contacts.reason.similarCase': 'Arbetade med {number} · {title} ({score} likhet)',
  'contacts.startChat': 'Starta chatt',
  'contacts.startChat.label': 'Starta chatt med {name}',
  'contacts.addToChat': 'Lägg till i chatt…',
  'contacts.addToChat.label': 'Lägg till i chatt: {name}',
  'contacts.starting': 'Startar chatten…',
};
